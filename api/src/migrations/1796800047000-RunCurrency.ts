import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A run keeps the currency of the amount it was planned from, beside the amount: a bare amount
 * threshold is in CNY, so a deal in USD is compared only where a condition names USD. Existing
 * runs and plans take their subject's currency of today (the one they were planned with, unless
 * the deal's currency changed since, which re-planned them).
 */
export class RunCurrency1796800047000 implements MigrationInterface {
  name = 'RunCurrency1796800047000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE process_run ADD COLUMN currency character(3)`);
    await queryRunner.query(`ALTER TABLE process_run_plan ADD COLUMN currency character(3)`);
    await queryRunner.query(
      `UPDATE process_run r SET currency = o.currency FROM opportunity o
        WHERE r.subject_type = 'OPPORTUNITY' AND o.id = r.subject_id`,
    );
    await queryRunner.query(
      `UPDATE process_run r SET currency = c.currency FROM contract c
        WHERE r.subject_type = 'CONTRACT' AND c.id = r.subject_id`,
    );
    await queryRunner.query(
      `UPDATE process_run_plan p SET currency = r.currency FROM process_run r
        WHERE r.id = p.run_id AND p.amount IS NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE process_run_plan DROP COLUMN currency`);
    await queryRunner.query(`ALTER TABLE process_run DROP COLUMN currency`);
  }
}
