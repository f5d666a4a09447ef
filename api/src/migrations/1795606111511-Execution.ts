import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Execution1795606111511 implements MigrationInterface {
  name = 'Execution1795606111511';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "escalation_rule" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "trigger" text NOT NULL, "threshold_hours" integer NOT NULL DEFAULT '0', "levels" jsonb NOT NULL DEFAULT '[]', "active" boolean NOT NULL DEFAULT true, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "escalation_rule_trigger_check" CHECK (trigger IN ('TASK_DUE_SOON', 'TASK_OVERDUE', 'APPROVAL_BLOCKED', 'FEEDBACK_UNACKED', 'NEGATIVE_FEEDBACK', 'STAGE_STALLED', 'KEY_CONTACT_LEFT')), CONSTRAINT "PK_59fb330cb48e5cc769aad62fd15" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "escalation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "rule_id" uuid NOT NULL, "object_type" text NOT NULL, "object_id" uuid NOT NULL, "account_id" uuid, "level" smallint NOT NULL, "target" text NOT NULL, "target_user_id" uuid, "resource_id" uuid, "summary" text NOT NULL, "status" text NOT NULL DEFAULT 'OPEN', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "resolved_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "escalation_rule_object_level_key" UNIQUE ("rule_id", "object_type", "object_id", "level"), CONSTRAINT "escalation_object_check" CHECK (object_type IN ('TASK', 'RUN_STEP', 'FEEDBACK', 'OPPORTUNITY', 'CONTACT')), CONSTRAINT "escalation_status_check" CHECK (status IN ('OPEN', 'RESOLVED')), CONSTRAINT "PK_2c9a4d9277ed8620a8a72813864" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "escalation_account_idx" ON "escalation"  ("account_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "escalation_target_idx" ON "escalation"  ("target_user_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "escalation_open_idx" ON "escalation"  ("status", "rule_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "feedback" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "account_id" uuid NOT NULL, "opportunity_id" uuid, "kind" text NOT NULL, "severity" text NOT NULL DEFAULT 'MINOR', "text" text NOT NULL, "reporter_id" uuid NOT NULL, "routed_to_id" uuid NOT NULL, "acknowledged_at" TIMESTAMP(3) WITH TIME ZONE, "acknowledged_by_id" uuid, "lead_id" uuid, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "feedback_severity_check" CHECK (severity IN ('MINOR', 'MAJOR', 'CRITICAL')), CONSTRAINT "feedback_kind_check" CHECK (kind IN ('NEW_NEED', 'POSITIVE', 'NEGATIVE')), CONSTRAINT "PK_8389f9e087a57689cd5be8b2b13" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "feedback_unacked_idx" ON "feedback"  ("created_at") WHERE acknowledged_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "feedback_account_idx" ON "feedback"  ("account_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "feedback_routed_idx" ON "feedback"  ("routed_to_id", "acknowledged_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "handover" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "from_user_id" uuid NOT NULL, "to_user_id" uuid NOT NULL, "status" text NOT NULL DEFAULT 'IN_PROGRESS', "started_by_id" uuid NOT NULL, "started_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "done_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "handover_status_check" CHECK (status IN ('IN_PROGRESS', 'DONE')), CONSTRAINT "PK_15e64c0391cf9fb9278f297691f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "handover_one_open_key" ON "handover"  ("from_user_id") WHERE status = 'IN_PROGRESS'`,
    );
    await queryRunner.query(`CREATE INDEX "handover_from_idx" ON "handover"  ("from_user_id") `);
    await queryRunner.query(
      `CREATE TABLE "work_plan" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "account_id" uuid NOT NULL, "opportunity_id" uuid, "name" text NOT NULL, "presentation_score" smallint, "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "work_plan_presentation_check" CHECK (presentation_score IS NULL OR presentation_score BETWEEN 0 AND 100), CONSTRAINT "PK_a874dc31923adb2c0c81f427b31" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "work_plan_account_idx" ON "work_plan"  ("account_id") `);
    await queryRunner.query(
      `CREATE TABLE "task" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "account_id" uuid NOT NULL, "opportunity_id" uuid, "plan_id" uuid, "kind" text NOT NULL DEFAULT 'GENERAL', "title" text NOT NULL, "content" text, "quality_requirement" text, "expected_result" text, "resources_needed" text, "due" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "assignee_id" uuid, "requester_id" uuid NOT NULL, "status" text NOT NULL DEFAULT 'PROPOSED', "acknowledged_at" TIMESTAMP(3) WITH TIME ZONE, "submitted_at" TIMESTAMP(3) WITH TIME ZONE, "submission_note" text, "review_notes" text, "review_score" smallint, "done_at" TIMESTAMP(3) WITH TIME ZONE, "handover_id" uuid, "playbook" text, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "task_review_score_check" CHECK (review_score IS NULL OR review_score BETWEEN 0 AND 100), CONSTRAINT "task_playbook_check" CHECK (playbook IS NULL OR playbook IN ('TRANSFER', 'PHONE_INTRO', 'JOINT_VISIT')), CONSTRAINT "task_kind_check" CHECK (kind IN ('GENERAL', 'SOLUTION', 'BID', 'DELIVERY', 'COLLECTION', 'HANDOVER')), CONSTRAINT "task_status_check" CHECK (status IN ('PROPOSED', 'ACKNOWLEDGED', 'IN_PROGRESS', 'SUBMITTED', 'REWORK', 'DONE', 'CANCELLED')), CONSTRAINT "PK_fb213f79ee45060ba925ecd576e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "task_open_due_idx" ON "task"  ("due") WHERE status NOT IN ('DONE', 'CANCELLED')`,
    );
    await queryRunner.query(`CREATE INDEX "task_handover_idx" ON "task"  ("handover_id") `);
    await queryRunner.query(`CREATE INDEX "task_opportunity_idx" ON "task"  ("opportunity_id") `);
    await queryRunner.query(`CREATE INDEX "task_plan_idx" ON "task"  ("plan_id") `);
    await queryRunner.query(`CREATE INDEX "task_account_idx" ON "task"  ("account_id", "due") `);
    await queryRunner.query(
      `CREATE INDEX "task_assignee_idx" ON "task"  ("assignee_id", "status", "due") `,
    );
    await queryRunner.query(
      `CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "kind" text NOT NULL, "title" text NOT NULL, "body" text, "entity" text NOT NULL, "entity_id" uuid NOT NULL, "account_id" uuid, "read_at" TIMESTAMP(3) WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "notification_kind_check" CHECK (kind IN ('FEEDBACK', 'ESCALATION', 'TASK', 'RESOURCE_REQUEST', 'HANDOVER')), CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "notification_unread_idx" ON "notification"  ("user_id") WHERE read_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "notification_user_idx" ON "notification"  ("user_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "internal_resource" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "title" text, "user_id" uuid, "level" text NOT NULL, "conditions" text, "max_per_month" integer, "max_per_quarter" integer, "preparation" text array NOT NULL DEFAULT '{}', "active" boolean NOT NULL DEFAULT true, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "internal_resource_caps_check" CHECK ((max_per_month IS NULL OR max_per_month > 0) AND (max_per_quarter IS NULL OR max_per_quarter > 0)), CONSTRAINT "internal_resource_level_check" CHECK (level IN ('EXECUTIVE', 'DECISION', 'MANAGEMENT', 'OPERATIONAL', 'FRONTLINE')), CONSTRAINT "PK_050db61f03ca9e6ffa3abc56456" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "resource_request" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "resource_id" uuid NOT NULL, "account_id" uuid NOT NULL, "opportunity_id" uuid, "purpose" text NOT NULL, "date" date NOT NULL, "status" text NOT NULL, "requester_id" uuid NOT NULL, "decided_by_id" uuid, "decision_note" text, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "resource_request_status_check" CHECK (status IN ('APPROVED', 'PENDING', 'REJECTED')), CONSTRAINT "PK_56a7a3b97381766194707b4c834" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "resource_request_account_idx" ON "resource_request"  ("account_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "resource_request_resource_idx" ON "resource_request"  ("resource_id", "date") `,
    );
    await queryRunner.query(
      `ALTER TABLE "escalation" ADD CONSTRAINT "escalation_rule_id_fkey" FOREIGN KEY ("rule_id") REFERENCES "escalation_rule"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "feedback" ADD CONSTRAINT "feedback_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "feedback" ADD CONSTRAINT "feedback_reporter_id_fkey" FOREIGN KEY ("reporter_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "feedback" ADD CONSTRAINT "feedback_routed_to_id_fkey" FOREIGN KEY ("routed_to_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "handover" ADD CONSTRAINT "handover_from_user_id_fkey" FOREIGN KEY ("from_user_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "handover" ADD CONSTRAINT "handover_to_user_id_fkey" FOREIGN KEY ("to_user_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "work_plan" ADD CONSTRAINT "work_plan_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "work_plan" ADD CONSTRAINT "work_plan_opportunity_id_fkey" FOREIGN KEY ("opportunity_id") REFERENCES "opportunity"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "task" ADD CONSTRAINT "task_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "task" ADD CONSTRAINT "task_opportunity_id_fkey" FOREIGN KEY ("opportunity_id") REFERENCES "opportunity"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "task" ADD CONSTRAINT "task_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "work_plan"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "task" ADD CONSTRAINT "task_assignee_id_fkey" FOREIGN KEY ("assignee_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "task" ADD CONSTRAINT "task_requester_id_fkey" FOREIGN KEY ("requester_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "task" ADD CONSTRAINT "task_handover_id_fkey" FOREIGN KEY ("handover_id") REFERENCES "handover"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "internal_resource" ADD CONSTRAINT "internal_resource_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "resource_request" ADD CONSTRAINT "resource_request_resource_id_fkey" FOREIGN KEY ("resource_id") REFERENCES "internal_resource"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "resource_request" ADD CONSTRAINT "resource_request_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "resource_request" ADD CONSTRAINT "resource_request_opportunity_id_fkey" FOREIGN KEY ("opportunity_id") REFERENCES "opportunity"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    // Default rules (seed 000: the reminder the day before, escalation when overdue; seed 003:
    // a major incident reaches the line at once). ADMIN tunes them in the console.
    await queryRunner.query(`INSERT INTO "escalation_rule" ("name", "trigger", "threshold_hours", "levels") VALUES
      ('到期前一天提醒 Reminder the day before', 'TASK_DUE_SOON', 24, '[{"target":"OWNER","afterHours":0}]'),
      ('任务逾期 Task overdue', 'TASK_OVERDUE', 0, '[{"target":"OWNER","afterHours":0},{"target":"MANAGER","afterHours":24}]'),
      ('审批受阻 Approval blocked', 'APPROVAL_BLOCKED', 72, '[{"target":"OWNER","afterHours":0},{"target":"MANAGER","afterHours":48}]'),
      ('反馈未确认 Feedback not acknowledged', 'FEEDBACK_UNACKED', 2, '[{"target":"OWNER","afterHours":0},{"target":"MANAGER","afterHours":4}]'),
      ('重大负面反馈 Major negative feedback', 'NEGATIVE_FEEDBACK', 0, '[{"target":"OWNER","afterHours":0},{"target":"MANAGER","afterHours":0}]'),
      ('商机停滞 Deal stalled', 'STAGE_STALLED', 720, '[{"target":"OWNER","afterHours":0},{"target":"MANAGER","afterHours":168}]'),
      ('关键人离职 Key contact left', 'KEY_CONTACT_LEFT', 0, '[{"target":"OWNER","afterHours":0},{"target":"MANAGER","afterHours":24}]')`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "resource_request" DROP CONSTRAINT "resource_request_opportunity_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "resource_request" DROP CONSTRAINT "resource_request_account_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "resource_request" DROP CONSTRAINT "resource_request_resource_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "internal_resource" DROP CONSTRAINT "internal_resource_user_id_fkey"`,
    );
    await queryRunner.query(`ALTER TABLE "task" DROP CONSTRAINT "task_handover_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "task" DROP CONSTRAINT "task_requester_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "task" DROP CONSTRAINT "task_assignee_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "task" DROP CONSTRAINT "task_plan_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "task" DROP CONSTRAINT "task_opportunity_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "task" DROP CONSTRAINT "task_account_id_fkey"`);
    await queryRunner.query(
      `ALTER TABLE "work_plan" DROP CONSTRAINT "work_plan_opportunity_id_fkey"`,
    );
    await queryRunner.query(`ALTER TABLE "work_plan" DROP CONSTRAINT "work_plan_account_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "handover" DROP CONSTRAINT "handover_to_user_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "handover" DROP CONSTRAINT "handover_from_user_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "feedback" DROP CONSTRAINT "feedback_routed_to_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "feedback" DROP CONSTRAINT "feedback_reporter_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "feedback" DROP CONSTRAINT "feedback_account_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "escalation" DROP CONSTRAINT "escalation_rule_id_fkey"`);
    await queryRunner.query(`DROP INDEX "public"."resource_request_resource_idx"`);
    await queryRunner.query(`DROP INDEX "public"."resource_request_account_idx"`);
    await queryRunner.query(`DROP TABLE "resource_request"`);
    await queryRunner.query(`DROP TABLE "internal_resource"`);
    await queryRunner.query(`DROP INDEX "public"."notification_user_idx"`);
    await queryRunner.query(`DROP INDEX "public"."notification_unread_idx"`);
    await queryRunner.query(`DROP TABLE "notification"`);
    await queryRunner.query(`DROP INDEX "public"."task_assignee_idx"`);
    await queryRunner.query(`DROP INDEX "public"."task_account_idx"`);
    await queryRunner.query(`DROP INDEX "public"."task_plan_idx"`);
    await queryRunner.query(`DROP INDEX "public"."task_opportunity_idx"`);
    await queryRunner.query(`DROP INDEX "public"."task_handover_idx"`);
    await queryRunner.query(`DROP INDEX "public"."task_open_due_idx"`);
    await queryRunner.query(`DROP TABLE "task"`);
    await queryRunner.query(`DROP INDEX "public"."work_plan_account_idx"`);
    await queryRunner.query(`DROP TABLE "work_plan"`);
    await queryRunner.query(`DROP INDEX "public"."handover_from_idx"`);
    await queryRunner.query(`DROP INDEX "public"."handover_one_open_key"`);
    await queryRunner.query(`DROP TABLE "handover"`);
    await queryRunner.query(`DROP INDEX "public"."feedback_routed_idx"`);
    await queryRunner.query(`DROP INDEX "public"."feedback_account_idx"`);
    await queryRunner.query(`DROP INDEX "public"."feedback_unacked_idx"`);
    await queryRunner.query(`DROP TABLE "feedback"`);
    await queryRunner.query(`DROP INDEX "public"."escalation_open_idx"`);
    await queryRunner.query(`DROP INDEX "public"."escalation_target_idx"`);
    await queryRunner.query(`DROP INDEX "public"."escalation_account_idx"`);
    await queryRunner.query(`DROP TABLE "escalation"`);
    await queryRunner.query(`DROP TABLE "escalation_rule"`);
  }
}
