import type { EntityManager } from 'typeorm';
import { forbidden, notFound } from '../../common/app-error';
import type { Caller } from '../../graphql/caller';
import { hasRole } from '../identity/viewer';
import { accountScopeCondition } from './account-scope';
import { Account } from './account.entity';

/**
 * Who may change what on an account:
 * - `OWNER`: the account itself, its team and its process templates — the AR;
 * - `TEAM`: team work such as contacts, org units and process runs — anyone on the team.
 * ADMIN and a MANAGER whose line covers the account may always.
 */
export type AccountWriteLevel = 'OWNER' | 'TEAM';

/**
 * Loads an account the caller is about to change (or change something under), locked
 * for the transaction. Outside the caller's scope it is NOT_FOUND (existence is not
 * revealed); inside it, FORBIDDEN unless the caller has the seat the level asks for.
 */
export async function lockAccountForWrite(
  ctx: Caller,
  manager: EntityManager,
  accountId: string,
  level: AccountWriteLevel = 'OWNER',
): Promise<Account> {
  const scope = accountScopeCondition(await ctx.accountScope(), 'a.id');
  const account = await manager
    .getRepository(Account)
    .createQueryBuilder('a')
    .setLock(level === 'OWNER' ? 'pessimistic_write' : 'pessimistic_read')
    .where('a.id = :accountId', { accountId })
    .andWhere(scope.sql, scope.params)
    .getOne();
  if (!account) throw notFound('Account', accountId);
  if (hasRole(ctx.viewer, 'ADMIN', 'MANAGER')) return account;
  const rows: unknown[] = await manager.query(
    `SELECT 1 FROM account_team_member
      WHERE account_id = $1 AND user_id = $2 AND ($3 = 'TEAM' OR team_role = 'AR')`,
    [accountId, ctx.viewer.userId, level],
  );
  if (rows.length === 0) {
    throw forbidden(
      level === 'OWNER'
        ? 'Only the account owner (AR), a manager or an admin may change this'
        : 'Only members of the account team, a manager or an admin may change this',
    );
  }
  return account;
}

/** Whether `userId` holds a seat on the account's team (in `teamRole`, when given). */
export async function holdsSeat(
  manager: EntityManager,
  accountId: string,
  userId: string,
  teamRole?: 'AR',
): Promise<boolean> {
  const rows: unknown[] = await manager.query(
    `SELECT 1 FROM account_team_member
      WHERE account_id = $1 AND user_id = $2 AND ($3::text IS NULL OR team_role = $3)`,
    [accountId, userId, teamRole ?? null],
  );
  return rows.length > 0;
}
