import type { MigrationInterface, QueryRunner } from 'typeorm';

export class OpportunityKind1795609491567 implements MigrationInterface {
  name = 'OpportunityKind1795609491567';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "opportunity" ADD "kind" text NOT NULL DEFAULT 'NEW'`);
    await queryRunner.query(
      `ALTER TABLE "opportunity" ADD CONSTRAINT "opportunity_kind_check" CHECK (kind IN ('NEW', 'RENEWAL', 'EXPANSION'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "opportunity" DROP CONSTRAINT "opportunity_kind_check"`);
    await queryRunner.query(`ALTER TABLE "opportunity" DROP COLUMN "kind"`);
  }
}
