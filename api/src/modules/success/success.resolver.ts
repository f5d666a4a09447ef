import {
  REVENUE_GRANULARITIES,
  REVENUE_GROUPS,
  type RevenueGranularity,
  type RevenueGroup,
} from '@trident/domain';
import {
  Arg,
  Args,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
  registerEnumType,
} from 'type-graphql';
import type { AuthedContext } from '../../graphql/context';
import { enumOf } from '../../graphql/enum-of';
import { Connection } from '../../graphql/pagination/connection';
import { PageArgs } from '../../graphql/pagination/page-args';
import { Money } from '../../graphql/scalars/money.type';
import { Account } from '../accounts/account.entity';
import { Contract } from '../collections/contract.entity';
import { Opportunity } from '../pipeline/opportunity.entity';
import { User } from '../identity/user.entity';
import { CreateRenewalInput, RenewalFilter, UpdateRenewalInput } from './dtos/success.inputs';
import { Renewal } from './renewal.entity';
import { PeriodScalar } from '../../graphql/scalars/period.scalar';
import { RevenueRow } from './success.types';

export const RenewalConnection = Connection(Renewal);
const RevenueGranularityEnum = enumOf(REVENUE_GRANULARITIES);
const RevenueGroupEnum = enumOf(REVENUE_GROUPS);
registerEnumType(RevenueGranularityEnum, { name: 'RevenueGranularity' });
registerEnumType(RevenueGroupEnum, { name: 'RevenueGroup' });

@Resolver(() => Renewal)
export class RenewalResolver {
  @Query(() => RenewalConnection, {
    description:
      'Renewals in your scope, soonest first; with dueWithinDays, the open ones due soon',
  })
  async renewals(
    @Arg('filter', () => RenewalFilter, { nullable: true }) filter: RenewalFilter | undefined,
    @Arg('accountId', () => ID, {
      nullable: true,
      description: 'As filter.accountId (kept for earlier callers; the filter wins)',
    })
    accountId: string | undefined,
    @Arg('dueWithinDays', () => Int, {
      nullable: true,
      description: 'As filter.dueWithinDays (kept for earlier callers; the filter wins)',
    })
    dueWithinDays: number | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: AuthedContext,
  ) {
    return RenewalConnection.from(
      await ctx.services.renewals.list(
        ctx,
        {
          ...filter,
          accountId: filter?.accountId ?? accountId ?? undefined,
          dueWithinDays: filter?.dueWithinDays ?? dueWithinDays ?? undefined,
        },
        page,
      ),
    );
  }

  @Query(() => [RevenueRow], {
    description: 'Recurring, new, expansion, churned and cumulative revenue',
  })
  revenueSummary(
    @Arg('from', () => PeriodScalar, { description: 'First period' }) from: string,
    @Arg('to', () => PeriodScalar, { description: 'Last period (included)' }) to: string,
    @Arg('granularity', () => RevenueGranularityEnum, {
      nullable: true,
      description: 'Default QUARTER',
    })
    granularity: RevenueGranularity | undefined,
    @Arg('groupBy', () => RevenueGroupEnum, { nullable: true, description: 'Default NONE' })
    groupBy: RevenueGroup | undefined,
    @Arg('currency', () => String, { nullable: true, description: 'Default CNY' })
    currency: string | undefined,
    @Ctx() ctx: AuthedContext,
  ) {
    return ctx.services.revenue.summary(
      ctx,
      from,
      to,
      granularity ?? 'QUARTER',
      groupBy ?? 'NONE',
      currency ?? 'CNY',
    );
  }

  @Mutation(() => Renewal)
  createRenewal(
    @Arg('input', () => CreateRenewalInput) input: CreateRenewalInput,
    @Ctx() ctx: AuthedContext,
  ) {
    return ctx.services.renewals.create(ctx, input);
  }

  @Mutation(() => Renewal)
  updateRenewal(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateRenewalInput) input: UpdateRenewalInput,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: AuthedContext,
  ) {
    return ctx.services.renewals.update(ctx, id, input, version);
  }

  @FieldResolver(() => Money, { nullable: true, description: 'Hidden from TECHNICAL and DELIVERY' })
  amount(@Root() renewal: Renewal) {
    return Object.assign(new Money(), { amount: renewal.amount, currency: renewal.currency });
  }

  @FieldResolver(() => Account, { nullable: true })
  account(@Root() renewal: Renewal, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.accountById.load(renewal.accountId);
  }

  /** The contract it renews: of the renewal's own account, which the caller already sees. */
  @FieldResolver(() => Contract, { nullable: true })
  contract(@Root() renewal: Renewal, @Ctx() ctx: AuthedContext) {
    return renewal.contractId
      ? ctx.loaders.collections.contractById.load(renewal.contractId)
      : null;
  }

  @FieldResolver(() => Opportunity, { nullable: true })
  opportunity(@Root() renewal: Renewal, @Ctx() ctx: AuthedContext) {
    return renewal.opportunityId
      ? ctx.loaders.pipeline.opportunityById.load(renewal.opportunityId)
      : null;
  }
}

@Resolver(() => RevenueRow)
export class RevenueRowResolver {
  @FieldResolver(() => Account, { nullable: true })
  account(@Root() row: RevenueRow, @Ctx() ctx: AuthedContext) {
    return row.accountId ? ctx.loaders.accountById.load(row.accountId) : null;
  }

  @FieldResolver(() => User, { nullable: true })
  owner(@Root() row: RevenueRow, @Ctx() ctx: AuthedContext) {
    return row.ownerId ? ctx.loaders.userById.load(row.ownerId) : null;
  }
}
