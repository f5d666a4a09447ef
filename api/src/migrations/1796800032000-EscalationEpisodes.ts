import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 20: an object escalates again when its cause comes back after it went away (a contact
 * cooling again after a visit, a task stuck a second time). One escalation per rule, object
 * and level was unique for ever; now only one may be open at a time (the engine also skips an
 * episode whose escalation was already resolved, by hand or by its cause going away).
 */
export class EscalationEpisodes1796800032000 implements MigrationInterface {
  name = 'EscalationEpisodes1796800032000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "escalation" DROP CONSTRAINT "escalation_rule_object_level_key"`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "escalation_open_key" ON "escalation" ("rule_id", "object_type", "object_id", "level") WHERE status = 'OPEN'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."escalation_open_key"`);
    // Keep the latest of each (rule, object, level) so the old key holds again.
    await queryRunner.query(
      `DELETE FROM escalation e USING escalation later
        WHERE later.rule_id = e.rule_id AND later.object_type = e.object_type
          AND later.object_id = e.object_id AND later.level = e.level
          AND (later.created_at, later.id) > (e.created_at, e.id)`,
    );
    await queryRunner.query(
      `ALTER TABLE "escalation" ADD CONSTRAINT "escalation_rule_object_level_key" UNIQUE ("rule_id", "object_type", "object_id", "level")`,
    );
  }
}
