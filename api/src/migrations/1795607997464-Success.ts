import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Success1795607997464 implements MigrationInterface {
  name = 'Success1795607997464';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "renewal" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "account_id" uuid NOT NULL, "contract_id" uuid, "opportunity_id" uuid, "new_needs" text, "product_fit" text, "new_product_needed" text, "amount" numeric(18,2) NOT NULL, "currency" character(3) NOT NULL DEFAULT 'CNY', "expected_sign_date" date NOT NULL, "status" text NOT NULL DEFAULT 'OPEN', "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "renewal_amount_check" CHECK (amount >= 0), CONSTRAINT "renewal_status_check" CHECK (status IN ('OPEN', 'SIGNED', 'LOST')), CONSTRAINT "PK_21f9b1420be1ed5a725670a8969" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "renewal_open_due_idx" ON "renewal"  ("expected_sign_date") WHERE status = 'OPEN'`,
    );
    await queryRunner.query(`CREATE INDEX "renewal_account_idx" ON "renewal"  ("account_id") `);
    await queryRunner.query(`ALTER TABLE "account" ADD "service_stage" text`);
    await queryRunner.query(
      `ALTER TABLE "account" ADD CONSTRAINT "account_service_stage_check" CHECK (service_stage IN ('REACTIVE', 'RELATIONSHIP', 'SUCCESS'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "renewal" ADD CONSTRAINT "renewal_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "renewal" ADD CONSTRAINT "renewal_contract_id_fkey" FOREIGN KEY ("contract_id") REFERENCES "contract"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "renewal" ADD CONSTRAINT "renewal_opportunity_id_fkey" FOREIGN KEY ("opportunity_id") REFERENCES "opportunity"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "renewal" DROP CONSTRAINT "renewal_opportunity_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "renewal" DROP CONSTRAINT "renewal_contract_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "renewal" DROP CONSTRAINT "renewal_account_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "account" DROP CONSTRAINT "account_service_stage_check"`);
    await queryRunner.query(`ALTER TABLE "account" DROP COLUMN "service_stage"`);
    await queryRunner.query(`DROP INDEX "public"."renewal_account_idx"`);
    await queryRunner.query(`DROP INDEX "public"."renewal_open_due_idx"`);
    await queryRunner.query(`DROP TABLE "renewal"`);
  }
}
