import {
  DEFAULT_STEP_OWNER,
  scheduleRun,
  type ProcessKind,
  type RunStepStatus,
} from '@trident/domain';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The deal in the customer's chain (issue 16): a run follows its subject's facts (product
 * lines and region kept with the amount), every step has expected and observed dates and
 * an owner on our side, re-plans are kept as the run's history, gaps become tasks (one open
 * task per gap), milestones can wait on run steps. Existing runs are brought along: their
 * steps get the owner role of their process kind, observed dates from when they last
 * moved, and expected dates from their start. New kinds: an ACCEPTANCE process, a
 * RELATIONSHIP task, the APPROVAL_LATE trigger.
 */

export class CustomersChain1796300000002 implements MigrationInterface {
  name = 'CustomersChain1796300000002';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "process_run_plan" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "run_id" uuid NOT NULL, "cause" text NOT NULL, "amount" numeric(18,2), "product_lines" text array NOT NULL DEFAULT '{}', "region" text, "added" text array NOT NULL DEFAULT '{}', "skipped" text array NOT NULL DEFAULT '{}', "reopened" text array NOT NULL DEFAULT '{}', "note" text, "actor_id" uuid, "at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "process_run_plan_cause_check" CHECK (cause IN ('START', 'SUBJECT_CHANGED', 'STEP_INSERTED')), CONSTRAINT "PK_c641524709daf254cea11855f90" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "process_run_plan_run_idx" ON "process_run_plan"  ("run_id", "at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "milestone_gate" ("milestone_id" uuid NOT NULL, "run_step_id" uuid NOT NULL, CONSTRAINT "PK_735d61420f54e4a2bf715355620" PRIMARY KEY ("milestone_id", "run_step_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "milestone_gate_run_step_idx" ON "milestone_gate"  ("run_step_id") `,
    );
    await queryRunner.query(`ALTER TABLE "approval_step" ADD "owner_role" text`);
    await queryRunner.query(`ALTER TABLE "approval_step" ADD "owner_user_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "process_run" ADD "product_lines" text array NOT NULL DEFAULT '{}'`,
    );
    await queryRunner.query(`ALTER TABLE "process_run" ADD "region" text`);
    await queryRunner.query(
      `UPDATE process_run r SET product_lines = CASE WHEN r.product_line IS NULL THEN '{}' ELSE ARRAY[r.product_line] END,
              region = a.region FROM account a WHERE a.id = r.account_id`,
    );
    await queryRunner.query(`ALTER TABLE "process_run" DROP COLUMN "product_line"`);
    await queryRunner.query(
      `ALTER TABLE "process_run_step" ADD "expected_start" TIMESTAMP(3) WITH TIME ZONE`,
    );
    await queryRunner.query(
      `ALTER TABLE "process_run_step" ADD "expected_finish" TIMESTAMP(3) WITH TIME ZONE`,
    );
    await queryRunner.query(
      `ALTER TABLE "process_run_step" ADD "started_at" TIMESTAMP(3) WITH TIME ZONE`,
    );
    await queryRunner.query(
      `ALTER TABLE "process_run_step" ADD "finished_at" TIMESTAMP(3) WITH TIME ZONE`,
    );
    await queryRunner.query(
      `ALTER TABLE "process_run_step" ADD "out_of_order" boolean NOT NULL DEFAULT false`,
    );
    await queryRunner.query(`ALTER TABLE "process_run_step" ADD "owner_role" text`);
    await queryRunner.query(`ALTER TABLE "process_run_step" ADD "owner_user_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "process_run_step" ADD "skipped_by_plan" boolean NOT NULL DEFAULT false`,
    );
    await queryRunner.query(`ALTER TABLE "process_run_step" ADD "plan_note" text`);
    await queryRunner.query(
      `ALTER TABLE "process_run_step" ADD "unplanned" boolean NOT NULL DEFAULT false`,
    );
    await queryRunner.query(`ALTER TABLE "task" ADD "gap_step_id" uuid`);
    await queryRunner.query(`ALTER TABLE "task" ADD "gap_kind" text`);
    await queryRunner.query(`ALTER TABLE "task" ADD "gap_key" text`);
    await queryRunner.query(
      `CREATE INDEX "process_run_step_open_expected_idx" ON "process_run_step"  ("expected_finish") WHERE status IN ('PENDING', 'IN_REVIEW', 'BLOCKED')`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "task_open_gap_key" ON "task"  ("account_id", "gap_key") WHERE gap_key IS NOT NULL AND status NOT IN ('DONE', 'CANCELLED')`,
    );
    await queryRunner.query(
      `ALTER TABLE "approval_step" ADD CONSTRAINT "approval_step_owner_role_check" CHECK (owner_role IS NULL OR owner_role IN ('AR', 'SR', 'FR'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "process_run_step" ADD CONSTRAINT "process_run_step_owner_role_check" CHECK (owner_role IS NULL OR owner_role IN ('AR', 'SR', 'FR'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "task" ADD CONSTRAINT "task_gap_kind_check" CHECK (gap_kind IS NULL OR gap_kind IN ('APPROVER_UNKNOWN', 'APPROVER_UNCOVERED', 'UNIT_UNCOVERED', 'NO_OWNER'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "approval_step" ADD CONSTRAINT "approval_step_owner_user_id_fkey" FOREIGN KEY ("owner_user_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "process_run_step" ADD CONSTRAINT "process_run_step_owner_user_id_fkey" FOREIGN KEY ("owner_user_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "process_run_plan" ADD CONSTRAINT "process_run_plan_run_id_fkey" FOREIGN KEY ("run_id") REFERENCES "process_run"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "milestone_gate" ADD CONSTRAINT "milestone_gate_milestone_id_fkey" FOREIGN KEY ("milestone_id") REFERENCES "payment_milestone"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "milestone_gate" ADD CONSTRAINT "milestone_gate_run_step_id_fkey" FOREIGN KEY ("run_step_id") REFERENCES "process_run_step"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "task" ADD CONSTRAINT "task_gap_step_id_fkey" FOREIGN KEY ("gap_step_id") REFERENCES "process_run_step"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await replaceCheck(
      queryRunner,
      'process_template',
      'process_template_kind_check',
      `kind IN ('NEED', 'PROCUREMENT', 'TENDER', 'CONTRACT', 'DECISION', 'PAYMENT', 'ACCEPTANCE')`,
    );
    await replaceCheck(
      queryRunner,
      'task',
      'task_kind_check',
      `kind IN ('GENERAL', 'SOLUTION', 'BID', 'DELIVERY', 'COLLECTION', 'HANDOVER', 'RELATIONSHIP')`,
    );
    await replaceCheck(
      queryRunner,
      'escalation_rule',
      'escalation_rule_trigger_check',
      `trigger IN ('TASK_DUE_SOON', 'TASK_OVERDUE', 'APPROVAL_BLOCKED', 'FEEDBACK_UNACKED', 'NEGATIVE_FEEDBACK', 'STAGE_STALLED', 'KEY_CONTACT_LEFT', 'PAYMENT_OVERDUE', 'APPROVAL_LATE')`,
    );
    await bringRunsAlong(queryRunner);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM escalation_rule WHERE trigger = 'APPROVAL_LATE'`);
    await queryRunner.query(`DELETE FROM task WHERE kind = 'RELATIONSHIP'`);
    await queryRunner.query(`DELETE FROM process_template WHERE kind = 'ACCEPTANCE'`);
    await replaceCheck(
      queryRunner,
      'escalation_rule',
      'escalation_rule_trigger_check',
      `trigger IN ('TASK_DUE_SOON', 'TASK_OVERDUE', 'APPROVAL_BLOCKED', 'FEEDBACK_UNACKED', 'NEGATIVE_FEEDBACK', 'STAGE_STALLED', 'KEY_CONTACT_LEFT', 'PAYMENT_OVERDUE')`,
    );
    await replaceCheck(
      queryRunner,
      'task',
      'task_kind_check',
      `kind IN ('GENERAL', 'SOLUTION', 'BID', 'DELIVERY', 'COLLECTION', 'HANDOVER')`,
    );
    await replaceCheck(
      queryRunner,
      'process_template',
      'process_template_kind_check',
      `kind IN ('NEED', 'PROCUREMENT', 'TENDER', 'CONTRACT', 'DECISION', 'PAYMENT')`,
    );
    await queryRunner.query(`ALTER TABLE "task" DROP CONSTRAINT "task_gap_step_id_fkey"`);
    await queryRunner.query(
      `ALTER TABLE "milestone_gate" DROP CONSTRAINT "milestone_gate_run_step_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "milestone_gate" DROP CONSTRAINT "milestone_gate_milestone_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "process_run_plan" DROP CONSTRAINT "process_run_plan_run_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "process_run_step" DROP CONSTRAINT "process_run_step_owner_user_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "approval_step" DROP CONSTRAINT "approval_step_owner_user_id_fkey"`,
    );
    await queryRunner.query(`ALTER TABLE "task" DROP CONSTRAINT "task_gap_kind_check"`);
    await queryRunner.query(
      `ALTER TABLE "process_run_step" DROP CONSTRAINT "process_run_step_owner_role_check"`,
    );
    await queryRunner.query(
      `ALTER TABLE "approval_step" DROP CONSTRAINT "approval_step_owner_role_check"`,
    );
    await queryRunner.query(`DROP INDEX "public"."task_open_gap_key"`);
    await queryRunner.query(`DROP INDEX "public"."process_run_step_open_expected_idx"`);
    await queryRunner.query(`ALTER TABLE "task" DROP COLUMN "gap_key"`);
    await queryRunner.query(`ALTER TABLE "task" DROP COLUMN "gap_kind"`);
    await queryRunner.query(`ALTER TABLE "task" DROP COLUMN "gap_step_id"`);
    await queryRunner.query(`ALTER TABLE "process_run_step" DROP COLUMN "unplanned"`);
    await queryRunner.query(`ALTER TABLE "process_run_step" DROP COLUMN "plan_note"`);
    await queryRunner.query(`ALTER TABLE "process_run_step" DROP COLUMN "skipped_by_plan"`);
    await queryRunner.query(`ALTER TABLE "process_run_step" DROP COLUMN "owner_user_id"`);
    await queryRunner.query(`ALTER TABLE "process_run_step" DROP COLUMN "owner_role"`);
    await queryRunner.query(`ALTER TABLE "process_run_step" DROP COLUMN "out_of_order"`);
    await queryRunner.query(`ALTER TABLE "process_run_step" DROP COLUMN "finished_at"`);
    await queryRunner.query(`ALTER TABLE "process_run_step" DROP COLUMN "started_at"`);
    await queryRunner.query(`ALTER TABLE "process_run_step" DROP COLUMN "expected_finish"`);
    await queryRunner.query(`ALTER TABLE "process_run_step" DROP COLUMN "expected_start"`);
    await queryRunner.query(`ALTER TABLE "process_run" DROP COLUMN "region"`);
    await queryRunner.query(`ALTER TABLE "process_run" ADD "product_line" text`);
    await queryRunner.query(`UPDATE process_run SET product_line = product_lines[1]`);
    await queryRunner.query(`ALTER TABLE "process_run" DROP COLUMN "product_lines"`);
    await queryRunner.query(`ALTER TABLE "approval_step" DROP COLUMN "owner_user_id"`);
    await queryRunner.query(`ALTER TABLE "approval_step" DROP COLUMN "owner_role"`);
    await queryRunner.query(`DROP INDEX "public"."milestone_gate_run_step_idx"`);
    await queryRunner.query(`DROP TABLE "milestone_gate"`);
    await queryRunner.query(`DROP INDEX "public"."process_run_plan_run_idx"`);
    await queryRunner.query(`DROP TABLE "process_run_plan"`);
  }
}

async function replaceCheck(queryRunner: QueryRunner, table: string, name: string, check: string) {
  await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "${name}"`);
  await queryRunner.query(`ALTER TABLE "${table}" ADD CONSTRAINT "${name}" CHECK (${check})`);
}

/** Owners, observed and expected dates for the runs that exist already. */
async function bringRunsAlong(queryRunner: QueryRunner) {
  for (const [kind, role] of Object.entries(DEFAULT_STEP_OWNER) as [ProcessKind, string][]) {
    await queryRunner.query(
      `UPDATE process_run_step s SET owner_role = $2
         FROM process_run r JOIN process_template t ON t.id = r.template_id
        WHERE s.run_id = r.id AND t.kind = $1 AND s.owner_role IS NULL AND s.owner_user_id IS NULL`,
      [kind, role],
    );
  }
  await queryRunner.query(
    `UPDATE process_run_step SET
       started_at = CASE WHEN status <> 'PENDING' THEN since END,
       finished_at = CASE WHEN status IN ('PASSED', 'SKIPPED') THEN since END`,
  );
  const runs: { id: string; started_at: Date }[] = await queryRunner.query(
    'SELECT id, started_at FROM process_run',
  );
  for (const run of runs) {
    const steps: {
      id: string;
      status: RunStepStatus;
      typical_days: number;
      started_at: Date | null;
      finished_at: Date | null;
    }[] = await queryRunner.query(
      `SELECT id, status, typical_days, started_at, finished_at FROM process_run_step
        WHERE run_id = $1 ORDER BY position`,
      [run.id],
    );
    const schedule = scheduleRun(
      run.started_at,
      steps.map((s) => ({
        status: s.status,
        typicalDays: s.typical_days,
        startedAt: s.started_at,
        finishedAt: s.finished_at,
      })),
    );
    await queryRunner.query(
      `UPDATE process_run_step s SET expected_start = v.a, expected_finish = v.b
         FROM unnest($1::uuid[], $2::timestamptz[], $3::timestamptz[]) AS v(id, a, b)
        WHERE s.id = v.id`,
      [
        steps.map((s) => s.id),
        schedule.map((x) => x.expectedStart),
        schedule.map((x) => x.expectedFinish),
      ],
    );
  }
}
