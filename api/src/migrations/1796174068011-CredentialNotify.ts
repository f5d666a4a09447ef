import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every API process caches who a credential is for a few seconds (CredentialCache); these
 * triggers tell them all to forget when a user's sign-in facts or a token change, by any
 * path (a mutation, the handover, an operator's SQL). Only the columns that matter fire,
 * so a token's last_used_at does not.
 */
export class CredentialNotify1796174068011 implements MigrationInterface {
  name = 'CredentialNotify1796174068011';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION credentials_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('trident_credentials', TG_TABLE_NAME);
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER user_credentials_changed
      AFTER UPDATE OF status, roles, manager_id, password_hash OR DELETE ON "user"
      FOR EACH STATEMENT EXECUTE FUNCTION credentials_changed()`);
    await queryRunner.query(`CREATE TRIGGER api_token_credentials_changed
      AFTER UPDATE OF revoked_at, expires_at, token_hash OR DELETE ON api_token
      FOR EACH STATEMENT EXECUTE FUNCTION credentials_changed()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER api_token_credentials_changed ON api_token`);
    await queryRunner.query(`DROP TRIGGER user_credentials_changed ON "user"`);
    await queryRunner.query(`DROP FUNCTION credentials_changed()`);
  }
}
