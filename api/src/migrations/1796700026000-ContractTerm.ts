import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A contract's service term, so recurring revenue and churn can be measured (issue 21). A
 * renewal is recurring by definition; with no term on record it is taken as a year.
 */
export class ContractTerm1796700026000 implements MigrationInterface {
  name = 'ContractTerm1796700026000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "contract" ADD "term_months" smallint`);
    await queryRunner.query(
      `ALTER TABLE "contract" ADD CONSTRAINT "contract_term_months_check" CHECK (term_months BETWEEN 1 AND 120)`,
    );
    await queryRunner.query(`UPDATE "contract" SET "term_months" = 12 WHERE "kind" = 'RENEWAL'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "contract" DROP CONSTRAINT "contract_term_months_check"`);
    await queryRunner.query(`ALTER TABLE "contract" DROP COLUMN "term_months"`);
  }
}
