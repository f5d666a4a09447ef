import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AuthedContext } from '../../graphql/context';
import { User } from '../identity/user.entity';
import { Account } from './account.entity';
import { AccountNameCollision } from './account-name-collision.entity';
import { ResolveNameCollisionArgs } from './dtos/resolve-name-collision.args';

@Resolver(() => AccountNameCollision)
export class AccountNameCollisionResolver {
  @Query(() => [AccountNameCollision], {
    description: 'Accounts whose names now read as one customer (ADMIN): oldest first',
  })
  accountNameCollisions(
    @Arg('resolved', () => Boolean, { nullable: true }) resolved: boolean | undefined,
    @Ctx() ctx: AuthedContext,
  ) {
    return ctx.services.accountNameCollisions.list(resolved ?? undefined);
  }

  @Mutation(() => AccountNameCollision, { description: 'Records the ruling on a collision' })
  resolveAccountNameCollision(
    @Args(() => ResolveNameCollisionArgs) { id, resolution }: ResolveNameCollisionArgs,
    @Ctx() ctx: AuthedContext,
  ) {
    return ctx.services.accountNameCollisions.resolve(ctx, id, resolution);
  }

  @FieldResolver(() => Account, { nullable: true })
  account(@Root() collision: AccountNameCollision, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.accountById.load(collision.accountId);
  }

  @FieldResolver(() => Account, { nullable: true })
  otherAccount(@Root() collision: AccountNameCollision, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.accountById.load(collision.otherAccountId);
  }

  @FieldResolver(() => User, { nullable: true })
  resolvedBy(@Root() collision: AccountNameCollision, @Ctx() ctx: AuthedContext) {
    return collision.resolvedById ? ctx.loaders.userById.load(collision.resolvedById) : null;
  }
}
