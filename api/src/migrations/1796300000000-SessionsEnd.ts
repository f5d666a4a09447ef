import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sessions that end when they should: every JWT carries the credential version it was
 * signed at, and a change of password, roles or status bumps the version (a trigger, so an
 * operator's SQL counts too), which ends every earlier token at once. The existing NOTIFY
 * trigger tells every API process to forget its cached credentials.
 */
export class SessionsEnd1796300000000 implements MigrationInterface {
  name = 'SessionsEnd1796300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "user" ADD "credential_version" integer NOT NULL DEFAULT 1`,
    );
    await queryRunner.query(`CREATE FUNCTION user_credential_version() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.password_hash IS DISTINCT FROM OLD.password_hash
           OR NEW.roles IS DISTINCT FROM OLD.roles
           OR NEW.status IS DISTINCT FROM OLD.status THEN
          NEW.credential_version := OLD.credential_version + 1;
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER user_credential_version
      BEFORE UPDATE OF password_hash, roles, status ON "user"
      FOR EACH ROW EXECUTE FUNCTION user_credential_version()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER user_credential_version ON "user"`);
    await queryRunner.query(`DROP FUNCTION user_credential_version()`);
    await queryRunner.query(`ALTER TABLE "user" DROP COLUMN "credential_version"`);
  }
}
