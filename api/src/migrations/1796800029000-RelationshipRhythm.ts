import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 20, the relationship rhythm: cadences per contact level (decision level and rising
 * stars to start with; the last contact is read through the visit log's account index), and
 * the escalation triggers of issue 20 (a relationship past its cadence, a stuck task unanswered).
 */
export class RelationshipRhythm1796800029000 implements MigrationInterface {
  name = 'RelationshipRhythm1796800029000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "relationship_cadence" ("key" text NOT NULL, "days" integer NOT NULL, "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "relationship_cadence_key_check" CHECK (key IN ('EXECUTIVE', 'DECISION', 'MANAGEMENT', 'OPERATIONAL', 'FRONTLINE', 'RISING_STAR')), CONSTRAINT "relationship_cadence_days_check" CHECK (days BETWEEN 1 AND 730), CONSTRAINT "PK_relationship_cadence" PRIMARY KEY ("key"))`,
    );
    await queryRunner.query(
      `INSERT INTO relationship_cadence (key, days) VALUES ('EXECUTIVE', 90), ('DECISION', 30), ('RISING_STAR', 60)`,
    );
    await replaceCheck(
      queryRunner,
      'escalation_rule',
      'escalation_rule_trigger_check',
      `trigger IN ('TASK_DUE_SOON', 'TASK_OVERDUE', 'APPROVAL_BLOCKED', 'FEEDBACK_UNACKED', 'NEGATIVE_FEEDBACK', 'STAGE_STALLED', 'KEY_CONTACT_LEFT', 'PAYMENT_OVERDUE', 'APPROVAL_LATE', 'RELATIONSHIP_STALE', 'TASK_STUCK')`,
    );
    // Seed 003: the owner hears first, the manager a week later; seed 000: the leader answers a
    // stuck task at once (the service tells the requester and the AR), the manager after a day.
    await queryRunner.query(`INSERT INTO "escalation_rule" ("name", "trigger", "threshold_hours", "levels") VALUES
      ('关系变冷 Relationship cooling', 'RELATIONSHIP_STALE', 0, '[{"target":"OWNER","afterHours":0},{"target":"MANAGER","afterHours":168}]'),
      ('任务受阻未答复 Stuck task unanswered', 'TASK_STUCK', 4, '[{"target":"OWNER","afterHours":0},{"target":"MANAGER","afterHours":20}]')`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DELETE FROM escalation_rule WHERE trigger IN ('RELATIONSHIP_STALE', 'TASK_STUCK')`,
    );
    await replaceCheck(
      queryRunner,
      'escalation_rule',
      'escalation_rule_trigger_check',
      `trigger IN ('TASK_DUE_SOON', 'TASK_OVERDUE', 'APPROVAL_BLOCKED', 'FEEDBACK_UNACKED', 'NEGATIVE_FEEDBACK', 'STAGE_STALLED', 'KEY_CONTACT_LEFT', 'PAYMENT_OVERDUE', 'APPROVAL_LATE')`,
    );
    await queryRunner.query(`DROP TABLE "relationship_cadence"`);
  }
}

async function replaceCheck(queryRunner: QueryRunner, table: string, name: string, check: string) {
  await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "${name}"`);
  await queryRunner.query(`ALTER TABLE "${table}" ADD CONSTRAINT "${name}" CHECK (${check})`);
}
