import type { EntityManager } from 'typeorm';
import { notFound } from '../../common/app-error';
import { forbidden } from '../../common/app-error';
import type { AuthedContext } from '../../graphql/context';
import { hasRole } from '../identity/viewer';
import { accountScopeCondition } from './account-scope';
import { Account } from './account.entity';

/**
 * Loads an account the caller is about to change, locked for the transaction.
 * An account outside the caller's scope is NOT_FOUND (its existence is not revealed);
 * inside it, ADMIN and MANAGER may change it, SALES only as its AR.
 */
export async function lockEditableAccount(
  ctx: AuthedContext,
  manager: EntityManager,
  accountId: string,
): Promise<Account> {
  const scope = accountScopeCondition(await ctx.accountScope(), 'a.id');
  const account = await manager
    .getRepository(Account)
    .createQueryBuilder('a')
    .setLock('pessimistic_write')
    .where('a.id = :accountId', { accountId })
    .andWhere(scope.sql, scope.params)
    .getOne();
  if (!account) throw notFound('Account', accountId);
  if (hasRole(ctx.viewer, 'ADMIN', 'MANAGER')) return account;
  const rows: unknown[] = await manager.query(
    `SELECT 1 FROM account_team_member WHERE account_id = $1 AND user_id = $2 AND team_role = 'AR'`,
    [accountId, ctx.viewer.userId],
  );
  if (rows.length === 0)
    throw forbidden('Only the account owner (AR), a manager or an admin may change this account');
  return account;
}
