import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Signing out ends the session on the server: the token's id is kept here until the token
 * would have expired anyway, and every API process refuses it from then on. Inserting NOTIFYs
 * the credential caches (the trigger of CredentialNotify), so no process honours a signed-out
 * token longer than the trip of a NOTIFY.
 */
export class EndedSessions1796800043000 implements MigrationInterface {
  name = 'EndedSessions1796800043000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE ended_session (
      session_id uuid PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES "user"(id) ON DELETE CASCADE,
      ends_at timestamptz NOT NULL,
      ended_at timestamptz NOT NULL DEFAULT now()
    )`);
    await queryRunner.query(
      `CREATE INDEX ended_session_user_idx ON ended_session (user_id, ends_at)`,
    );
    await queryRunner.query(`CREATE TRIGGER ended_session_credentials_changed
      AFTER INSERT ON ended_session
      FOR EACH STATEMENT EXECUTE FUNCTION credentials_changed()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE ended_session`);
  }
}
