import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 24: a Decimal is written one way ("2000000.00"). Numeric columns always were; the
 * per-product targets of account plans live in JSON and kept the amount as typed
 * ("2000000"). Rewrites them in the canonical form; nothing to undo (the value is the same).
 */
export class CanonicalDecimals1796500024000 implements MigrationInterface {
  name = 'CanonicalDecimals1796500024000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE account_plan p
          SET product_targets = (
                SELECT jsonb_agg(
                         CASE WHEN jsonb_typeof(t -> 'amount') IN ('string', 'number')
                                   AND (t ->> 'amount') ~ '^-?\\d+(\\.\\d+)?$'
                              THEN jsonb_set(t, '{amount}', to_jsonb(round((t ->> 'amount')::numeric, 2)::text))
                              ELSE t END
                         ORDER BY e.i)
                  FROM jsonb_array_elements(p.product_targets) WITH ORDINALITY AS e(t, i))
        WHERE jsonb_typeof(p.product_targets) = 'array' AND jsonb_array_length(p.product_targets) > 0`,
    );
  }

  public async down(): Promise<void> {
    // The amounts keep their value; the typed form is not worth restoring.
  }
}
