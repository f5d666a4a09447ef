import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { DecimalScalar } from '../../graphql/scalars/decimal.scalar';
import { SalesTarget, TargetAdjustment } from './sales-target.entity';
import { PeriodScalar } from '../../graphql/scalars/period.scalar';
@ObjectType()
export class TargetChange {
  @Field(() => SalesTarget)
  target: SalesTarget;

  @Field(() => TargetAdjustment)
  adjustment: TargetAdjustment;

  @Field({ description: 'A rise for someone already ahead of plan: their manager sees it' })
  flagged: boolean;
}

@ObjectType({ description: 'One funnel stage of a coverage line (seed 002: a margin per stage)' })
export class StageCoverage {
  @Field(() => ID)
  stageId: string;

  @Field(() => Float)
  riskMargin: number;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Open deals at this stage or later, expected to close in the period',
  })
  pipeline: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'remaining × the stage margin' })
  needed: string;

  @Field({ description: 'pipeline < needed' })
  belowMargin: boolean;
}

@ObjectType({ description: 'Pipeline closing in the period against what is still to win' })
export class CoverageLine {
  userId: string | null;
  accountId: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  target: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'Won in the period' })
  won: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'target − won, at least 0' })
  remaining: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Open deals expected to close in the period',
  })
  pipeline: string;

  @Field(() => DecimalScalar, { nullable: true })
  weightedPipeline: string;

  @Field(() => Float, { nullable: true, description: 'pipeline ÷ remaining' })
  coverage: number | null;

  @Field(() => Float, { nullable: true })
  weightedCoverage: number | null;

  @Field(() => Float)
  riskMargin: number;

  @Field({ description: 'pipeline < remaining × risk margin' })
  belowMargin: boolean;

  @Field(() => [StageCoverage], {
    description: "Each funnel stage's own risk margin, checked against the deals at it or later",
  })
  stages: StageCoverage[];
}

@ObjectType()
export class PipelineCoverage {
  @Field(() => PeriodScalar)
  period: string;

  @Field(() => [CoverageLine], { description: 'Per owner with a sales target in the period' })
  byOwner: CoverageLine[];

  @Field(() => [CoverageLine], { description: 'Per account with a plan for the period' })
  byAccount: CoverageLine[];
}

@ObjectType({ description: 'What a target asked for, measured from deals, contracts and renewals' })
export class TargetAttainment {
  @Field(() => DecimalScalar, {
    nullable: true,
    description: "Won in the period on the user's deals (contract amount where set)",
  })
  revenueWon: string;

  @Field(() => Int, {
    description: "Accounts whose first contract ever was signed in the period, on the user's deal",
  })
  newAccountsWon: number;

  @Field(() => Int, {
    description:
      'Renewals of accounts the user is AR of, expected in the period and decided: signed, lost, or open past their date',
  })
  renewalsDue: number;

  @Field(() => Int)
  renewalsSigned: number;

  @Field(() => Float, { nullable: true, description: 'Percent: signed ÷ due; null when none due' })
  renewalRate: number | null;

  @Field(() => Boolean, { nullable: true, description: 'null when the target sets no revenue' })
  revenueMet: boolean | null;

  @Field(() => Boolean, { nullable: true })
  newAccountsMet: boolean | null;

  @Field(() => Boolean, { nullable: true })
  renewalRateMet: boolean | null;
}
