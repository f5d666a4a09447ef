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
} from 'type-graphql';
import type { AuthedContext } from '../../graphql/context';
import { Connection } from '../../graphql/pagination/connection';
import { PageArgs } from '../../graphql/pagination/page-args';
import { DecimalScalar } from '../../graphql/scalars/decimal.scalar';
import { Money, toMoney } from '../../graphql/scalars/money.type';
import { Account } from '../accounts/account.entity';
import { MatrixQuadrantEnum } from '../accounts/account.enums';
import { User } from '../identity/user.entity';
import { AccountPlan, AccountPlanMilestone, ProductTarget } from './account-plan.entity';
import {
  AccountPlanFilter,
  CreateAccountPlanInput,
  SalesTargetFilter,
  SetSalesTargetInput,
  TargetAdjustmentFilter,
  UpdateAccountPlanInput,
} from './dtos/planning.inputs';
import { SalesTarget, TargetAdjustment } from './sales-target.entity';
import type { MatrixQuadrant } from '@trident/domain';
import { PeriodScalar } from '../../graphql/scalars/period.scalar';
import {
  TargetChange,
  CoverageLine,
  PipelineCoverage,
  StageCoverage,
  TargetAttainment,
} from './planning.types';
import { FunnelStage } from '../pipeline/funnel-stage.entity';

export const AccountPlanConnection = Connection(AccountPlan);
export const SalesTargetConnection = Connection(SalesTarget);
export const TargetAdjustmentConnection = Connection(TargetAdjustment);

@Resolver(() => AccountPlan)
export class AccountPlanResolver {
  @Query(() => AccountPlanConnection)
  async accountPlans(
    @Arg('filter', () => AccountPlanFilter, { nullable: true })
    filter: AccountPlanFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: AuthedContext,
  ) {
    return AccountPlanConnection.from(await ctx.services.accountPlans.list(ctx, filter, page));
  }

  @Query(() => AccountPlan, { nullable: true })
  accountPlan(@Arg('id', () => ID) id: string, @Ctx() ctx: AuthedContext) {
    return ctx.services.accountPlans.get(ctx, id);
  }

  @Mutation(() => AccountPlan)
  createAccountPlan(
    @Arg('input', () => CreateAccountPlanInput) input: CreateAccountPlanInput,
    @Ctx() ctx: AuthedContext,
  ) {
    return ctx.services.accountPlans.create(ctx, input);
  }

  @Mutation(() => AccountPlan)
  updateAccountPlan(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateAccountPlanInput) input: UpdateAccountPlanInput,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: AuthedContext,
  ) {
    return ctx.services.accountPlans.update(ctx, id, input, version);
  }

  @Query(() => PipelineCoverage, {
    description: 'Weighted and unweighted pipeline against target, per owner and per account',
  })
  pipelineCoverage(@Arg('period', () => PeriodScalar) period: string, @Ctx() ctx: AuthedContext) {
    return ctx.services.pipelineCoverage.coverage(ctx, period);
  }

  @FieldResolver(() => Account, { nullable: true })
  account(@Root() plan: AccountPlan, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.accountById.load(plan.accountId);
  }

  @FieldResolver(() => MatrixQuadrantEnum, {
    nullable: true,
    description: "The account's quadrant now (seed 002 customer matrix)",
  })
  async quadrant(
    @Root() plan: AccountPlan,
    @Ctx() ctx: AuthedContext,
  ): Promise<MatrixQuadrant | null> {
    return (await ctx.loaders.accountById.load(plan.accountId))?.quadrant ?? null;
  }

  @FieldResolver(() => Money, { nullable: true, description: 'Hidden from TECHNICAL and DELIVERY' })
  target(@Root() plan: AccountPlan) {
    return toMoney(plan.targetAmount, plan.currency);
  }

  @FieldResolver(() => Money, { nullable: true, description: 'Hidden from TECHNICAL and DELIVERY' })
  potential(@Root() plan: AccountPlan) {
    return toMoney(plan.potentialAmount, plan.currency);
  }

  @FieldResolver(() => [ProductTarget], {
    nullable: true,
    description: 'Hidden from TECHNICAL and DELIVERY',
  })
  productTargets(@Root() plan: AccountPlan) {
    return plan.productTargets;
  }

  @FieldResolver(() => [AccountPlanMilestone])
  milestones(@Root() plan: AccountPlan, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.pipeline.milestonesByPlanId.load(plan.id);
  }

  @FieldResolver(() => User, { nullable: true })
  createdBy(@Root() plan: AccountPlan, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.userById.load(plan.createdById);
  }
}

@Resolver(() => AccountPlanMilestone)
export class AccountPlanMilestoneResolver {
  @FieldResolver(() => User, { nullable: true })
  owner(@Root() milestone: AccountPlanMilestone, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.userById.load(milestone.ownerId);
  }

  @FieldResolver(() => DecimalScalar, {
    nullable: true,
    description: 'Hidden from TECHNICAL and DELIVERY',
  })
  floorTarget(@Root() milestone: AccountPlanMilestone) {
    return milestone.floorTarget;
  }
}

@Resolver(() => SalesTarget)
export class SalesTargetResolver {
  @Query(() => SalesTargetConnection)
  async salesTargets(
    @Arg('filter', () => SalesTargetFilter, { nullable: true })
    filter: SalesTargetFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: AuthedContext,
  ) {
    return SalesTargetConnection.from(await ctx.services.salesTargets.list(ctx, filter, page));
  }

  @Query(() => TargetAdjustmentConnection, { description: 'Every target change, newest first' })
  async targetAdjustments(
    @Arg('filter', () => TargetAdjustmentFilter, { nullable: true })
    filter: TargetAdjustmentFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: AuthedContext,
  ) {
    return TargetAdjustmentConnection.from(
      await ctx.services.salesTargets.adjustments(ctx, filter, page),
    );
  }

  @Mutation(() => TargetChange, { description: 'Sets or changes a target; the change is recorded' })
  setSalesTarget(
    @Arg('input', () => SetSalesTargetInput) input: SetSalesTargetInput,
    @Ctx() ctx: AuthedContext,
  ) {
    return ctx.services.salesTargets.set(ctx, input);
  }

  @Mutation(() => TargetChange, {
    description: 'Changes a revenue target with a reason; flags a rise for someone ahead of plan',
  })
  adjustTarget(
    @Arg('userId', () => ID) userId: string,
    @Arg('period', () => PeriodScalar) period: string,
    @Arg('newValue', () => DecimalScalar) newValue: string,
    @Arg('reason') reason: string,
    @Ctx() ctx: AuthedContext,
  ) {
    return ctx.services.salesTargets.adjust(ctx, userId, period, newValue, reason);
  }

  @FieldResolver(() => User, { nullable: true })
  user(@Root() target: SalesTarget, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.userById.load(target.userId);
  }

  @FieldResolver(() => TargetAttainment, {
    description: 'Revenue, new accounts and renewal rate measured against this target',
  })
  attainment(@Root() target: SalesTarget, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.targetAttainment.load(target);
  }

  @FieldResolver(() => [TargetAdjustment])
  adjustments(@Root() target: SalesTarget, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.pipeline.adjustmentsByTargetId.load(target.id);
  }
}

@Resolver(() => TargetAdjustment)
export class TargetAdjustmentResolver {
  @FieldResolver(() => User, { nullable: true })
  user(@Root() row: TargetAdjustment, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.userById.load(row.userId);
  }

  @FieldResolver(() => User, { nullable: true })
  actor(@Root() row: TargetAdjustment, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.userById.load(row.actorId);
  }
}

@Resolver(() => CoverageLine)
export class CoverageLineResolver {
  @FieldResolver(() => User, { nullable: true })
  owner(@Root() line: CoverageLine, @Ctx() ctx: AuthedContext) {
    return line.userId ? ctx.loaders.userById.load(line.userId) : null;
  }

  @FieldResolver(() => Account, { nullable: true })
  account(@Root() line: CoverageLine, @Ctx() ctx: AuthedContext) {
    return line.accountId ? ctx.loaders.accountById.load(line.accountId) : null;
  }
}

@Resolver(() => StageCoverage)
export class StageCoverageResolver {
  @FieldResolver(() => FunnelStage, { nullable: true })
  stage(@Root() row: StageCoverage, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.pipeline.stageById.load(row.stageId);
  }
}
