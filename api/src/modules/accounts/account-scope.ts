import type { DataSource, EntityManager } from 'typeorm';
import { badInput } from '../../common/app-error';
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
 * Work handed to someone (a task, a visit's participants, a process step, a plan milestone)
 * goes only to people who may see the account (`trident_may_see_account`, migration
 * MaySeeAccount: the rules above, shared with the background work that addresses people; a
 * departed user may not; BI is left out: it reads, it is given no work). Anyone else is
 * NOT_ON_ACCOUNT_TEAM on `field` (of the first one missing, when the field is per person).
 * One statement for all of them.
 */
export async function requireMaySeeAccount(
  manager: EntityManager,
  accountId: string,
  userIds: readonly string[],
  field: string | ((userId: string) => string),
): Promise<void> {
  const wanted = [...new Set(userIds)];
  if (!wanted.length) return;
  const rows: { id: string }[] = await manager.query(
    `SELECT id FROM unnest($1::uuid[]) AS id WHERE trident_may_see_account(id, $2)`,
    [wanted, accountId],
  );
  const may = new Set(rows.map((row) => row.id));
  const missing = wanted.filter((id) => !may.has(id));
  if (missing.length)
    throw badInput(typeof field === 'string' ? field : field(missing[0]!), 'NOT_ON_ACCOUNT_TEAM', {
      missing,
    });
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
