import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { AppError, notFound } from '../../common/app-error';
import { requireUuid } from '../../common/ids';
import type { Caller } from '../../graphql/caller';
import { lockAccountForWrite, type AccountWriteLevel } from '../accounts/account-access';

/**
 * Loads a row that belongs to an account (contact, unit, plan, …) for a write: the row
 * locked, its account checked for the caller's seat at `level`. A row on an account outside the
 * caller's scope is NOT_FOUND, like a row that does not exist.
 */
export async function lockAccountRow<T extends ObjectLiteral & { accountId: string }>(
  ctx: Caller,
  manager: EntityManager,
  entity: EntityTarget<T>,
  name: string,
  id: string,
  field = 'id',
  level: AccountWriteLevel = 'TEAM',
): Promise<T> {
  requireUuid(field, id);
  const row = await manager
    .getRepository(entity)
    .createQueryBuilder('row')
    .setLock('pessimistic_write')
    .where('row.id = :id', { id })
    .getOne();
  if (!row) throw notFound(name, id);
  try {
    await lockAccountForWrite(ctx, manager, row.accountId, level);
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') throw notFound(name, id);
    throw error;
  }
  return row;
}
