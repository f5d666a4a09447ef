import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1795590955531 implements MigrationInterface {
  name = 'Foundation1795590955531';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "email" text NOT NULL, "password_hash" text NOT NULL, "roles" text array NOT NULL, "status" text NOT NULL DEFAULT 'ACTIVE', "manager_id" uuid, "departed_at" TIMESTAMP(3) WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "user_roles_check" CHECK (roles <@ ARRAY['SALES','TECHNICAL','DELIVERY','FINANCE','MANAGER','ADMIN','BI']::text[]), CONSTRAINT "user_status_check" CHECK (status IN ('ACTIVE', 'DEPARTED')), CONSTRAINT "PK_cace4a159ff9f2512dd42373760" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "user_manager_id_idx" ON "user"  ("manager_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "user_email_key" ON "user"  ("email") `);
    await queryRunner.query(
      `CREATE TABLE "account" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "normalized_name" text NOT NULL, "registration_no" text, "industry" text, "region" text, "tier" text NOT NULL, "parent_id" uuid, "purchase_mode" text, "lifecycle_stage" text, "relationship_level" smallint, "quadrant" text, "drivers" jsonb NOT NULL DEFAULT '[]', "claimed_by_id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "potential_amount" numeric(18,2), "potential_currency" character(3), CONSTRAINT "account_not_own_parent_check" CHECK (parent_id IS NULL OR parent_id <> id), CONSTRAINT "account_relationship_level_check" CHECK (relationship_level BETWEEN 1 AND 5), CONSTRAINT "account_lifecycle_stage_check" CHECK (lifecycle_stage IN ('EXPLORING', 'GROWING', 'MATURE', 'DECLINING')), CONSTRAINT "account_purchase_mode_check" CHECK (purchase_mode IN ('CONTINUOUS', 'OCCASIONAL')), CONSTRAINT "account_tier_check" CHECK (tier IN ('GROUP', 'PROVINCE', 'CITY')), CONSTRAINT "PK_54115ee388cdb6d86bb4bf5b2ea" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "account_parent_id_idx" ON "account"  ("parent_id") `);
    await queryRunner.query(`CREATE INDEX "account_quadrant_idx" ON "account"  ("quadrant") `);
    await queryRunner.query(`CREATE INDEX "account_industry_idx" ON "account"  ("industry") `);
    await queryRunner.query(`CREATE INDEX "account_region_idx" ON "account"  ("region") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "account_normalized_name_key" ON "account"  ("normalized_name") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "account_registration_no_key" ON "account"  ("registration_no") WHERE registration_no IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "account_team_member" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "account_id" uuid NOT NULL, "user_id" uuid NOT NULL, "team_role" text NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "account_team_member_team_role_check" CHECK (team_role IN ('AR', 'SR', 'FR', 'FINANCE', 'SPONSOR')), CONSTRAINT "PK_1a991c901e9a7c00cacbb9fb87e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "account_team_member_user_idx" ON "account_team_member"  ("user_id", "account_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "account_team_member_one_ar_key" ON "account_team_member"  ("account_id") WHERE team_role = 'AR'`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "account_team_member_key" ON "account_team_member"  ("account_id", "user_id", "team_role") `,
    );
    await queryRunner.query(
      `CREATE TABLE "claim_attempt" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "account_id" uuid NOT NULL, "claimer_id" uuid NOT NULL, "winner_id" uuid NOT NULL, "matched_on" text NOT NULL, "claimed_name" text NOT NULL, "claimed_registration_no" text, "attempted_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "claim_attempt_matched_on_check" CHECK (matched_on IN ('REGISTRATION_NO', 'NORMALIZED_NAME')), CONSTRAINT "PK_0ba95afbd6fc0bf3dc3d22ac9c0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "claim_attempt_claimer_idx" ON "claim_attempt"  ("claimer_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "claim_attempt_account_idx" ON "claim_attempt"  ("account_id", "attempted_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "audit_event" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "actor_id" uuid, "actor_kind" text NOT NULL, "action" text NOT NULL, "entity" text NOT NULL, "entity_id" text NOT NULL, "before" jsonb, "after" jsonb, "request_id" text, "at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_481efbe8b0a403efe3f47a6528f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "audit_event_at_idx" ON "audit_event"  ("at") `);
    await queryRunner.query(
      `CREATE INDEX "audit_event_actor_idx" ON "audit_event"  ("actor_id", "at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "audit_event_entity_idx" ON "audit_event"  ("entity", "entity_id", "at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "api_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "prefix" text NOT NULL, "token_hash" text NOT NULL, "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP(3) WITH TIME ZONE, "last_used_at" TIMESTAMP(3) WITH TIME ZONE, "revoked_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "PK_d862311c568d175c26f41bc6f98" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "api_token_token_hash_key" ON "api_token"  ("token_hash") `,
    );
    await queryRunner.query(
      `ALTER TABLE "user" ADD CONSTRAINT "user_manager_id_fkey" FOREIGN KEY ("manager_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "account" ADD CONSTRAINT "account_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "account" ADD CONSTRAINT "account_claimed_by_id_fkey" FOREIGN KEY ("claimed_by_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "account_team_member" ADD CONSTRAINT "account_team_member_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "account_team_member" ADD CONSTRAINT "account_team_member_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "claim_attempt" ADD CONSTRAINT "claim_attempt_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "claim_attempt" ADD CONSTRAINT "claim_attempt_claimer_id_fkey" FOREIGN KEY ("claimer_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "claim_attempt" ADD CONSTRAINT "claim_attempt_winner_id_fkey" FOREIGN KEY ("winner_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "api_token" ADD CONSTRAINT "api_token_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "api_token" DROP CONSTRAINT "api_token_created_by_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "claim_attempt" DROP CONSTRAINT "claim_attempt_winner_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "claim_attempt" DROP CONSTRAINT "claim_attempt_claimer_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "claim_attempt" DROP CONSTRAINT "claim_attempt_account_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "account_team_member" DROP CONSTRAINT "account_team_member_user_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "account_team_member" DROP CONSTRAINT "account_team_member_account_id_fkey"`,
    );
    await queryRunner.query(`ALTER TABLE "account" DROP CONSTRAINT "account_claimed_by_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "account" DROP CONSTRAINT "account_parent_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "user" DROP CONSTRAINT "user_manager_id_fkey"`);
    await queryRunner.query(`DROP INDEX "public"."api_token_token_hash_key"`);
    await queryRunner.query(`DROP TABLE "api_token"`);
    await queryRunner.query(`DROP INDEX "public"."audit_event_entity_idx"`);
    await queryRunner.query(`DROP INDEX "public"."audit_event_actor_idx"`);
    await queryRunner.query(`DROP INDEX "public"."audit_event_at_idx"`);
    await queryRunner.query(`DROP TABLE "audit_event"`);
    await queryRunner.query(`DROP INDEX "public"."claim_attempt_account_idx"`);
    await queryRunner.query(`DROP INDEX "public"."claim_attempt_claimer_idx"`);
    await queryRunner.query(`DROP TABLE "claim_attempt"`);
    await queryRunner.query(`DROP INDEX "public"."account_team_member_key"`);
    await queryRunner.query(`DROP INDEX "public"."account_team_member_one_ar_key"`);
    await queryRunner.query(`DROP INDEX "public"."account_team_member_user_idx"`);
    await queryRunner.query(`DROP TABLE "account_team_member"`);
    await queryRunner.query(`DROP INDEX "public"."account_registration_no_key"`);
    await queryRunner.query(`DROP INDEX "public"."account_normalized_name_key"`);
    await queryRunner.query(`DROP INDEX "public"."account_region_idx"`);
    await queryRunner.query(`DROP INDEX "public"."account_industry_idx"`);
    await queryRunner.query(`DROP INDEX "public"."account_quadrant_idx"`);
    await queryRunner.query(`DROP INDEX "public"."account_parent_id_idx"`);
    await queryRunner.query(`DROP TABLE "account"`);
    await queryRunner.query(`DROP INDEX "public"."user_email_key"`);
    await queryRunner.query(`DROP INDEX "public"."user_manager_id_idx"`);
    await queryRunner.query(`DROP TABLE "user"`);
  }
}
