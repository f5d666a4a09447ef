import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Pipeline1795602561535 implements MigrationInterface {
  name = 'Pipeline1795602561535';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "funnel_stage" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" text NOT NULL, "name_zh" text NOT NULL, "name_en" text NOT NULL, "probability" smallint NOT NULL, "position" integer NOT NULL, "is_won" boolean NOT NULL DEFAULT false, "is_lost" boolean NOT NULL DEFAULT false, "entry_criteria" text array NOT NULL DEFAULT '{}', "weakness" text, "active" boolean NOT NULL DEFAULT true, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "funnel_stage_position_key" UNIQUE ("position") DEFERRABLE INITIALLY DEFERRED, CONSTRAINT "funnel_stage_won_lost_check" CHECK (NOT (is_won AND is_lost)), CONSTRAINT "funnel_stage_probability_check" CHECK (probability BETWEEN 0 AND 100), CONSTRAINT "PK_52c97dd72e4385b265ce71bd1a5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "funnel_stage_code_key" ON "funnel_stage"  ("code") `,
    );
    await queryRunner.query(
      `CREATE TABLE "lead" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "account_id" uuid NOT NULL, "title" text NOT NULL, "source" text NOT NULL, "scenario" text NOT NULL, "authority_contact_id" uuid, "status" text NOT NULL DEFAULT 'OPEN', "owner_id" uuid NOT NULL, "opportunity_id" uuid, "override_reason" text, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "estimated_amount" numeric(18,2), "estimated_currency" character(3), "spin_situation" text, "spin_problem" text, "spin_implication" text, "spin_need_payoff" text, "budget_confirmed" boolean NOT NULL DEFAULT false, "budget_note" text, "authority_confirmed" boolean NOT NULL DEFAULT false, "authority_note" text, "need_confirmed" boolean NOT NULL DEFAULT false, "need_note" text, "timing_confirmed" boolean NOT NULL DEFAULT false, "timing_note" text, CONSTRAINT "lead_scenario_check" CHECK (scenario IN ('CONTINUOUS', 'OCCASIONAL')), CONSTRAINT "lead_status_check" CHECK (status IN ('OPEN', 'CONVERTED', 'DISQUALIFIED')), CONSTRAINT "lead_source_check" CHECK (source IN ('REFERRAL', 'INBOUND', 'OUTBOUND', 'EVENT', 'PARTNER', 'TENDER_NOTICE', 'FEEDBACK', 'OTHER')), CONSTRAINT "PK_ca96c1888f7dcfccab72b72fffa" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "lead_owner_idx" ON "lead"  ("owner_id", "status") `);
    await queryRunner.query(
      `CREATE INDEX "lead_account_idx" ON "lead"  ("account_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "opportunity" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "account_id" uuid NOT NULL, "name" text NOT NULL, "amount" numeric(18,2) NOT NULL, "currency" character(3) NOT NULL, "contract_amount" numeric(18,2), "products" text array NOT NULL DEFAULT '{}', "expected_close_date" date, "stage_id" uuid NOT NULL, "stage_entered_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "owner_id" uuid NOT NULL, "coach_contact_id" uuid, "competitors" jsonb NOT NULL DEFAULT '[]', "lead_id" uuid, "closed_at" TIMESTAMP(3) WITH TIME ZONE, "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "opportunity_contract_amount_check" CHECK (contract_amount IS NULL OR contract_amount >= 0), CONSTRAINT "opportunity_amount_check" CHECK (amount >= 0), CONSTRAINT "PK_085fd6d6f4765325e6c16163568" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "opportunity_closed_idx" ON "opportunity"  ("closed_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "opportunity_expected_close_idx" ON "opportunity"  ("expected_close_date") `,
    );
    await queryRunner.query(
      `CREATE INDEX "opportunity_stage_idx" ON "opportunity"  ("stage_id", "stage_entered_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "opportunity_owner_idx" ON "opportunity"  ("owner_id", "stage_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "opportunity_account_idx" ON "opportunity"  ("account_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "opportunity_team_member" ("opportunity_id" uuid NOT NULL, "user_id" uuid NOT NULL, "team_role" text NOT NULL, CONSTRAINT "opportunity_team_member_role_check" CHECK (team_role IN ('AR', 'SR', 'FR')), CONSTRAINT "PK_85e2827c76da82287ef9770b5a0" PRIMARY KEY ("opportunity_id", "user_id", "team_role"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "opportunity_team_member_user_idx" ON "opportunity_team_member"  ("user_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "opportunity_contact" ("opportunity_id" uuid NOT NULL, "contact_id" uuid NOT NULL, "role" text NOT NULL, "note" text, CONSTRAINT "opportunity_contact_role_check" CHECK (role IN ('DECISION_MAKER', 'ECONOMIC_BUYER', 'TECHNICAL_GATEKEEPER', 'USER', 'PROCUREMENT', 'FINANCE_APPROVER', 'COACH', 'SUPERVISOR')), CONSTRAINT "PK_2ba0ab0a239f6572a1c831bb85c" PRIMARY KEY ("opportunity_id", "contact_id", "role"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "opportunity_contact_contact_idx" ON "opportunity_contact"  ("contact_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "stage_change" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "opportunity_id" uuid NOT NULL, "from_stage_id" uuid, "to_stage_id" uuid NOT NULL, "note" text, "actor_id" uuid NOT NULL, "at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_56167b85fbab45c2ad18a534cbd" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "stage_change_to_stage_idx" ON "stage_change"  ("to_stage_id", "at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "stage_change_opportunity_idx" ON "stage_change"  ("opportunity_id", "at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "activity" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "account_id" uuid NOT NULL, "opportunity_id" uuid, "kind" text NOT NULL, "occurred_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "summary" text NOT NULL, "next_steps" text, "participant_ids" uuid array NOT NULL DEFAULT '{}', "contact_ids" uuid array NOT NULL DEFAULT '{}', "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "activity_kind_check" CHECK (kind IN ('VISIT', 'CALL', 'MEETING', 'DEMO', 'TRIAL', 'RECEPTION', 'DINNER', 'OTHER')), CONSTRAINT "PK_24625a1d6b1b089c8ae206fe467" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "activity_created_by_idx" ON "activity"  ("created_by_id", "occurred_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "activity_opportunity_idx" ON "activity"  ("opportunity_id", "occurred_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "activity_account_idx" ON "activity"  ("account_id", "occurred_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "account_plan" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "account_id" uuid NOT NULL, "period" text NOT NULL, "intelligence_summary" text, "potential_amount" numeric(18,2), "currency" character(3) NOT NULL DEFAULT 'CNY', "relationship_stage" text, "strategy" text, "product_targets" jsonb NOT NULL DEFAULT '[]', "target_amount" numeric(18,2) NOT NULL, "risk_margin" numeric(4,2) NOT NULL DEFAULT '3', "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "account_plan_relationship_stage_check" CHECK (relationship_stage IS NULL OR relationship_stage IN ('EXPLORING', 'GROWING', 'MATURE', 'DECLINING')), CONSTRAINT "account_plan_risk_margin_check" CHECK (risk_margin >= 1 AND risk_margin <= 20), CONSTRAINT "PK_a4fa9c211f9beb64eb36b43a674" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "account_plan_period_idx" ON "account_plan"  ("period") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "account_plan_account_period_key" ON "account_plan"  ("account_id", "period") `,
    );
    await queryRunner.query(
      `CREATE TABLE "account_plan_milestone" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "plan_id" uuid NOT NULL, "task" text NOT NULL, "owner_id" uuid NOT NULL, "due" date NOT NULL, "floor_target" numeric(18,2), "done" boolean NOT NULL DEFAULT false, "position" smallint NOT NULL, CONSTRAINT "PK_4fdf104d09f287a58255251ef73" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "account_plan_milestone_owner_idx" ON "account_plan_milestone"  ("owner_id", "due") `,
    );
    await queryRunner.query(
      `CREATE INDEX "account_plan_milestone_plan_idx" ON "account_plan_milestone"  ("plan_id", "due") `,
    );
    await queryRunner.query(
      `CREATE TABLE "sales_target" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "period" text NOT NULL, "revenue" numeric(18,2) NOT NULL, "currency" character(3) NOT NULL DEFAULT 'CNY', "new_accounts" integer, "renewal_rate" numeric(5,2), "risk_margin" numeric(4,2) NOT NULL DEFAULT '3', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "sales_target_risk_margin_check" CHECK (risk_margin >= 1 AND risk_margin <= 20), CONSTRAINT "sales_target_renewal_rate_check" CHECK (renewal_rate IS NULL OR renewal_rate BETWEEN 0 AND 100), CONSTRAINT "sales_target_revenue_check" CHECK (revenue >= 0), CONSTRAINT "PK_9a31fb5396fb1c3b440a4c850b1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "sales_target_period_idx" ON "sales_target"  ("period") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "sales_target_user_period_key" ON "sales_target"  ("user_id", "period") `,
    );
    await queryRunner.query(
      `CREATE TABLE "target_adjustment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "target_id" uuid NOT NULL, "user_id" uuid NOT NULL, "period" text NOT NULL, "from_revenue" numeric(18,2), "to_revenue" numeric(18,2) NOT NULL, "reason" text NOT NULL, "won_at_change" numeric(18,2) NOT NULL, "flagged" boolean NOT NULL DEFAULT false, "actor_id" uuid NOT NULL, "at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_da0ebadc49a5f188f882bdb1bc7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "target_adjustment_flagged_idx" ON "target_adjustment"  ("flagged", "at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "target_adjustment_target_idx" ON "target_adjustment"  ("target_id", "at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "lead" ADD CONSTRAINT "lead_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "lead" ADD CONSTRAINT "lead_authority_contact_id_fkey" FOREIGN KEY ("authority_contact_id") REFERENCES "contact"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "lead" ADD CONSTRAINT "lead_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "opportunity" ADD CONSTRAINT "opportunity_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "opportunity" ADD CONSTRAINT "opportunity_stage_id_fkey" FOREIGN KEY ("stage_id") REFERENCES "funnel_stage"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "opportunity" ADD CONSTRAINT "opportunity_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "opportunity" ADD CONSTRAINT "opportunity_coach_contact_id_fkey" FOREIGN KEY ("coach_contact_id") REFERENCES "contact"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "opportunity" ADD CONSTRAINT "opportunity_lead_id_fkey" FOREIGN KEY ("lead_id") REFERENCES "lead"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "opportunity_team_member" ADD CONSTRAINT "opportunity_team_member_opportunity_id_fkey" FOREIGN KEY ("opportunity_id") REFERENCES "opportunity"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "opportunity_team_member" ADD CONSTRAINT "opportunity_team_member_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "opportunity_contact" ADD CONSTRAINT "opportunity_contact_opportunity_id_fkey" FOREIGN KEY ("opportunity_id") REFERENCES "opportunity"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "opportunity_contact" ADD CONSTRAINT "opportunity_contact_contact_id_fkey" FOREIGN KEY ("contact_id") REFERENCES "contact"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "stage_change" ADD CONSTRAINT "stage_change_opportunity_id_fkey" FOREIGN KEY ("opportunity_id") REFERENCES "opportunity"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "stage_change" ADD CONSTRAINT "stage_change_from_stage_id_fkey" FOREIGN KEY ("from_stage_id") REFERENCES "funnel_stage"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "stage_change" ADD CONSTRAINT "stage_change_to_stage_id_fkey" FOREIGN KEY ("to_stage_id") REFERENCES "funnel_stage"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "stage_change" ADD CONSTRAINT "stage_change_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "activity" ADD CONSTRAINT "activity_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "activity" ADD CONSTRAINT "activity_opportunity_id_fkey" FOREIGN KEY ("opportunity_id") REFERENCES "opportunity"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "activity" ADD CONSTRAINT "activity_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "account_plan" ADD CONSTRAINT "account_plan_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "account_plan" ADD CONSTRAINT "account_plan_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "account_plan_milestone" ADD CONSTRAINT "account_plan_milestone_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "account_plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "account_plan_milestone" ADD CONSTRAINT "account_plan_milestone_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sales_target" ADD CONSTRAINT "sales_target_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "target_adjustment" ADD CONSTRAINT "target_adjustment_target_id_fkey" FOREIGN KEY ("target_id") REFERENCES "sales_target"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "target_adjustment" ADD CONSTRAINT "target_adjustment_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // The default funnel of seed 001 and DESIGN.md; ADMIN may change it afterwards.
    await queryRunner.query(`INSERT INTO "funnel_stage" ("code", "name_zh", "name_en", "probability", "position", "is_won", "is_lost", "entry_criteria", "weakness") VALUES
      ('PROSPECT', '潜在客户 0%', 'Prospect', 0, 10, false, false, '{}', 'PROSPECTING'),
      ('CONTACTED', '已接触 25%', 'Contacted', 25, 20, false, false, '{ACTIVITY_LOGGED}', 'LEAD_SOURCES'),
      ('NEED_FOUND', '发现需求 50%', 'Need found', 50, 30, false, false, '{DECISION_MAKER}', 'DISCOVERY'),
      ('SOLUTION_MATCHED', '方案匹配 75%', 'Solution matched', 75, 40, false, false, '{SOLUTION_WORK}', 'PRODUCT_KNOWLEDGE'),
      ('WON', '成交 100%', 'Won', 100, 50, true, false, '{CONTRACT_AMOUNT}', 'NEGOTIATION'),
      ('LOST', '丢单', 'Lost', 0, 60, false, true, '{REASON_NOTE}', NULL)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "target_adjustment" DROP CONSTRAINT "target_adjustment_actor_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "target_adjustment" DROP CONSTRAINT "target_adjustment_target_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "sales_target" DROP CONSTRAINT "sales_target_user_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "account_plan_milestone" DROP CONSTRAINT "account_plan_milestone_owner_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "account_plan_milestone" DROP CONSTRAINT "account_plan_milestone_plan_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "account_plan" DROP CONSTRAINT "account_plan_created_by_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "account_plan" DROP CONSTRAINT "account_plan_account_id_fkey"`,
    );
    await queryRunner.query(`ALTER TABLE "activity" DROP CONSTRAINT "activity_created_by_id_fkey"`);
    await queryRunner.query(
      `ALTER TABLE "activity" DROP CONSTRAINT "activity_opportunity_id_fkey"`,
    );
    await queryRunner.query(`ALTER TABLE "activity" DROP CONSTRAINT "activity_account_id_fkey"`);
    await queryRunner.query(
      `ALTER TABLE "stage_change" DROP CONSTRAINT "stage_change_actor_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "stage_change" DROP CONSTRAINT "stage_change_to_stage_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "stage_change" DROP CONSTRAINT "stage_change_from_stage_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "stage_change" DROP CONSTRAINT "stage_change_opportunity_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "opportunity_contact" DROP CONSTRAINT "opportunity_contact_contact_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "opportunity_contact" DROP CONSTRAINT "opportunity_contact_opportunity_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "opportunity_team_member" DROP CONSTRAINT "opportunity_team_member_user_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "opportunity_team_member" DROP CONSTRAINT "opportunity_team_member_opportunity_id_fkey"`,
    );
    await queryRunner.query(`ALTER TABLE "opportunity" DROP CONSTRAINT "opportunity_lead_id_fkey"`);
    await queryRunner.query(
      `ALTER TABLE "opportunity" DROP CONSTRAINT "opportunity_coach_contact_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "opportunity" DROP CONSTRAINT "opportunity_owner_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "opportunity" DROP CONSTRAINT "opportunity_stage_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "opportunity" DROP CONSTRAINT "opportunity_account_id_fkey"`,
    );
    await queryRunner.query(`ALTER TABLE "lead" DROP CONSTRAINT "lead_owner_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "lead" DROP CONSTRAINT "lead_authority_contact_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "lead" DROP CONSTRAINT "lead_account_id_fkey"`);
    await queryRunner.query(`DROP INDEX "public"."target_adjustment_target_idx"`);
    await queryRunner.query(`DROP INDEX "public"."target_adjustment_flagged_idx"`);
    await queryRunner.query(`DROP TABLE "target_adjustment"`);
    await queryRunner.query(`DROP INDEX "public"."sales_target_user_period_key"`);
    await queryRunner.query(`DROP INDEX "public"."sales_target_period_idx"`);
    await queryRunner.query(`DROP TABLE "sales_target"`);
    await queryRunner.query(`DROP INDEX "public"."account_plan_milestone_plan_idx"`);
    await queryRunner.query(`DROP INDEX "public"."account_plan_milestone_owner_idx"`);
    await queryRunner.query(`DROP TABLE "account_plan_milestone"`);
    await queryRunner.query(`DROP INDEX "public"."account_plan_account_period_key"`);
    await queryRunner.query(`DROP INDEX "public"."account_plan_period_idx"`);
    await queryRunner.query(`DROP TABLE "account_plan"`);
    await queryRunner.query(`DROP INDEX "public"."activity_account_idx"`);
    await queryRunner.query(`DROP INDEX "public"."activity_opportunity_idx"`);
    await queryRunner.query(`DROP INDEX "public"."activity_created_by_idx"`);
    await queryRunner.query(`DROP TABLE "activity"`);
    await queryRunner.query(`DROP INDEX "public"."stage_change_opportunity_idx"`);
    await queryRunner.query(`DROP INDEX "public"."stage_change_to_stage_idx"`);
    await queryRunner.query(`DROP TABLE "stage_change"`);
    await queryRunner.query(`DROP INDEX "public"."opportunity_contact_contact_idx"`);
    await queryRunner.query(`DROP TABLE "opportunity_contact"`);
    await queryRunner.query(`DROP INDEX "public"."opportunity_team_member_user_idx"`);
    await queryRunner.query(`DROP TABLE "opportunity_team_member"`);
    await queryRunner.query(`DROP INDEX "public"."opportunity_account_idx"`);
    await queryRunner.query(`DROP INDEX "public"."opportunity_owner_idx"`);
    await queryRunner.query(`DROP INDEX "public"."opportunity_stage_idx"`);
    await queryRunner.query(`DROP INDEX "public"."opportunity_expected_close_idx"`);
    await queryRunner.query(`DROP INDEX "public"."opportunity_closed_idx"`);
    await queryRunner.query(`DROP TABLE "opportunity"`);
    await queryRunner.query(`DROP INDEX "public"."lead_account_idx"`);
    await queryRunner.query(`DROP INDEX "public"."lead_owner_idx"`);
    await queryRunner.query(`DROP TABLE "lead"`);
    await queryRunner.query(`DROP INDEX "public"."funnel_stage_code_key"`);
    await queryRunner.query(`DROP TABLE "funnel_stage"`);
  }
}
