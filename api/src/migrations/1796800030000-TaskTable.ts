import type { MigrationInterface, QueryRunner } from 'typeorm';

const ALL = `(SELECT current_setting('trident.scope', true)) = 'ALL'`;
const IN_SCOPE = (column: string) => `${column} IN (SELECT trident_scope_accounts())`;

/**
 * Issue 20, the task table as seed 000 runs it: tasks wait for others (no cycles, checked by
 * the service), a STUCK state with its reason and the leader's answer, the AR's review of the
 * whole table, and scheduled REFRESH reminders raised once per account and quarter.
 */
export class TaskTable1796800030000 implements MigrationInterface {
  name = 'TaskTable1796800030000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "task" ADD "stuck_reason" text`);
    await queryRunner.query(`ALTER TABLE "task" ADD "stuck_at" TIMESTAMP(3) WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "task" ADD "stuck_answer" text`);
    await queryRunner.query(`ALTER TABLE "task" ADD "reminder_key" text`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "task_reminder_key" ON "task" ("account_id", "reminder_key") WHERE reminder_key IS NOT NULL`,
    );
    await replaceCheck(
      queryRunner,
      'task',
      'task_status_check',
      `status IN ('PROPOSED', 'ACKNOWLEDGED', 'IN_PROGRESS', 'SUBMITTED', 'REWORK', 'DONE', 'CANCELLED', 'STUCK')`,
    );
    await replaceCheck(
      queryRunner,
      'task',
      'task_kind_check',
      `kind IN ('GENERAL', 'SOLUTION', 'BID', 'DELIVERY', 'COLLECTION', 'HANDOVER', 'RELATIONSHIP', 'REFRESH')`,
    );
    await queryRunner.query(
      `CREATE TABLE "task_dependency" ("task_id" uuid NOT NULL, "blocked_by_id" uuid NOT NULL, CONSTRAINT "PK_task_dependency" PRIMARY KEY ("task_id", "blocked_by_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "task_dependency_blocked_by_idx" ON "task_dependency" ("blocked_by_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "task_dependency" ADD CONSTRAINT "task_dependency_task_id_fkey" FOREIGN KEY ("task_id") REFERENCES "task"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "task_dependency" ADD CONSTRAINT "task_dependency_blocked_by_id_fkey" FOREIGN KEY ("blocked_by_id") REFERENCES "task"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE TABLE "work_plan_review" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "plan_id" uuid NOT NULL, "account_id" uuid NOT NULL, "reviewer_id" uuid NOT NULL, "notes" text NOT NULL, "tasks" integer NOT NULL, "reviewed_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_work_plan_review" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "work_plan_review_plan_idx" ON "work_plan_review" ("plan_id", "reviewed_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "work_plan_review" ADD CONSTRAINT "work_plan_review_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "work_plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "work_plan_review" ADD CONSTRAINT "work_plan_review_reviewer_id_fkey" FOREIGN KEY ("reviewer_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // As its plan: the account's team (RowLevelSecurityDecided).
    await queryRunner.query(`ALTER TABLE work_plan_review ENABLE ROW LEVEL SECURITY`);
    for (const action of ['select', 'update', 'delete'])
      await queryRunner.query(
        `CREATE POLICY work_plan_review_scope_${action} ON work_plan_review FOR ${action.toUpperCase()} USING (${ALL} OR ${IN_SCOPE('account_id')})`,
      );
    await queryRunner.query(
      `CREATE POLICY work_plan_review_scope_insert ON work_plan_review FOR INSERT WITH CHECK (true)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "work_plan_review"`);
    await queryRunner.query(`DROP TABLE "task_dependency"`);
    await queryRunner.query(`DELETE FROM task WHERE kind = 'REFRESH'`);
    await queryRunner.query(`UPDATE task SET status = 'IN_PROGRESS' WHERE status = 'STUCK'`);
    await replaceCheck(
      queryRunner,
      'task',
      'task_kind_check',
      `kind IN ('GENERAL', 'SOLUTION', 'BID', 'DELIVERY', 'COLLECTION', 'HANDOVER', 'RELATIONSHIP')`,
    );
    await replaceCheck(
      queryRunner,
      'task',
      'task_status_check',
      `status IN ('PROPOSED', 'ACKNOWLEDGED', 'IN_PROGRESS', 'SUBMITTED', 'REWORK', 'DONE', 'CANCELLED')`,
    );
    await queryRunner.query(`DROP INDEX "public"."task_reminder_key"`);
    for (const column of ['reminder_key', 'stuck_answer', 'stuck_at', 'stuck_reason'])
      await queryRunner.query(`ALTER TABLE "task" DROP COLUMN "${column}"`);
  }
}

async function replaceCheck(queryRunner: QueryRunner, table: string, name: string, check: string) {
  await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "${name}"`);
  await queryRunner.query(`ALTER TABLE "${table}" ADD CONSTRAINT "${name}" CHECK (${check})`);
}
