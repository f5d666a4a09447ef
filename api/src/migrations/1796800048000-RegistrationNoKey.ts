import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Registration numbers are stored as their key: upper case, without hyphens or spaces, so that
 * "9144-1000…" and "91441000…" are one company. A number already written with separators takes
 * its key, unless another account already holds that key: then both stay as they are, for an
 * admin to merge (they are the same company registered twice, which the key now prevents).
 */
export class RegistrationNoKey1796800048000 implements MigrationInterface {
  name = 'RegistrationNoKey1796800048000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE account a
          SET registration_no = upper(regexp_replace(a.registration_no, '[[:space:]-]+', '', 'g'))
        WHERE a.registration_no ~ '[[:space:]a-z-]'
          AND length(regexp_replace(a.registration_no, '[[:space:]-]+', '', 'g')) >= 5
          AND NOT EXISTS (
            SELECT 1 FROM account b
             WHERE b.id <> a.id
               AND upper(regexp_replace(b.registration_no, '[[:space:]-]+', '', 'g'))
                 = upper(regexp_replace(a.registration_no, '[[:space:]-]+', '', 'g')))`,
    );
  }

  public async down(): Promise<void> {
    // The separators were not kept: nothing to restore.
  }
}
