import { FUNNEL_WEAKNESS_READING, type FunnelWeakness } from '@trident/domain';
import {
  Arg,
  Ctx,
  Field,
  FieldResolver,
  Float,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { AuthedContext } from '../../graphql/context';
import { DecimalScalar } from '../../graphql/scalars/decimal.scalar';
import { User } from '../identity/user.entity';
import { FunnelFilter, FunnelStageInput } from './dtos/pipeline.inputs';
import { FunnelStage } from './funnel-stage.entity';
import { FunnelWeaknessEnum } from './pipeline.enums';
import { PeriodScalar } from '../../graphql/scalars/period.scalar';

@ObjectType({ description: 'One stage of the funnel: deals that reached it and where they sit' })
class FunnelStageStat {
  @Field(() => ID, { description: 'The stage, without loading it (BI joins on it)' })
  stageId: string;

  @Field(() => Int, { description: 'Deals that reached this stage (or passed it)' })
  reached: number;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Their amounts; hidden from TECHNICAL and DELIVERY',
  })
  amount: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'amount × stage probability' })
  weightedAmount: string;

  @Field(() => Int, { description: 'Deals sitting in this stage now' })
  currentCount: number;

  @Field(() => DecimalScalar, { nullable: true })
  currentAmount: string;

  @Field(() => Float, {
    nullable: true,
    description: 'Share of these deals that reached the next stage',
  })
  conversionToNext: number | null;
}

@ObjectType()
class Funnel {
  @Field()
  currency: string;

  @Field(() => Int)
  totalDeals: number;

  @Field(() => DecimalScalar, { nullable: true, description: 'Open deals, unweighted' })
  openAmount: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'Open deals, weighted' })
  weightedOpenAmount: string;

  @Field(() => [FunnelStageStat])
  stages: FunnelStageStat[];
}

@ObjectType()
class DiagnosisStep {
  stageId: string;

  @Field(() => Int)
  reached: number;

  @Field(() => Float, { nullable: true, description: 'Share of the previous stage that got here' })
  conversion: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Team median of the same (for the first stage: the median deal count)',
  })
  teamMedian: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Own value ÷ team median; null when too few deals',
  })
  relative: number | null;
}

@ObjectType({ description: 'An owner’s funnel against their team’s median (seed 001)' })
class OwnerDiagnosis {
  ownerId: string;
  weakStageId: string | null;

  @Field(() => Int, { description: 'Colleagues under the same manager, incl. the owner' })
  teamSize: number;

  @Field(() => Int)
  deals: number;

  @Field(() => [DiagnosisStep])
  steps: DiagnosisStep[];

  @Field(() => FunnelWeaknessEnum, { nullable: true })
  weakness: FunnelWeakness | null;
}

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
