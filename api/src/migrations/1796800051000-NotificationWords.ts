import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A notification keeps what it says as a key and its facts (`NotificationText` in the domain
 * package), so each reader gets it in their language; `title` and `body` stay the English
 * words, for rows written before and for clients that ask no language.
 */
export class NotificationWords1796800051000 implements MigrationInterface {
  name = 'NotificationWords1796800051000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE notification ADD COLUMN words jsonb`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE notification DROP COLUMN words`);
  }
}
