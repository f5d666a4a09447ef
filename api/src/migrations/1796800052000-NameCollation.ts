import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The lists a name orders, each with an index in that order (keyset pages stay index scans). */
const SORTED = [
  ['account', 'account_name_sort_idx'],
  ['"user"', 'user_name_sort_idx'],
  ['contact', 'contact_name_sort_idx'],
  ['opportunity', 'opportunity_name_sort_idx'],
] as const;

/**
 * Names order as Chinese readers look them up, by pinyin (李博, 刘洋, 孙娜, 王伟, 张三, 周超), not by
 * code point (刘, 孙, 张, 李…): the database's own order is C. ICU's Chinese collation where the
 * server has ICU (the embedded Postgres has); where it has not, the same name for the code-point
 * order, so the application's SQL is one.
 */
export class NameCollation1796800052000 implements MigrationInterface {
  name = 'NameCollation1796800052000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DO $$
      BEGIN
        CREATE COLLATION trident_names (provider = icu, locale = 'zh');
      EXCEPTION WHEN others THEN
        CREATE COLLATION trident_names FROM "C";
      END $$`);
    for (const [table, index] of SORTED)
      await queryRunner.query(
        `CREATE INDEX ${index} ON ${table} ((name COLLATE trident_names), id)`,
      );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const [, index] of SORTED) await queryRunner.query(`DROP INDEX ${index}`);
    await queryRunner.query(`DROP COLLATION trident_names`);
  }
}
