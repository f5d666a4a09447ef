import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A task table's review remembers which tasks it saw, not only how many: a task swapped out
 * for another left the count alone and kept the table "reviewed" (seed 000: reviewed since its
 * last task was added or left). Reviews made before keep the tasks of their plan that existed
 * when they were made and are not cancelled now, the closest to what their reviewer saw.
 */
export class WorkPlanReviewTasks1796800053000 implements MigrationInterface {
  name = 'WorkPlanReviewTasks1796800053000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE work_plan_review ADD COLUMN task_ids uuid[] NOT NULL DEFAULT '{}'`,
    );
    await queryRunner.query(`
      UPDATE work_plan_review r
         SET task_ids = COALESCE((SELECT array_agg(t.id ORDER BY t.id) FROM task t
                                   WHERE t.plan_id = r.plan_id AND t.status <> 'CANCELLED'
                                     AND t.created_at <= r.reviewed_at), '{}')`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE work_plan_review DROP COLUMN task_ids');
  }
}
