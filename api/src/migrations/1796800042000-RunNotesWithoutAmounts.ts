import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A deal's amount change re-planned its runs with a note naming both amounts
 * ("amount 1800000.00 CNY → 2600000.00 CNY"), copied into the steps' plan notes and history,
 * which TECHNICAL and DELIVERY read though they may not read money. The note now says only
 * "amount changed"; the notes already written are rewritten the same way here.
 */
const AMOUNTS = `'amount [0-9.]+ [A-Z]{3} → [0-9.]+ [A-Z]{3}'`;

export class RunNotesWithoutAmounts1796800042000 implements MigrationInterface {
  name = 'RunNotesWithoutAmounts1796800042000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const [table, column] of [
      ['process_run_step', 'plan_note'],
      ['process_run_step_change', 'note'],
      ['process_run_plan', 'note'],
    ])
      await queryRunner.query(
        `UPDATE ${table} SET ${column} = regexp_replace(${column}, ${AMOUNTS}, 'amount changed', 'g')
          WHERE ${column} ~ ${AMOUNTS}`,
      );
  }

  public async down(): Promise<void> {
    // The amounts are not kept anywhere they could be restored from: nothing to undo.
  }
}
