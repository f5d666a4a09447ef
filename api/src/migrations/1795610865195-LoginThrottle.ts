import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LoginThrottle1795610865195 implements MigrationInterface {
  name = 'LoginThrottle1795610865195';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "login_throttle" ("key" text NOT NULL, "window_start" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "failures" integer NOT NULL, CONSTRAINT "PK_14c03bac82292a8310c54cb98d0" PRIMARY KEY ("key"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "login_throttle"`);
  }
}
