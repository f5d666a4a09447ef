import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Collections1795607048131 implements MigrationInterface {
  name = 'Collections1795607048131';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "contract" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "opportunity_id" uuid NOT NULL, "account_id" uuid NOT NULL, "title" text NOT NULL, "kind" text NOT NULL, "amount" numeric(18,2) NOT NULL, "currency" character(3) NOT NULL, "signed_at" date NOT NULL, "terms" text, "sites" text array NOT NULL DEFAULT '{}', "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "contract_amount_check" CHECK (amount > 0), CONSTRAINT "contract_kind_check" CHECK (kind IN ('NEW', 'RENEWAL', 'EXPANSION')), CONSTRAINT "PK_17c3a89f58a2997276084e706e8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "contract_account_idx" ON "contract"  ("account_id", "signed_at") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "contract_opportunity_key" ON "contract"  ("opportunity_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "payment_milestone" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "contract_id" uuid NOT NULL, "account_id" uuid NOT NULL, "position" smallint NOT NULL, "kind" text NOT NULL, "site" text, "share" numeric(5,2) NOT NULL, "amount" numeric(18,2) NOT NULL, "paid_amount" numeric(18,2) NOT NULL DEFAULT '0', "currency" character(3) NOT NULL, "due" date NOT NULL, "stage" text NOT NULL DEFAULT 'PLANNED', "invoiced_at" TIMESTAMP(3) WITH TIME ZONE, "paid_at" TIMESTAMP(3) WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "payment_milestone_share_check" CHECK (share > 0 AND share <= 100), CONSTRAINT "payment_milestone_paid_check" CHECK (paid_amount >= 0 AND paid_amount <= amount), CONSTRAINT "payment_milestone_stage_check" CHECK (stage IN ('PLANNED', 'INVOICED', 'PARTIALLY_PAID', 'PAID')), CONSTRAINT "payment_milestone_kind_check" CHECK (kind IN ('DOWN_PAYMENT', 'ON_DELIVERY', 'ON_ACCEPTANCE', 'WARRANTY_RETENTION', 'PER_SITE')), CONSTRAINT "PK_82c6d1981db236edd9e44198861" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "payment_milestone_account_idx" ON "payment_milestone"  ("account_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "payment_milestone_due_idx" ON "payment_milestone"  ("due") WHERE stage <> 'PAID'`,
    );
    await queryRunner.query(
      `CREATE INDEX "payment_milestone_contract_idx" ON "payment_milestone"  ("contract_id", "position") `,
    );
    await queryRunner.query(
      `CREATE TABLE "evidence_item" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "milestone_id" uuid NOT NULL, "code" text NOT NULL, "required" boolean NOT NULL, "checked_at" TIMESTAMP(3) WITH TIME ZONE, "checked_by_id" uuid, "note" text, CONSTRAINT "evidence_item_code_check" CHECK (code IN ('RELATIONSHIP_KEPT', 'CONTRACT_PERFORMED', 'SIGNED_CONTRACT', 'DELIVERY_NOTE', 'ACCEPTANCE_CERTIFICATE', 'SIGN_OFF', 'INVOICE')), CONSTRAINT "PK_713a8fb860346eb2a9cb6dd5842" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "evidence_item_milestone_code_key" ON "evidence_item"  ("milestone_id", "code") `,
    );
    await queryRunner.query(
      `CREATE TABLE "payment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "milestone_id" uuid NOT NULL, "amount" numeric(18,2) NOT NULL, "paid_at" date NOT NULL, "reference" text, "idempotency_key" text NOT NULL, "request_hash" text NOT NULL, "recorded_by_id" uuid NOT NULL, "recorded_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "payment_amount_check" CHECK (amount > 0), CONSTRAINT "PK_fcaec7df5adf9cac408c686b2ab" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "payment_milestone_idx" ON "payment"  ("milestone_id", "paid_at") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "payment_idempotency_key_key" ON "payment"  ("idempotency_key") `,
    );
    await queryRunner.query(
      `ALTER TABLE "contract" ADD CONSTRAINT "contract_opportunity_id_fkey" FOREIGN KEY ("opportunity_id") REFERENCES "opportunity"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "contract" ADD CONSTRAINT "contract_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "payment_milestone" ADD CONSTRAINT "payment_milestone_contract_id_fkey" FOREIGN KEY ("contract_id") REFERENCES "contract"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "evidence_item" ADD CONSTRAINT "evidence_item_milestone_id_fkey" FOREIGN KEY ("milestone_id") REFERENCES "payment_milestone"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "evidence_item" ADD CONSTRAINT "evidence_item_checked_by_id_fkey" FOREIGN KEY ("checked_by_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "payment" ADD CONSTRAINT "payment_milestone_id_fkey" FOREIGN KEY ("milestone_id") REFERENCES "payment_milestone"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "payment" DROP CONSTRAINT "payment_milestone_id_fkey"`);
    await queryRunner.query(
      `ALTER TABLE "evidence_item" DROP CONSTRAINT "evidence_item_checked_by_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "evidence_item" DROP CONSTRAINT "evidence_item_milestone_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "payment_milestone" DROP CONSTRAINT "payment_milestone_contract_id_fkey"`,
    );
    await queryRunner.query(`ALTER TABLE "contract" DROP CONSTRAINT "contract_account_id_fkey"`);
    await queryRunner.query(
      `ALTER TABLE "contract" DROP CONSTRAINT "contract_opportunity_id_fkey"`,
    );
    await queryRunner.query(`DROP INDEX "public"."payment_idempotency_key_key"`);
    await queryRunner.query(`DROP INDEX "public"."payment_milestone_idx"`);
    await queryRunner.query(`DROP TABLE "payment"`);
    await queryRunner.query(`DROP INDEX "public"."evidence_item_milestone_code_key"`);
    await queryRunner.query(`DROP TABLE "evidence_item"`);
    await queryRunner.query(`DROP INDEX "public"."payment_milestone_contract_idx"`);
    await queryRunner.query(`DROP INDEX "public"."payment_milestone_due_idx"`);
    await queryRunner.query(`DROP INDEX "public"."payment_milestone_account_idx"`);
    await queryRunner.query(`DROP TABLE "payment_milestone"`);
    await queryRunner.query(`DROP INDEX "public"."contract_opportunity_key"`);
    await queryRunner.query(`DROP INDEX "public"."contract_account_idx"`);
    await queryRunner.query(`DROP TABLE "contract"`);
  }
}
