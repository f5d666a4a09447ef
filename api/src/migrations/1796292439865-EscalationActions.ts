import type { MigrationInterface, QueryRunner } from 'typeorm';

export class EscalationActions1796292439865 implements MigrationInterface {
  name = 'EscalationActions1796292439865';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "escalation_rule" ADD "manual_resolve" boolean NOT NULL DEFAULT false`,
    );
    await queryRunner.query(`ALTER TABLE "escalation" ADD "resolved_by_id" uuid`);
    await queryRunner.query(`ALTER TABLE "escalation" ADD "resolution_note" text`);
    await queryRunner.query(
      `ALTER TABLE "escalation" ADD "acknowledged_at" TIMESTAMP(3) WITH TIME ZONE`,
    );
    await queryRunner.query(`ALTER TABLE "escalation" ADD "acknowledged_by_id" uuid`);
    await queryRunner.query(`ALTER TABLE "escalation" ADD "version" integer NOT NULL DEFAULT '1'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "escalation" DROP COLUMN "version"`);
    await queryRunner.query(`ALTER TABLE "escalation" DROP COLUMN "acknowledged_by_id"`);
    await queryRunner.query(`ALTER TABLE "escalation" DROP COLUMN "acknowledged_at"`);
    await queryRunner.query(`ALTER TABLE "escalation" DROP COLUMN "resolution_note"`);
    await queryRunner.query(`ALTER TABLE "escalation" DROP COLUMN "resolved_by_id"`);
    await queryRunner.query(`ALTER TABLE "escalation_rule" DROP COLUMN "manual_resolve"`);
  }
}
