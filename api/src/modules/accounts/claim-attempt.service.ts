import type { DataSource } from 'typeorm';
import type { Caller } from '../../graphql/caller';
import type { PageArgs } from '../../graphql/pagination/page-args';
import { isoTime, paginate } from '../../graphql/pagination/paginate';
import { accountScopeCondition } from './account-scope';
import { ClaimAttempt } from './claim-attempt.entity';
import type { ClaimAttemptFilter } from './dtos/claim-attempt-filter.input';

/** Dispute evidence: attempts on accounts in the caller's scope, and the caller's own. */
export class ClaimAttemptService {
  constructor(private readonly db: DataSource) {}

  async list(ctx: Caller, filter: ClaimAttemptFilter = {}, page: PageArgs) {
    const scope = accountScopeCondition(await ctx.accountScope(), 'c.account_id');
    const query = this.db
      .getRepository(ClaimAttempt)
      .createQueryBuilder('c')
      .where(`(${scope.sql} OR c.claimer_id = :viewerId)`, {
        ...scope.params,
        viewerId: ctx.viewer.userId,
      });
    if (filter.accountId)
      query.andWhere('c.account_id = :accountId', { accountId: filter.accountId });
    if (filter.claimerId)
      query.andWhere('c.claimer_id = :claimerId', { claimerId: filter.claimerId });
    return paginate(
      query,
      [
        {
          sql: 'c.attempted_at',
          direction: 'DESC',
          value: (c) => isoTime(c.attemptedAt),
          cast: 'timestamptz',
        },
      ],
      page,
    );
  }
}
