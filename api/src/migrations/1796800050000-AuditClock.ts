import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An audit event is stamped when it is written, not when its transaction began: two writers of
 * one record wait for each other's lock, and with `now()` the one that wrote second could carry
 * the earlier time, so the trail read in time order told the changes in the wrong order.
 */
export class AuditClock1796800050000 implements MigrationInterface {
  name = 'AuditClock1796800050000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE audit_event ALTER COLUMN "at" SET DEFAULT clock_timestamp()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE audit_event ALTER COLUMN "at" SET DEFAULT now()`);
  }
}
