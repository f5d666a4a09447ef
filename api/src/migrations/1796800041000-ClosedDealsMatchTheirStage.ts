import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 19: `closed_at` is the open/closed mark the deal lists filter on (with its partial
 * index), so it must say what the stage says. Moves always kept it so; a stage an admin made
 * won or lost (or no longer so) left its deals behind. Those are repaired once here; the
 * stage edit now takes its deals with it.
 */
export class ClosedDealsMatchTheirStage1796800041000 implements MigrationInterface {
  name = 'ClosedDealsMatchTheirStage1796800041000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE opportunity o
          SET closed_at = CASE WHEN s.is_won OR s.is_lost THEN o.stage_entered_at END,
              version = o.version + 1, updated_at = now()
         FROM funnel_stage s
        WHERE s.id = o.stage_id AND (s.is_won OR s.is_lost) = (o.closed_at IS NULL)`,
    );
  }

  public async down(): Promise<void> {
    // A repair: there is nothing to undo.
  }
}
