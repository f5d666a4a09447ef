import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CustomerMap1795593820844 implements MigrationInterface {
  name = 'CustomerMap1795593820844';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "org_unit" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "account_id" uuid NOT NULL, "name" text NOT NULL, "kind" text NOT NULL, "parent_id" uuid, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "org_unit_not_own_parent_check" CHECK (parent_id IS NULL OR parent_id <> id), CONSTRAINT "org_unit_kind_check" CHECK (kind IN ('TECHNICAL', 'PROCUREMENT', 'FINANCE', 'SUPPLY_CHAIN', 'ENGINEERING', 'QUALITY', 'LEGAL', 'EXECUTIVE', 'FRONT_OFFICE', 'OTHER')), CONSTRAINT "PK_ba1c59043dc14bb66023c1d07c7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "org_unit_parent_idx" ON "org_unit"  ("parent_id") `);
    await queryRunner.query(
      `CREATE INDEX "org_unit_account_idx" ON "org_unit"  ("account_id", "name") `,
    );
    await queryRunner.query(
      `CREATE TABLE "contact" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "account_id" uuid NOT NULL, "org_unit_id" uuid, "name" text NOT NULL, "title" text, "level" text NOT NULL, "reports_to_id" uuid, "responsibilities" text, "influence" smallint NOT NULL DEFAULT '3', "stance" text NOT NULL DEFAULT 'NEUTRAL', "buying_roles" text array NOT NULL DEFAULT '{}', "coach_level" text, "rising_star" boolean NOT NULL DEFAULT false, "relationship_owner_id" uuid, "status" text NOT NULL DEFAULT 'ACTIVE', "left_at" TIMESTAMP(3) WITH TIME ZONE, "notes" text, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "contact_not_own_manager_check" CHECK (reports_to_id IS NULL OR reports_to_id <> id), CONSTRAINT "contact_influence_check" CHECK (influence BETWEEN 1 AND 5), CONSTRAINT "contact_buying_roles_check" CHECK (buying_roles <@ ARRAY['DECISION_MAKER', 'ECONOMIC_BUYER', 'TECHNICAL_GATEKEEPER', 'USER', 'PROCUREMENT', 'FINANCE_APPROVER', 'COACH', 'SUPERVISOR']::text[]), CONSTRAINT "contact_status_check" CHECK (status IN ('ACTIVE', 'LEFT')), CONSTRAINT "contact_coach_level_check" CHECK (coach_level IN ('CAN_INTERVENE', 'CAN_ADVISE', 'INTEL_ONLY')), CONSTRAINT "contact_stance_check" CHECK (stance IN ('CHAMPION', 'SUPPORTER', 'NEUTRAL', 'SKEPTIC', 'OPPONENT')), CONSTRAINT "contact_level_check" CHECK (level IN ('EXECUTIVE', 'DECISION', 'MANAGEMENT', 'OPERATIONAL', 'FRONTLINE')), CONSTRAINT "PK_2cbbe00f59ab6b3bb5b8d19f989" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "contact_owner_idx" ON "contact"  ("relationship_owner_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "contact_reports_to_idx" ON "contact"  ("reports_to_id") `,
    );
    await queryRunner.query(`CREATE INDEX "contact_org_unit_idx" ON "contact"  ("org_unit_id") `);
    await queryRunner.query(
      `CREATE INDEX "contact_account_idx" ON "contact"  ("account_id", "name") `,
    );
    await queryRunner.query(
      `CREATE TABLE "contact_move" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "contact_id" uuid NOT NULL, "from_org_unit_id" uuid, "to_org_unit_id" uuid, "from_title" text, "to_title" text, "moved_by_id" uuid, "moved_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_30381641be9dbe88fac52412f5f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "contact_move_contact_idx" ON "contact_move"  ("contact_id", "moved_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "influence" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "account_id" uuid NOT NULL, "from_contact_id" uuid NOT NULL, "to_contact_id" uuid NOT NULL, "strength" smallint NOT NULL, "note" text, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "influence_not_self_check" CHECK (from_contact_id <> to_contact_id), CONSTRAINT "influence_strength_check" CHECK (strength BETWEEN 1 AND 3), CONSTRAINT "PK_696e5e77525b580d79abbe676bf" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "influence_to_idx" ON "influence"  ("to_contact_id") `);
    await queryRunner.query(`CREATE INDEX "influence_account_idx" ON "influence"  ("account_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "influence_pair_key" ON "influence"  ("from_contact_id", "to_contact_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "process_template" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "account_id" uuid, "kind" text NOT NULL, "name" text NOT NULL, "description" text, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "process_template_kind_check" CHECK (kind IN ('NEED', 'PROCUREMENT', 'TENDER', 'CONTRACT', 'DECISION', 'PAYMENT')), CONSTRAINT "PK_43f271d2eefd85c4cd0e1cb0a94" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "process_template_account_idx" ON "process_template"  ("account_id", "kind") `,
    );
    await queryRunner.query(
      `CREATE TABLE "approval_step" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "template_id" uuid NOT NULL, "position" smallint NOT NULL, "name" text NOT NULL, "approver_contact_id" uuid, "approver_org_unit_id" uuid, "rule" text NOT NULL DEFAULT 'ALL', "condition" text, "typical_days" smallint NOT NULL DEFAULT '0', "documents_required" text array NOT NULL DEFAULT '{}', CONSTRAINT "approval_step_typical_days_check" CHECK (typical_days >= 0), CONSTRAINT "approval_step_rule_check" CHECK (rule IN ('ALL', 'ANY')), CONSTRAINT "PK_ce4e7284448d965d64c1b89ee39" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "approval_step_template_position_key" ON "approval_step"  ("template_id", "position") `,
    );
    await queryRunner.query(
      `CREATE TABLE "process_run" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "template_id" uuid NOT NULL, "account_id" uuid NOT NULL, "subject_type" text NOT NULL, "subject_id" uuid NOT NULL, "title" text NOT NULL, "amount" numeric(18,2), "product_line" text, "status" text NOT NULL DEFAULT 'RUNNING', "started_by_id" uuid NOT NULL, "started_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "finished_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "process_run_subject_type_check" CHECK (subject_type IN ('ACCOUNT', 'OPPORTUNITY', 'CONTRACT')), CONSTRAINT "process_run_status_check" CHECK (status IN ('RUNNING', 'DONE', 'CANCELLED')), CONSTRAINT "PK_7ae445997606c9f16980adaad8e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "process_run_subject_idx" ON "process_run"  ("subject_type", "subject_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "process_run_account_idx" ON "process_run"  ("account_id", "started_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "process_run_step" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "run_id" uuid NOT NULL, "step_id" uuid, "position" smallint NOT NULL, "name" text NOT NULL, "approver_contact_id" uuid, "approver_org_unit_id" uuid, "typical_days" smallint NOT NULL DEFAULT '0', "status" text NOT NULL DEFAULT 'PENDING', "since" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "blocker_contact_id" uuid, "block_reason" text, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "process_run_step_status_check" CHECK (status IN ('PENDING', 'IN_REVIEW', 'PASSED', 'BLOCKED', 'SKIPPED')), CONSTRAINT "PK_0a4c48bcf6c7d219ae384377448" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "process_run_step_blocked_idx" ON "process_run_step"  ("status", "since") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "process_run_step_run_position_key" ON "process_run_step"  ("run_id", "position") `,
    );
    await queryRunner.query(
      `CREATE TABLE "process_run_step_change" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "run_step_id" uuid NOT NULL, "from_status" text NOT NULL, "to_status" text NOT NULL, "note" text, "actor_id" uuid, "at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1a0a10aafd197d7b549e92e93b0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "process_run_step_change_step_idx" ON "process_run_step_change"  ("run_step_id", "at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "org_unit" ADD CONSTRAINT "org_unit_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "org_unit" ADD CONSTRAINT "org_unit_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "org_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "contact" ADD CONSTRAINT "contact_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "contact" ADD CONSTRAINT "contact_org_unit_id_fkey" FOREIGN KEY ("org_unit_id") REFERENCES "org_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "contact" ADD CONSTRAINT "contact_reports_to_id_fkey" FOREIGN KEY ("reports_to_id") REFERENCES "contact"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "contact" ADD CONSTRAINT "contact_relationship_owner_id_fkey" FOREIGN KEY ("relationship_owner_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "contact_move" ADD CONSTRAINT "contact_move_contact_id_fkey" FOREIGN KEY ("contact_id") REFERENCES "contact"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "influence" ADD CONSTRAINT "influence_from_contact_id_fkey" FOREIGN KEY ("from_contact_id") REFERENCES "contact"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "influence" ADD CONSTRAINT "influence_to_contact_id_fkey" FOREIGN KEY ("to_contact_id") REFERENCES "contact"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "process_template" ADD CONSTRAINT "process_template_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "approval_step" ADD CONSTRAINT "approval_step_template_id_fkey" FOREIGN KEY ("template_id") REFERENCES "process_template"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "approval_step" ADD CONSTRAINT "approval_step_approver_contact_id_fkey" FOREIGN KEY ("approver_contact_id") REFERENCES "contact"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "approval_step" ADD CONSTRAINT "approval_step_approver_org_unit_id_fkey" FOREIGN KEY ("approver_org_unit_id") REFERENCES "org_unit"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "process_run" ADD CONSTRAINT "process_run_template_id_fkey" FOREIGN KEY ("template_id") REFERENCES "process_template"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "process_run" ADD CONSTRAINT "process_run_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "process_run_step" ADD CONSTRAINT "process_run_step_run_id_fkey" FOREIGN KEY ("run_id") REFERENCES "process_run"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "process_run_step" ADD CONSTRAINT "process_run_step_blocker_contact_id_fkey" FOREIGN KEY ("blocker_contact_id") REFERENCES "contact"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "process_run_step_change" ADD CONSTRAINT "process_run_step_change_run_step_id_fkey" FOREIGN KEY ("run_step_id") REFERENCES "process_run_step"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "process_run_step_change" DROP CONSTRAINT "process_run_step_change_run_step_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "process_run_step" DROP CONSTRAINT "process_run_step_blocker_contact_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "process_run_step" DROP CONSTRAINT "process_run_step_run_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "process_run" DROP CONSTRAINT "process_run_account_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "process_run" DROP CONSTRAINT "process_run_template_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "approval_step" DROP CONSTRAINT "approval_step_approver_org_unit_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "approval_step" DROP CONSTRAINT "approval_step_approver_contact_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "approval_step" DROP CONSTRAINT "approval_step_template_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "process_template" DROP CONSTRAINT "process_template_account_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "influence" DROP CONSTRAINT "influence_to_contact_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "influence" DROP CONSTRAINT "influence_from_contact_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "contact_move" DROP CONSTRAINT "contact_move_contact_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "contact" DROP CONSTRAINT "contact_relationship_owner_id_fkey"`,
    );
    await queryRunner.query(`ALTER TABLE "contact" DROP CONSTRAINT "contact_reports_to_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "contact" DROP CONSTRAINT "contact_org_unit_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "contact" DROP CONSTRAINT "contact_account_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "org_unit" DROP CONSTRAINT "org_unit_parent_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "org_unit" DROP CONSTRAINT "org_unit_account_id_fkey"`);
    await queryRunner.query(`DROP INDEX "public"."process_run_step_change_step_idx"`);
    await queryRunner.query(`DROP TABLE "process_run_step_change"`);
    await queryRunner.query(`DROP INDEX "public"."process_run_step_run_position_key"`);
    await queryRunner.query(`DROP INDEX "public"."process_run_step_blocked_idx"`);
    await queryRunner.query(`DROP TABLE "process_run_step"`);
    await queryRunner.query(`DROP INDEX "public"."process_run_account_idx"`);
    await queryRunner.query(`DROP INDEX "public"."process_run_subject_idx"`);
    await queryRunner.query(`DROP TABLE "process_run"`);
    await queryRunner.query(`DROP INDEX "public"."approval_step_template_position_key"`);
    await queryRunner.query(`DROP TABLE "approval_step"`);
    await queryRunner.query(`DROP INDEX "public"."process_template_account_idx"`);
    await queryRunner.query(`DROP TABLE "process_template"`);
    await queryRunner.query(`DROP INDEX "public"."influence_pair_key"`);
    await queryRunner.query(`DROP INDEX "public"."influence_account_idx"`);
    await queryRunner.query(`DROP INDEX "public"."influence_to_idx"`);
    await queryRunner.query(`DROP TABLE "influence"`);
    await queryRunner.query(`DROP INDEX "public"."contact_move_contact_idx"`);
    await queryRunner.query(`DROP TABLE "contact_move"`);
    await queryRunner.query(`DROP INDEX "public"."contact_account_idx"`);
    await queryRunner.query(`DROP INDEX "public"."contact_org_unit_idx"`);
    await queryRunner.query(`DROP INDEX "public"."contact_reports_to_idx"`);
    await queryRunner.query(`DROP INDEX "public"."contact_owner_idx"`);
    await queryRunner.query(`DROP TABLE "contact"`);
    await queryRunner.query(`DROP INDEX "public"."org_unit_account_idx"`);
    await queryRunner.query(`DROP INDEX "public"."org_unit_parent_idx"`);
    await queryRunner.query(`DROP TABLE "org_unit"`);
  }
}
