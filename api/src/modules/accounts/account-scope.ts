import type { DataSource, EntityManager } from 'typeorm';
import { hasRole, type Viewer } from '../identity/viewer';

/**
 * Which accounts a caller may see (DESIGN.md §1): FINANCE, ADMIN and BI see every
 * account; everyone else sees the accounts whose team they or — for a MANAGER — anyone
 * below them in the reporting line sit on.
 */
export type AccountScope = { kind: 'ALL' } | { kind: 'TEAMS'; userIds: string[] };

export async function resolveAccountScope(db: DataSource, viewer: Viewer): Promise<AccountScope> {
  if (hasRole(viewer, 'FINANCE', 'ADMIN', 'BI')) return { kind: 'ALL' };
  if (!hasRole(viewer, 'MANAGER')) return { kind: 'TEAMS', userIds: [viewer.userId] };
  const rows: { id: string }[] = await db.query(
    `WITH RECURSIVE line(id) AS (
       SELECT $1::uuid
       UNION
       SELECT u.id FROM "user" u JOIN line ON u.manager_id = line.id
     )
     SELECT id FROM line`,
    [viewer.userId],
  );
  return { kind: 'TEAMS', userIds: rows.map((row) => row.id) };
}

/**
 * Whether an active user other than the caller may see the account, by the rules above (BI
 * left out: it reads, it is given no work). For what is handed to someone, such as a task,
 * which its assignee then reads.
 */
export async function userMaySeeAccount(
  manager: EntityManager,
  userId: string,
  accountId: string,
): Promise<boolean> {
  const rows: unknown[] = await manager.query(
    `WITH RECURSIVE who AS (SELECT id, roles FROM "user" WHERE id = $1 AND status = 'ACTIVE'),
       line(id) AS (
         SELECT id FROM who
         UNION
         SELECT u.id FROM "user" u JOIN line ON u.manager_id = line.id
          WHERE EXISTS (SELECT 1 FROM who WHERE 'MANAGER' = ANY (who.roles))
       )
     SELECT 1 FROM who
      WHERE who.roles && ARRAY['FINANCE', 'ADMIN']::text[]
         OR EXISTS (SELECT 1 FROM account_team_member m JOIN line ON line.id = m.user_id
                     WHERE m.account_id = $2)`,
    [userId, accountId],
  );
  return rows.length > 0;
}

/** SQL condition restricting `alias` (an account) to the scope; TRUE for ALL. */
export function accountScopeCondition(
  scope: AccountScope,
  accountIdSql: string,
): { sql: string; params: Record<string, unknown> } {
  if (scope.kind === 'ALL') return { sql: 'TRUE', params: {} };
  return {
    sql: `EXISTS (SELECT 1 FROM account_team_member scope_m
                  WHERE scope_m.account_id = ${accountIdSql}
                    AND scope_m.user_id = ANY(:scopeUserIds::uuid[]))`,
    params: { scopeUserIds: scope.userIds },
  };
}

/** The same condition for a raw query with numbered parameters, starting at `$next`. */
export function rawAccountScopeCondition(
  scope: AccountScope,
  accountIdSql: string,
  next: number,
): { sql: string; values: unknown[] } {
  if (scope.kind === 'ALL') return { sql: 'TRUE', values: [] };
  return {
    sql: `EXISTS (SELECT 1 FROM account_team_member scope_m
                  WHERE scope_m.account_id = ${accountIdSql}
                    AND scope_m.user_id = ANY($${next}::uuid[]))`,
    values: [scope.userIds],
  };
}

/**
 * `v`, a CTE of the one account `$1` names when the caller may see it (the rule of
 * accountById), for a statement that reads an account's rows and says in the same round trip
 * whether the account is visible at all: `EXISTS (SELECT 1 FROM v)`.
 */
export function visibleAccountCte(
  scope: AccountScope,
  /** The number of the scope's parameter, if it has one (the values go there). */
  next: number,
): { sql: string; values: unknown[] } {
  const visible = rawAccountScopeCondition(scope, 'a.id', next);
  return {
    sql: `v AS (SELECT a.id FROM account a WHERE a.id = $1 AND ${visible.sql})`,
    values: visible.values,
  };
}
