import type { MigrationInterface, QueryRunner } from 'typeorm';

/** PAYMENT_OVERDUE and milestones join the escalation engine (check lists changed). */
export class PaymentOverdue1795607900000 implements MigrationInterface {
  name = 'PaymentOverdue1795607900000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "escalation_rule" DROP CONSTRAINT "escalation_rule_trigger_check"`,
    );
    await queryRunner.query(
      `ALTER TABLE "escalation_rule" ADD CONSTRAINT "escalation_rule_trigger_check" CHECK (trigger IN ('TASK_DUE_SOON', 'TASK_OVERDUE', 'APPROVAL_BLOCKED', 'FEEDBACK_UNACKED', 'NEGATIVE_FEEDBACK', 'STAGE_STALLED', 'KEY_CONTACT_LEFT', 'PAYMENT_OVERDUE'))`,
    );
    await queryRunner.query(`ALTER TABLE "escalation" DROP CONSTRAINT "escalation_object_check"`);
    await queryRunner.query(
      `ALTER TABLE "escalation" ADD CONSTRAINT "escalation_object_check" CHECK (object_type IN ('TASK', 'RUN_STEP', 'FEEDBACK', 'OPPORTUNITY', 'CONTACT', 'MILESTONE'))`,
    );
    // Seed 003: the collection manager, then the AR's relationship with the finance head, then the manager.
    await queryRunner.query(`INSERT INTO "escalation_rule" ("name", "trigger", "threshold_hours", "levels") VALUES
      ('回款逾期 Payment overdue', 'PAYMENT_OVERDUE', 0, '[{"target":"OWNER","afterHours":0},{"target":"AR","afterHours":72},{"target":"MANAGER","afterHours":168}]')`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "escalation" WHERE object_type = 'MILESTONE'`);
    await queryRunner.query(`DELETE FROM "escalation_rule" WHERE trigger = 'PAYMENT_OVERDUE'`);
    await queryRunner.query(`ALTER TABLE "escalation" DROP CONSTRAINT "escalation_object_check"`);
    await queryRunner.query(
      `ALTER TABLE "escalation" ADD CONSTRAINT "escalation_object_check" CHECK (object_type IN ('TASK', 'RUN_STEP', 'FEEDBACK', 'OPPORTUNITY', 'CONTACT'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "escalation_rule" DROP CONSTRAINT "escalation_rule_trigger_check"`,
    );
    await queryRunner.query(
      `ALTER TABLE "escalation_rule" ADD CONSTRAINT "escalation_rule_trigger_check" CHECK (trigger IN ('TASK_DUE_SOON', 'TASK_OVERDUE', 'APPROVAL_BLOCKED', 'FEEDBACK_UNACKED', 'NEGATIVE_FEEDBACK', 'STAGE_STALLED', 'KEY_CONTACT_LEFT'))`,
    );
  }
}
