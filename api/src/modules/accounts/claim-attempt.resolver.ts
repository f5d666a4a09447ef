import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { AuthedContext } from '../../graphql/context';
import { Connection } from '../../graphql/pagination/connection';
import { PageArgs } from '../../graphql/pagination/page-args';
import { User } from '../identity/user.entity';
import { Account } from './account.entity';
import { ClaimAttempt } from './claim-attempt.entity';
import { ClaimAttemptFilter } from './dtos/claim-attempt-filter.input';

export const ClaimAttemptConnection = Connection(ClaimAttempt);

@Resolver(() => ClaimAttempt)
export class ClaimAttemptResolver {
  @Query(() => ClaimAttemptConnection, {
    description: 'Losing claims (newest first): on accounts you may see, and your own',
  })
  async claimAttempts(
    @Arg('filter', () => ClaimAttemptFilter, { nullable: true })
    filter: ClaimAttemptFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: AuthedContext,
  ) {
    return ClaimAttemptConnection.from(await ctx.services.claimAttempts.list(ctx, filter, page));
  }

  @FieldResolver(() => Account, { nullable: true, description: 'null when outside your scope' })
  account(@Root() attempt: ClaimAttempt, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.accountById.load(attempt.accountId);
  }

  @FieldResolver(() => User)
  claimer(@Root() attempt: ClaimAttempt, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.userById.load(attempt.claimerId);
  }

  @FieldResolver(() => User)
  winner(@Root() attempt: ClaimAttempt, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.userById.load(attempt.winnerId);
  }
}
