import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Our product lines, the rows of the whitespace grid (issue 21). ADMIN fills the list. */
export class ProductLines1796700028000 implements MigrationInterface {
  name = 'ProductLines1796700028000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "product_line" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" text NOT NULL, "name_zh" text NOT NULL, "name_en" text NOT NULL, "position" integer NOT NULL, "active" boolean NOT NULL DEFAULT true, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_product_line" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "product_line_code_key" ON "product_line" ("code")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "product_line"`);
  }
}
