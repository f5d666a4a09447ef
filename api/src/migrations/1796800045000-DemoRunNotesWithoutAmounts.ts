import type { MigrationInterface, QueryRunner } from 'typeorm';
import { RunNotesWithoutAmounts1796800042000 } from './1796800042000-RunNotesWithoutAmounts';

/**
 * The demo data was seeded after RunNotesWithoutAmounts with a note naming both amounts of
 * its grown deal, so every demo database made since still showed them to TECHNICAL and
 * DELIVERY. The seed now writes "amount changed"; the notes it wrote are rewritten the same way.
 */
export class DemoRunNotesWithoutAmounts1796800045000 implements MigrationInterface {
  name = 'DemoRunNotesWithoutAmounts1796800045000';

  public up(queryRunner: QueryRunner): Promise<void> {
    return new RunNotesWithoutAmounts1796800042000().up(queryRunner);
  }

  public async down(): Promise<void> {
    // The amounts are not kept anywhere they could be restored from: nothing to undo.
  }
}
