import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Satisfaction surveys (issue 20, seed 004): the surveys ADMIN keeps, the links sent to
 * contacts (only a hash of each token), the public page's request counts per address, and
 * the survey answer on feedback (kind SURVEY, its score 0–10 and the answers as given).
 * Links follow their account's team under row-level security, like feedback; their sender
 * keeps seeing the links they sent.
 */
const FEEDBACK_KINDS_BEFORE = `'NEW_NEED', 'POSITIVE', 'NEGATIVE'`;
const FEEDBACK_KINDS_AFTER = `'NEW_NEED', 'POSITIVE', 'NEGATIVE', 'SURVEY'`;

const INVITATION_VISIBLE = [
  `(SELECT current_setting('trident.scope', true)) = 'ALL'`,
  `account_id IN (SELECT trident_scope_accounts())`,
  `sent_by_id = (SELECT nullif(current_setting('trident.user_id', true), '')::uuid)`,
].join(' OR ');

export class Surveys1796800040000 implements MigrationInterface {
  name = 'Surveys1796800040000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "survey" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title_zh" text NOT NULL, "title_en" text NOT NULL, "intro_zh" text, "intro_en" text, "questions" jsonb NOT NULL, "nps_zh" text NOT NULL, "nps_en" text NOT NULL, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_survey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "survey_invitation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "survey_id" uuid NOT NULL, "account_id" uuid NOT NULL, "contact_id" uuid NOT NULL, "token_hash" text NOT NULL, "expires_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "sent_by_id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "answered_at" TIMESTAMP(3) WITH TIME ZONE, "feedback_id" uuid, CONSTRAINT "PK_survey_invitation" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "survey_invitation_token_hash_key" ON "survey_invitation" ("token_hash")`,
    );
    await queryRunner.query(
      `CREATE INDEX "survey_invitation_account_idx" ON "survey_invitation" ("account_id", "created_at")`,
    );
    await queryRunner.query(
      `ALTER TABLE "survey_invitation" ADD CONSTRAINT "survey_invitation_survey_id_fkey" FOREIGN KEY ("survey_id") REFERENCES "survey"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "survey_invitation" ADD CONSTRAINT "survey_invitation_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "survey_invitation" ADD CONSTRAINT "survey_invitation_contact_id_fkey" FOREIGN KEY ("contact_id") REFERENCES "contact"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "survey_invitation" ADD CONSTRAINT "survey_invitation_sent_by_id_fkey" FOREIGN KEY ("sent_by_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "survey_invitation" ADD CONSTRAINT "survey_invitation_feedback_id_fkey" FOREIGN KEY ("feedback_id") REFERENCES "feedback"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE TABLE "survey_request_usage" ("client" text NOT NULL, "minute" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "requests" integer NOT NULL, CONSTRAINT "PK_survey_request_usage" PRIMARY KEY ("client", "minute"))`,
    );
    // The answer on feedback.
    await queryRunner.query(`ALTER TABLE "feedback" ADD "survey_score" smallint`);
    await queryRunner.query(`ALTER TABLE "feedback" ADD "survey_answers" jsonb`);
    await queryRunner.query(
      `ALTER TABLE "feedback" ADD CONSTRAINT "feedback_survey_score_check" CHECK (survey_score BETWEEN 0 AND 10)`,
    );
    await queryRunner.query(`ALTER TABLE "feedback" DROP CONSTRAINT "feedback_kind_check"`);
    await queryRunner.query(
      `ALTER TABLE "feedback" ADD CONSTRAINT "feedback_kind_check" CHECK (kind IN (${FEEDBACK_KINDS_AFTER}))`,
    );
    // Row-level security for the links, as for feedback (RowLevelSecurityDecided).
    await queryRunner.query(`ALTER TABLE survey_invitation ENABLE ROW LEVEL SECURITY`);
    for (const action of ['select', 'update', 'delete'])
      await queryRunner.query(
        `CREATE POLICY survey_invitation_scope_${action} ON survey_invitation FOR ${action.toUpperCase()} USING (${INVITATION_VISIBLE})`,
      );
    await queryRunner.query(
      `CREATE POLICY survey_invitation_scope_insert ON survey_invitation FOR INSERT WITH CHECK (true)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "feedback" WHERE kind = 'SURVEY'`);
    await queryRunner.query(`ALTER TABLE "feedback" DROP CONSTRAINT "feedback_kind_check"`);
    await queryRunner.query(
      `ALTER TABLE "feedback" ADD CONSTRAINT "feedback_kind_check" CHECK (kind IN (${FEEDBACK_KINDS_BEFORE}))`,
    );
    await queryRunner.query(`ALTER TABLE "feedback" DROP CONSTRAINT "feedback_survey_score_check"`);
    await queryRunner.query(`ALTER TABLE "feedback" DROP COLUMN "survey_answers"`);
    await queryRunner.query(`ALTER TABLE "feedback" DROP COLUMN "survey_score"`);
    await queryRunner.query(`DROP TABLE "survey_request_usage"`);
    await queryRunner.query(`DROP TABLE "survey_invitation"`);
    await queryRunner.query(`DROP TABLE "survey"`);
  }
}
