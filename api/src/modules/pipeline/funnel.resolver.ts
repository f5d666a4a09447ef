import { FUNNEL_WEAKNESS_READING } from '@trident/domain';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AuthedContext } from '../../graphql/context';
import { User } from '../identity/user.entity';
import { FunnelFilter, FunnelStageInput } from './dtos/funnel.inputs';
import { FunnelStage } from './funnel-stage.entity';
import { PeriodScalar } from '../../graphql/scalars/period.scalar';
import { FunnelStageStat, Funnel, DiagnosisStep, OwnerDiagnosis } from './pipeline.types';

@Resolver(() => FunnelStage)
export class FunnelStageResolver {
  @Query(() => [FunnelStage], { description: 'The funnel stages in order' })
  funnelStages(@Ctx() ctx: AuthedContext) {
    return ctx.services.funnelStages.list();
  }

  @Mutation(() => FunnelStage)
  createFunnelStage(
    @Arg('input', () => FunnelStageInput) input: FunnelStageInput,
    @Ctx() ctx: AuthedContext,
  ) {
    return ctx.services.funnelStages.create(ctx, input);
  }

  @Mutation(() => FunnelStage)
  updateFunnelStage(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => FunnelStageInput) input: FunnelStageInput,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: AuthedContext,
  ) {
    return ctx.services.funnelStages.update(ctx, id, input, version);
  }
}

@Resolver(() => Funnel)
export class FunnelResolver {
  @Query(() => Funnel, { description: 'Per stage: deals reached, amounts, conversion (SQL)' })
  funnel(
    @Arg('filter', () => FunnelFilter, { nullable: true }) filter: FunnelFilter | undefined,
    @Ctx() ctx: AuthedContext,
  ) {
    return ctx.services.funnel.funnel(ctx, filter);
  }

  @Query(() => [OwnerDiagnosis], { description: 'Each owner’s weak funnel step, if any' })
  funnelDiagnosis(
    @Arg('period', () => PeriodScalar, { nullable: true, description: 'Deals created in it' })
    period: string | undefined,
    @Ctx() ctx: AuthedContext,
  ) {
    return ctx.services.funnel.diagnosis(ctx, period ?? undefined);
  }
}

@Resolver(() => FunnelStageStat)
export class FunnelStageStatResolver {
  @FieldResolver(() => FunnelStage)
  stage(@Root() row: FunnelStageStat, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.pipeline.stageById.load(row.stageId);
  }
}

@Resolver(() => DiagnosisStep)
export class DiagnosisStepResolver {
  @FieldResolver(() => FunnelStage)
  stage(@Root() row: DiagnosisStep, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.pipeline.stageById.load(row.stageId);
  }
}

@Resolver(() => OwnerDiagnosis)
export class OwnerDiagnosisResolver {
  @FieldResolver(() => User, { nullable: true })
  owner(@Root() row: OwnerDiagnosis, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.userById.load(row.ownerId);
  }

  @FieldResolver(() => FunnelStage, {
    nullable: true,
    description: 'The weakest step, if below 70 % of the team',
  })
  weakStage(@Root() row: OwnerDiagnosis, @Ctx() ctx: AuthedContext) {
    return row.weakStageId ? ctx.loaders.pipeline.stageById.load(row.weakStageId) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Seed 001’s reading, in English' })
  reading(@Root() row: OwnerDiagnosis) {
    return row.weakness ? FUNNEL_WEAKNESS_READING[row.weakness].reading.en : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The same in Chinese' })
  readingZh(@Root() row: OwnerDiagnosis) {
    return row.weakness ? FUNNEL_WEAKNESS_READING[row.weakness].reading.zh : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Suggested training' })
  training(@Root() row: OwnerDiagnosis) {
    return row.weakness ? FUNNEL_WEAKNESS_READING[row.weakness].training.en : null;
  }

  @FieldResolver(() => String, { nullable: true })
  trainingZh(@Root() row: OwnerDiagnosis) {
    return row.weakness ? FUNNEL_WEAKNESS_READING[row.weakness].training.zh : null;
  }
}
