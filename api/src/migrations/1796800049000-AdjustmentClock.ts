import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A target adjustment is stamped when it is written, not when its transaction began: parallel
 * adjustments of one target wait for each other's lock, and `now()` (the transaction's start)
 * gave the one applied last an earlier time than the one before it, so the history read in
 * time order was not the order the changes were made.
 */
export class AdjustmentClock1796800049000 implements MigrationInterface {
  name = 'AdjustmentClock1796800049000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE target_adjustment ALTER COLUMN "at" SET DEFAULT clock_timestamp()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE target_adjustment ALTER COLUMN "at" SET DEFAULT now()`);
  }
}
