import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Seed 002, step 6: a risk margin per funnel stage. The further a deal is from won, the
 * more of it the funnel still loses, so earlier stages must hold more of what is left to
 * win. The default funnel starts at 5× (0 %), 3× (25 %), 2× (50 %) and 1.5× (75 %).
 */
export class StageRiskMargin1796700027000 implements MigrationInterface {
  name = 'StageRiskMargin1796700027000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "funnel_stage" ADD "risk_margin" numeric(4,2)`);
    await queryRunner.query(
      `ALTER TABLE "funnel_stage" ADD CONSTRAINT "funnel_stage_risk_margin_check" CHECK (risk_margin IS NULL OR (risk_margin BETWEEN 1 AND 20 AND NOT (is_won OR is_lost)))`,
    );
    await queryRunner.query(
      `UPDATE "funnel_stage" s SET "risk_margin" = d.margin
         FROM (VALUES ('PROSPECT', 5), ('CONTACTED', 3), ('NEED_FOUND', 2), ('SOLUTION_MATCHED', 1.5))
              AS d(code, margin)
        WHERE s.code = d.code AND NOT s.is_won AND NOT s.is_lost`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "funnel_stage" DROP CONSTRAINT "funnel_stage_risk_margin_check"`,
    );
    await queryRunner.query(`ALTER TABLE "funnel_stage" DROP COLUMN "risk_margin"`);
  }
}
