import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The row-security policies read the caller's settings once per statement instead of once
 * per row: `(SELECT current_setting(…))` is an uncorrelated subquery, which Postgres runs
 * once as an InitPlan, where a bare `current_setting(…)` is evaluated for every row — a few
 * seconds on a million-row BI extract. The caller's id is compared as a uuid, so an index
 * on the column can serve it. Same rules as RowLevelSecurity1796174068012.
 */
interface Settings {
  all: string;
  isMe: (column: string) => string;
}

const ONCE: Settings = {
  all: `(SELECT current_setting('trident.scope', true)) = 'ALL'`,
  isMe: (column) =>
    `${column} = (SELECT nullif(current_setting('trident.user_id', true), '')::uuid)`,
};

const PER_ROW: Settings = {
  all: `current_setting('trident.scope', true) = 'ALL'`,
  isMe: (column) => `${column}::text = current_setting('trident.user_id', true)`,
};

function visibility({ all, isMe }: Settings): [string, string][] {
  const byAccount = (column: string, extra?: string) =>
    `${all} OR trident_sees_account(${column})${extra ? ` OR ${extra}` : ''}`;
  return [
    ['account', byAccount('id', isMe('claimed_by_id'))],
    ['account_team_member', byAccount('account_id', isMe('user_id'))],
    ...['org_unit', 'contact', 'influence', 'lead', 'opportunity', 'activity'].map(
      (table): [string, string] => [table, byAccount('account_id')],
    ),
    ...['account_plan', 'contract', 'payment_milestone', 'renewal'].map(
      (table): [string, string] => [table, byAccount('account_id')],
    ),
    ['task', byAccount('account_id', `${isMe('assignee_id')} OR ${isMe('requester_id')}`)],
    ['stage_change', `${all} OR EXISTS (SELECT 1 FROM opportunity p WHERE p.id = opportunity_id)`],
    ['payment', `${all} OR EXISTS (SELECT 1 FROM payment_milestone p WHERE p.id = milestone_id)`],
  ];
}

async function alterPolicies(queryRunner: QueryRunner, settings: Settings): Promise<void> {
  for (const [table, visible] of visibility(settings)) {
    for (const action of ['select', 'update', 'delete']) {
      await queryRunner.query(
        `ALTER POLICY ${table}_scope_${action} ON ${table} USING (${visible})`,
      );
    }
  }
}

export class RowLevelSecurityOnce1796174068013 implements MigrationInterface {
  name = 'RowLevelSecurityOnce1796174068013';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await alterPolicies(queryRunner, ONCE);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await alterPolicies(queryRunner, PER_ROW);
  }
}
