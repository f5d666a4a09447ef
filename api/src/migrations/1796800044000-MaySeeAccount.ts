import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who may see an account, as one rule the writes and the background work share: an active
 * user who sits on its team, a manager with someone of their line on it, finance or an admin.
 * Work is addressed to a named colleague only while this holds (a run step's owner who has
 * left the team no longer gets its tasks and escalations: the team role, then the AR, do).
 */
export class MaySeeAccount1796800044000 implements MigrationInterface {
  name = 'MaySeeAccount1796800044000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION trident_may_see_account(who uuid, account uuid)
      RETURNS boolean LANGUAGE sql STABLE AS $fn$
      WITH RECURSIVE person AS (
        SELECT id, roles FROM "user" WHERE id = who AND status = 'ACTIVE'
      ),
      line(id) AS (
        SELECT id FROM person
        UNION
        SELECT u.id FROM "user" u JOIN line ON u.manager_id = line.id
         WHERE EXISTS (SELECT 1 FROM person WHERE 'MANAGER' = ANY (person.roles))
      )
      SELECT EXISTS (SELECT 1 FROM person WHERE person.roles && ARRAY['FINANCE', 'ADMIN']::text[])
          OR EXISTS (SELECT 1 FROM account_team_member m JOIN line ON line.id = m.user_id
                      WHERE m.account_id = account)
      $fn$`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION trident_may_see_account(uuid, uuid)`);
  }
}
