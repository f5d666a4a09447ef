import type { EntityManager } from 'typeorm';
import type { Caller } from '../../graphql/caller';
import { lockAccountForWrite } from '../accounts/account-access';
import { hasRole } from '../identity/viewer';

/**
 * Collections writes: FINANCE (the collection managers, seed 003) on any account; everyone
 * else needs a seat on the account team (ADMIN and managers over it always may).
 */
export async function lockForCollections(ctx: Caller, manager: EntityManager, accountId: string) {
  if (hasRole(ctx.viewer, 'FINANCE')) return;
  await lockAccountForWrite(ctx, manager, accountId, 'TEAM');
}
