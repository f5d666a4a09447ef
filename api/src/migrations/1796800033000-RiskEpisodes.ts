import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 20: one live risk per cause, not one for ever — a risk a person closed leaves room for
 * the cause's next episode (a contact cooling again after a visit); the worker never raises
 * again the episode that was closed.
 */
export class RiskEpisodes1796800033000 implements MigrationInterface {
  name = 'RiskEpisodes1796800033000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."account_risk_cause_key"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "account_risk_cause_key" ON "account_risk" ("account_id", "source", "cause_id") WHERE cause_id IS NOT NULL AND status <> 'CLOSED'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."account_risk_cause_key"`);
    await queryRunner.query(
      `DELETE FROM account_risk r USING account_risk later
        WHERE later.account_id = r.account_id AND later.source = r.source
          AND later.cause_id = r.cause_id AND (later.created_at, later.id) > (r.created_at, r.id)`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "account_risk_cause_key" ON "account_risk" ("account_id", "source", "cause_id") WHERE cause_id IS NOT NULL`,
    );
  }
}
