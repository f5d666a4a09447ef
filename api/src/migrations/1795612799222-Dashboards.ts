import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Dashboards1795612799222 implements MigrationInterface {
  name = 'Dashboards1795612799222';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "escalation_object_idx" ON "escalation"  ("object_id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."escalation_object_idx"`);
  }
}
