import type { MigrationInterface, QueryRunner } from 'typeorm';
// The rule as it stands when this runs; a later change of the rule brings its own migration.
import { normalizeAccountName } from '../modules/accounts/normalize-account-name';

/**
 * One spelling of a customer: account names are compared without invisible characters
 * (format and default-ignorable code points). Every key is recomputed; where two accounts
 * now share a key, the earlier keeps it, the later keeps its old one, and the pair is
 * recorded for an admin to rule on (accountNameCollisions).
 */

export class AccountNameCollisions1796300000001 implements MigrationInterface {
  name = 'AccountNameCollisions1796300000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "account_name_collision" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "account_id" uuid NOT NULL, "other_account_id" uuid NOT NULL, "normalized_name" text NOT NULL, "found_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "resolved_at" TIMESTAMP(3) WITH TIME ZONE, "resolved_by_id" uuid, "resolution" text, CONSTRAINT "PK_ecdf151b0741d0c5227cc9b1b54" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "account_name_collision_pair_key" ON "account_name_collision"  ("account_id", "other_account_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "account_name_collision" ADD CONSTRAINT "account_name_collision_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "account_name_collision" ADD CONSTRAINT "account_name_collision_other_account_id_fkey" FOREIGN KEY ("other_account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "account_name_collision" ADD CONSTRAINT "account_name_collision_resolved_by_id_fkey" FOREIGN KEY ("resolved_by_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await renormalize(queryRunner);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "account_name_collision" DROP CONSTRAINT "account_name_collision_resolved_by_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "account_name_collision" DROP CONSTRAINT "account_name_collision_other_account_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "account_name_collision" DROP CONSTRAINT "account_name_collision_account_id_fkey"`,
    );
    await queryRunner.query(`DROP INDEX "public"."account_name_collision_pair_key"`);
    await queryRunner.query(`DROP TABLE "account_name_collision"`);
  }
}

async function renormalize(queryRunner: QueryRunner) {
  const accounts: { id: string; name: string; normalized_name: string }[] = await queryRunner.query(
    'SELECT id, name, normalized_name FROM account ORDER BY created_at, id',
  );
  const holder = new Map(accounts.map((a) => [a.normalized_name, a.id]));
  for (const account of accounts) {
    const key = normalizeAccountName(account.name);
    if (!key || key === account.normalized_name) continue;
    const other = holder.get(key);
    if (other && other !== account.id) {
      await queryRunner.query(
        `INSERT INTO account_name_collision (account_id, other_account_id, normalized_name)
         VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
        [account.id, other, key],
      );
      continue;
    }
    holder.delete(account.normalized_name);
    holder.set(key, account.id);
    await queryRunner.query('UPDATE account SET normalized_name = $1 WHERE id = $2', [
      key,
      account.id,
    ]);
  }
}
