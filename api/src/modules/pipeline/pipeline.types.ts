import type { BantItem } from '@trident/domain';
import { Field, ObjectType, Float, ID, Int } from 'type-graphql';
import { Lead } from './lead.entity';
import { Opportunity } from './opportunity.entity';
import { BantItemEnum, FunnelWeaknessEnum } from './pipeline.enums';
import { type FunnelWeakness } from '@trident/domain';
import { DecimalScalar } from '../../graphql/scalars/decimal.scalar';
@ObjectType({ description: 'One stage of the funnel: deals that reached it and where they sit' })
export class FunnelStageStat {
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
export class Funnel {
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
export class DiagnosisStep {
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
export class OwnerDiagnosis {
  ownerId: string;
  weakStageId: string | null;

  @Field(() => Int, {
    description:
      'Colleagues under the same manager counted in the medians, incl. the owner: active in the period, with at least one deal created in it',
  })
  teamSize: number;

  @Field(() => Int)
  deals: number;

  @Field(() => [DiagnosisStep])
  steps: DiagnosisStep[];

  @Field(() => FunnelWeaknessEnum, { nullable: true })
  weakness: FunnelWeakness | null;
}

@ObjectType()
export class ConvertLeadResult {
  @Field(() => Lead)
  lead: Lead;

  @Field(() => Opportunity)
  opportunity: Opportunity;

  @Field(() => [BantItemEnum], { description: 'BANT items a manager overrode (audited)' })
  overridden: BantItem[];
}
