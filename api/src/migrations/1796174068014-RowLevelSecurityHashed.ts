import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The caller's accounts are worked out once per statement, not once per row: the policies
 * test `account_id IN (SELECT trident_scope_accounts())`, an uncorrelated subquery Postgres
 * runs once and probes as a hash table, where `trident_sees_account(account_id)` ran a
 * security-definer function (and its team lookup) for every row read — a salesperson's
 * dashboard read a few thousand rows and paid for each. Same rules as before.
 */
const ALL = `(SELECT current_setting('trident.scope', true)) = 'ALL'`;
const isMe = (column: string) =>
  `${column} = (SELECT nullif(current_setting('trident.user_id', true), '')::uuid)`;

type Check = (column: string) => string;
const HASHED: Check = (column) => `${column} IN (SELECT trident_scope_accounts())`;
const PER_ROW: Check = (column) => `trident_sees_account(${column})`;

function visibility(inScope: Check): [string, string][] {
  const byAccount = (column: string, extra?: string) =>
    `${ALL} OR ${inScope(column)}${extra ? ` OR ${extra}` : ''}`;
  return [
    ['account', byAccount('id', isMe('claimed_by_id'))],
    ['account_team_member', byAccount('account_id', isMe('user_id'))],
    ...[
      'org_unit',
      'contact',
      'influence',
      'lead',
      'opportunity',
      'activity',
      'account_plan',
      'contract',
      'payment_milestone',
      'renewal',
    ].map((table): [string, string] => [table, byAccount('account_id')]),
    ['task', byAccount('account_id', `${isMe('assignee_id')} OR ${isMe('requester_id')}`)],
  ];
}

async function alterPolicies(queryRunner: QueryRunner, inScope: Check): Promise<void> {
  for (const [table, visible] of visibility(inScope)) {
    for (const action of ['select', 'update', 'delete']) {
      await queryRunner.query(
        `ALTER POLICY ${table}_scope_${action} ON ${table} USING (${visible})`,
      );
    }
  }
}

export class RowLevelSecurityHashed1796174068014 implements MigrationInterface {
  name = 'RowLevelSecurityHashed1796174068014';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // SECURITY DEFINER: it reads the team table as its owner, past that table's own policy.
    await queryRunner.query(`CREATE FUNCTION trident_scope_accounts() RETURNS SETOF uuid
      LANGUAGE sql STABLE SECURITY DEFINER AS $$
        SELECT DISTINCT m.account_id FROM public.account_team_member m
         WHERE m.user_id = ANY (
           coalesce(nullif(current_setting('trident.scope_users', true), ''), '{}')::uuid[])
      $$`);
    await queryRunner.query(`REVOKE ALL ON FUNCTION trident_scope_accounts() FROM PUBLIC`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION trident_scope_accounts() TO trident_app`);
    await alterPolicies(queryRunner, HASHED);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await alterPolicies(queryRunner, PER_ROW);
    await queryRunner.query(`DROP FUNCTION trident_scope_accounts()`);
  }
}
