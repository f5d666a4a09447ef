import type { DataSource } from 'typeorm';
import { conflict, notFound } from '../../common/app-error';
import { requireUuid } from '../../common/ids';
import { runMutation } from '../../db/mutation';
import type { Caller } from '../../graphql/caller';
import { AccountNameCollision } from './account-name-collision.entity';

/** Accounts a spelling rule found to be one customer, and an admin's ruling on each. */
export class AccountNameCollisionService {
  constructor(private readonly db: DataSource) {}

  list(resolved?: boolean): Promise<AccountNameCollision[]> {
    const query = this.db
      .getRepository(AccountNameCollision)
      .createQueryBuilder('c')
      .orderBy('c.found_at', 'ASC')
      .addOrderBy('c.id', 'ASC');
    if (resolved !== undefined)
      query.where(resolved ? 'c.resolved_at IS NOT NULL' : 'c.resolved_at IS NULL');
    return query.getMany();
  }

  /**
   * Records the ruling (merge by hand, rename one, or keep both as distinct customers).
   * Renaming is done with updateAccount; this closes the case with who decided and why.
   */
  async resolve(ctx: Caller, id: string, resolution: string) {
    requireUuid('id', id);
    return runMutation(ctx, async ({ manager, audit }) => {
      const repository = manager.getRepository(AccountNameCollision);
      const before = await repository
        .createQueryBuilder('c')
        .setLock('pessimistic_write')
        .where('c.id = :id', { id })
        .getOne();
      if (!before) throw notFound('AccountNameCollision', id);
      if (before.resolvedAt) throw conflict('COLLISION_RULED');
      await repository.update(
        { id },
        { resolvedAt: new Date(), resolvedById: ctx.viewer.userId, resolution: resolution.trim() },
      );
      const after = await repository.findOneByOrFail({ id });
      await audit({
        action: 'account.name_collision.resolve',
        entity: 'AccountNameCollision',
        entityId: id,
        before,
        after,
      });
      return after;
    });
  }
}
