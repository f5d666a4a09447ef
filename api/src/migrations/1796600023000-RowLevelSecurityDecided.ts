import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Row-level security for the account-scoped tables that had none (issue 23 item 7), written
 * as RowLevelSecurityHashed writes its policies: the caller's settings read once per
 * statement, the caller's accounts as a hashed set. Each rule mirrors its service's scope,
 * widened only where the service lets a person outside the team act on a row:
 *
 * - `feedback`: the account's team; also the AR it was routed to and its reporter (a seat may
 *   have moved since), and those whose line the AR is in (time to acknowledge per AR);
 * - `work_plan`: the account's team;
 * - `process_run`: the account's team;
 * - `resource_request`: the account's team; also its requester, and the managers above the
 *   requester, who decide a request waiting past the cap (resource.service `decide`).
 *
 * Inserts are not checked by policy (as for every table); the services check them.
 */
const ALL = `(SELECT current_setting('trident.scope', true)) = 'ALL'`;
const IN_SCOPE = (column: string) => `${column} IN (SELECT trident_scope_accounts())`;
const isMe = (column: string) =>
  `${column} = (SELECT nullif(current_setting('trident.user_id', true), '')::uuid)`;
const inScopeUsers = (column: string) =>
  `${column} IN (SELECT unnest(coalesce(nullif(current_setting('trident.scope_users', true), ''), '{}')::uuid[]))`;

export const DECIDED_POLICIES: [string, string][] = [
  [
    'feedback',
    `${ALL} OR ${IN_SCOPE('account_id')} OR ${isMe('reporter_id')} OR ${inScopeUsers('routed_to_id')}`,
  ],
  ['work_plan', `${ALL} OR ${IN_SCOPE('account_id')}`],
  ['process_run', `${ALL} OR ${IN_SCOPE('account_id')}`],
  [
    'resource_request',
    `${ALL} OR ${IN_SCOPE('account_id')} OR ${isMe('requester_id')} OR ${inScopeUsers('requester_id')}`,
  ],
];

export class RowLevelSecurityDecided1796600023000 implements MigrationInterface {
  name = 'RowLevelSecurityDecided1796600023000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const [table, visible] of DECIDED_POLICIES) {
      await queryRunner.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      for (const action of ['select', 'update', 'delete'])
        await queryRunner.query(
          `CREATE POLICY ${table}_scope_${action} ON ${table} FOR ${action.toUpperCase()} USING (${visible})`,
        );
      await queryRunner.query(
        `CREATE POLICY ${table}_scope_insert ON ${table} FOR INSERT WITH CHECK (true)`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table] of DECIDED_POLICIES) {
      for (const action of ['select', 'update', 'delete', 'insert'])
        await queryRunner.query(`DROP POLICY ${table}_scope_${action} ON ${table}`);
      await queryRunner.query(`ALTER TABLE ${table} DISABLE ROW LEVEL SECURITY`);
    }
  }
}
