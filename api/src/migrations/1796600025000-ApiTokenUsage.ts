import type { MigrationInterface, QueryRunner } from 'typeorm';

/** BI token requests per minute, counted in Postgres (shared by every API process). */
export class ApiTokenUsage1796600025000 implements MigrationInterface {
  name = 'ApiTokenUsage1796600025000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "api_token_usage" ("token_id" uuid NOT NULL, "minute" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "requests" integer NOT NULL, CONSTRAINT "PK_api_token_usage" PRIMARY KEY ("token_id", "minute"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "api_token_usage"`);
  }
}
