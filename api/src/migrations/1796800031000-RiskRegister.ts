import type { MigrationInterface, QueryRunner } from 'typeorm';

const ALL = `(SELECT current_setting('trident.scope', true)) = 'ALL'`;
const IN_SCOPE = (column: string) => `${column} IN (SELECT trident_scope_accounts())`;

/**
 * Issue 20, the account risk register (seed 004): one row per risk, one per cause for those
 * the worker raises, visible to the account's team only; tasks may mitigate a risk.
 */
export class RiskRegister1796800031000 implements MigrationInterface {
  name = 'RiskRegister1796800031000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "account_risk" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "account_id" uuid NOT NULL, "title" text NOT NULL, "description" text, "source" text NOT NULL, "cause_id" uuid, "likelihood" smallint NOT NULL, "impact" smallint NOT NULL, "owner_id" uuid, "mitigation" text, "status" text NOT NULL DEFAULT 'OPEN', "review_date" date, "closed_at" TIMESTAMP(3) WITH TIME ZONE, "created_by_id" uuid, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "account_risk_source_check" CHECK (source IN ('MANUAL', 'KEY_CONTACT_LEFT', 'RELATIONSHIP_STALE', 'COMPETITOR', 'CHAIN_LATE')), CONSTRAINT "account_risk_status_check" CHECK (status IN ('OPEN', 'MITIGATING', 'CLOSED')), CONSTRAINT "account_risk_likelihood_check" CHECK (likelihood BETWEEN 1 AND 5), CONSTRAINT "account_risk_impact_check" CHECK (impact BETWEEN 1 AND 5), CONSTRAINT "PK_account_risk" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "account_risk_account_idx" ON "account_risk" ("account_id", "status") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "account_risk_cause_key" ON "account_risk" ("account_id", "source", "cause_id") WHERE cause_id IS NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "account_risk" ADD CONSTRAINT "account_risk_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "account_risk" ADD CONSTRAINT "account_risk_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "task" ADD "risk_id" uuid`);
    await queryRunner.query(
      `CREATE INDEX "task_risk_idx" ON "task" ("risk_id") WHERE risk_id IS NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "task" ADD CONSTRAINT "task_risk_id_fkey" FOREIGN KEY ("risk_id") REFERENCES "account_risk"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE account_risk ENABLE ROW LEVEL SECURITY`);
    for (const action of ['select', 'update', 'delete'])
      await queryRunner.query(
        `CREATE POLICY account_risk_scope_${action} ON account_risk FOR ${action.toUpperCase()} USING (${ALL} OR ${IN_SCOPE('account_id')})`,
      );
    await queryRunner.query(
      `CREATE POLICY account_risk_scope_insert ON account_risk FOR INSERT WITH CHECK (true)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "task" DROP CONSTRAINT "task_risk_id_fkey"`);
    await queryRunner.query(`DROP INDEX "public"."task_risk_idx"`);
    await queryRunner.query(`ALTER TABLE "task" DROP COLUMN "risk_id"`);
    await queryRunner.query(`DROP TABLE "account_risk"`);
  }
}
