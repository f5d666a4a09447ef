import type { MigrationInterface, QueryRunner } from 'typeorm';

export class BenchIndexes1796174068010 implements MigrationInterface {
  name = 'BenchIndexes1796174068010';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."activity_opportunity_idx"`);
    await queryRunner.query(
      `CREATE INDEX "opportunity_created_idx" ON "opportunity"  ("created_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "opportunity_owner_open_idx" ON "opportunity"  ("owner_id", "expected_close_date", "id") WHERE closed_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "activity_occurred_idx" ON "activity"  ("occurred_at", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "activity_opportunity_idx" ON "activity"  ("opportunity_id", "occurred_at", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "task_opportunity_open_idx" ON "task"  ("opportunity_id", "due", "id") WHERE status NOT IN ('DONE', 'CANCELLED')`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."task_opportunity_open_idx"`);
    await queryRunner.query(`DROP INDEX "public"."activity_opportunity_idx"`);
    await queryRunner.query(`DROP INDEX "public"."activity_occurred_idx"`);
    await queryRunner.query(`DROP INDEX "public"."opportunity_owner_open_idx"`);
    await queryRunner.query(`DROP INDEX "public"."opportunity_created_idx"`);
    await queryRunner.query(
      `CREATE INDEX "activity_opportunity_idx" ON "activity" ("opportunity_id", "occurred_at") `,
    );
  }
}
