import {
  Arg,
  Args,
  Ctx,
  FieldResolver,
  ID,
  Info,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { AuthedContext } from '../../graphql/context';
import { fromPlan } from '../../graphql/planner/planned';
import { Connection } from '../../graphql/pagination/connection';
import { PageArgs } from '../../graphql/pagination/page-args';
import { Money } from '../../graphql/scalars/money.type';
import { User } from '../identity/user.entity';
import { AccountTeamMember } from './account-team-member.entity';
import { Account } from './account.entity';
import { PLANNED_ACCOUNT_FIELDS } from './account-plan';
import {
  AccountFilter,
  AccountOrder,
  ClaimAccountInput,
  UpdateAccountInput,
} from './dtos/account.inputs';
import { TeamRoleEnum } from './account.enums';
import type { TeamRole } from '@trident/domain';

export const AccountConnection = Connection(Account);

@Resolver(() => Account)
export class AccountResolver {
  @Query(() => AccountConnection, { description: 'Accounts the caller may see' })
  async accounts(
    @Arg('filter', () => AccountFilter, { nullable: true }) filter: AccountFilter | undefined,
    @Arg('orderBy', () => [AccountOrder], { nullable: true }) orderBy: AccountOrder[] | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: AuthedContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return AccountConnection.from(
      await ctx.services.accounts.list(ctx, filter, orderBy, page, info),
    );
  }

  @Query(() => Account, {
    nullable: true,
    description: 'null when missing or not visible to the caller',
  })
  account(@Arg('id', () => ID) id: string, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.accountById.load(id);
  }

  @Mutation(() => Account, { description: 'Register a customer: the first registration wins' })
  claimAccount(
    @Arg('input', () => ClaimAccountInput) input: ClaimAccountInput,
    @Ctx() ctx: AuthedContext,
  ) {
    return ctx.services.claims.claim(ctx, input);
  }

  @Mutation(() => Account)
  updateAccount(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateAccountInput) input: UpdateAccountInput,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: AuthedContext,
  ) {
    return ctx.services.accounts.update(ctx, id, input, version);
  }

  @FieldResolver(() => Money, {
    nullable: true,
    description: 'Purchase potential per year; hidden from TECHNICAL and DELIVERY',
  })
  potential(@Root() account: Account): Money | null {
    return account.potential?.amount != null ? account.potential : null;
  }

  @FieldResolver(() => Account, {
    nullable: true,
    description: 'null when the parent is outside your scope',
  })
  parent(@Root() account: Account, @Ctx() ctx: AuthedContext) {
    return account.parentId ? ctx.loaders.accountById.load(account.parentId) : null;
  }

  @FieldResolver(() => ID, { nullable: true })
  async parentId(@Root() account: Account, @Ctx() ctx: AuthedContext): Promise<string | null> {
    if (!account.parentId) return null;
    // A branch's group is often another team's account: its id alone would say it exists.
    if ((await ctx.accountScope()).kind === 'ALL') return account.parentId;
    return (await ctx.loaders.accountById.load(account.parentId)) ? account.parentId : null;
  }

  @FieldResolver(() => [Account], { description: 'Child accounts you may see' })
  children(@Root() account: Account, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.childrenByAccountId.load(account.id);
  }

  @FieldResolver(() => [AccountTeamMember], {
    description: 'The iron triangle and helpers on this account',
  })
  team(@Root() account: Account, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.teamByAccountId.load(account.id);
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The AR (account owner)' })
  ownerId(@Root() account: Account, @Ctx() ctx: AuthedContext) {
    return fromPlan(account, PLANNED_ACCOUNT_FIELDS.ownerId, async () => {
      const team = await ctx.loaders.teamByAccountId.load(account.id);
      return team.find((member) => member.teamRole === 'AR')?.userId ?? null;
    });
  }

  @FieldResolver(() => User, { description: 'Who registered the customer first' })
  claimedBy(@Root() account: Account, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.userById.load(account.claimedById);
  }

  @FieldResolver(() => User, { nullable: true, description: 'The AR (account owner)' })
  owner(@Root() account: Account, @Ctx() ctx: AuthedContext) {
    return fromPlan(account, PLANNED_ACCOUNT_FIELDS.owner, async () => {
      const ownerId = await this.ownerId(account, ctx);
      return ownerId ? ctx.loaders.userById.load(ownerId) : null;
    });
  }
}

@Resolver(() => AccountTeamMember)
export class AccountTeamResolver {
  @Mutation(() => AccountTeamMember)
  addTeamMember(
    @Arg('accountId', () => ID) accountId: string,
    @Arg('userId', () => ID) userId: string,
    @Arg('teamRole', () => TeamRoleEnum) teamRole: TeamRole,
    @Ctx() ctx: AuthedContext,
  ) {
    return ctx.services.accountTeams.add(ctx, accountId, userId, teamRole);
  }

  @Mutation(() => ID, { description: 'Returns the removed member id' })
  removeTeamMember(@Arg('id', () => ID) id: string, @Ctx() ctx: AuthedContext) {
    return ctx.services.accountTeams.remove(ctx, id);
  }

  @FieldResolver(() => User)
  async user(@Root() member: AccountTeamMember, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.userById.load(member.userId);
  }
}
