import type { EntityManager } from 'typeorm';
import { AppError, forbidden, notFound } from '../../common/app-error';
import { requireUuid } from '../../common/ids';
import type { Caller } from '../../graphql/caller';
import { lockAccountForWrite } from '../accounts/account-access';
import { hasRole } from '../identity/viewer';
import { Opportunity } from './opportunity.entity';

/**
 * Loads a deal its caller is about to change, locked for the transaction. Outside the
 * caller's account scope it is NOT_FOUND; inside, only the deal's owner, the account's
 * AR, a manager over the account or an admin may change it (seed 000: the AR is the hub).
 */
export async function lockOpportunityForWrite(
  ctx: Caller,
  manager: EntityManager,
  id: string,
  field = 'id',
): Promise<Opportunity> {
  requireUuid(field, id);
  const deal = await manager
    .getRepository(Opportunity)
    .createQueryBuilder('o')
    .setLock('pessimistic_write')
    .where('o.id = :id', { id })
    .getOne();
  if (!deal) throw notFound('Opportunity', id);
  try {
    await lockAccountForWrite(ctx, manager, deal.accountId, 'TEAM');
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') throw notFound('Opportunity', id);
    throw error;
  }
  await assertDealWriter(ctx, manager, deal);
  return deal;
}

export async function assertDealWriter(
  ctx: Caller,
  manager: EntityManager,
  deal: Pick<Opportunity, 'ownerId' | 'accountId'>,
): Promise<void> {
  if (hasRole(ctx.viewer, 'ADMIN', 'MANAGER')) return;
  if (deal.ownerId === ctx.viewer.userId) return;
  const rows: unknown[] = await manager.query(
    `SELECT 1 FROM account_team_member
      WHERE account_id = $1 AND user_id = $2 AND team_role = 'AR'`,
    [deal.accountId, ctx.viewer.userId],
  );
  if (rows.length === 0) {
    throw forbidden("Only the deal's owner, the account's AR, a manager or an admin may change it");
  }
}
