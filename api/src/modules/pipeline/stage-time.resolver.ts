import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { AuthedContext } from '../../graphql/context';
import { PeriodScalar } from '../../graphql/scalars/period.scalar';
import { User } from '../identity/user.entity';
import { FunnelStage } from './funnel-stage.entity';
import { StageTimeGroupEnum, type StageTimeGroup } from './pipeline.enums';
import { DealVelocity, StageStint, StageTime } from './stage-time.types';

@Resolver(() => StageTime)
export class StageTimeResolver {
  @Query(() => [StageTime], {
    description:
      'Days deals spend per stage, from stage history: stints ended in the period (median, p90) and open deals waiting now',
  })
  timeInStage(
    @Arg('period', () => PeriodScalar) period: string,
    @Arg('groupBy', () => StageTimeGroupEnum, { nullable: true, description: 'Default NONE' })
    groupBy: StageTimeGroup | undefined,
    @Ctx() ctx: AuthedContext,
  ) {
    return ctx.services.stageTime.timeInStage(ctx, period, groupBy ?? 'NONE');
  }

  @FieldResolver(() => FunnelStage, { nullable: true })
  stage(@Root() row: StageTime, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.pipeline.stageById.load(row.stageId);
  }

  @FieldResolver(() => User, { nullable: true, description: 'With groupBy OWNER' })
  owner(@Root() row: StageTime, @Ctx() ctx: AuthedContext) {
    return row.ownerId ? ctx.loaders.userById.load(row.ownerId) : null;
  }
}

@Resolver(() => DealVelocity)
export class DealVelocityResolver {
  @Query(() => [DealVelocity], {
    description: 'Sales velocity per owner, team or overall: deals closed in the period, open now',
  })
  dealVelocity(
    @Arg('period', () => PeriodScalar) period: string,
    @Arg('groupBy', () => StageTimeGroupEnum, { nullable: true, description: 'Default NONE' })
    groupBy: StageTimeGroup | undefined,
    @Arg('currency', () => String, { nullable: true, description: 'Default CNY' })
    currency: string | undefined,
    @Ctx() ctx: AuthedContext,
  ) {
    return ctx.services.stageTime.velocity(ctx, period, groupBy ?? 'NONE', currency ?? 'CNY');
  }

  @FieldResolver(() => User, { nullable: true, description: 'With groupBy OWNER' })
  owner(@Root() row: DealVelocity, @Ctx() ctx: AuthedContext) {
    return row.ownerId ? ctx.loaders.userById.load(row.ownerId) : null;
  }
}

@Resolver(() => StageStint)
export class StageStintResolver {
  @FieldResolver(() => FunnelStage, { nullable: true })
  stage(@Root() row: StageStint, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.pipeline.stageById.load(row.stageId);
  }
}
