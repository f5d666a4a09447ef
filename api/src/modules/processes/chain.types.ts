import { Field, Int, ObjectType, ID } from 'type-graphql';
import { ApprovalStep } from './approval-step.entity';
import { ProcessTemplate } from './process-template.entity';
import type { RunStepGap } from '@trident/domain';
import { DecimalScalar } from '../../graphql/scalars/decimal.scalar';
import { LocalDateScalar } from '../../graphql/scalars/local-date.scalar';
import { DealTeamRoleEnum } from '../pipeline/pipeline.enums';
import { ProcessRun, ProcessRunStep } from './process-run.entity';
import { RunStepGapEnum } from './processes.enums';
/** One step of a run as `startProcessRun` would plan it (nothing saved). */
@ObjectType({ description: 'A step as a run would plan it: approver, our owner, gaps, dates' })
export class PlannedStep {
  @Field(() => ID, { description: 'The template step it comes from' })
  id: string;

  @Field(() => Int)
  position: number;

  @Field()
  name: string;

  @Field(() => ID, { nullable: true })
  approverContactId: string | null;

  @Field(() => ID, { nullable: true })
  approverOrgUnitId: string | null;

  @Field(() => Int)
  typicalDays: number;

  @Field(() => DealTeamRoleEnum, { nullable: true })
  ownerRole: string | null;

  @Field(() => ID, { nullable: true, description: 'The colleague who would carry it' })
  ownerId: string | null;

  @Field(() => [RunStepGapEnum])
  gaps: RunStepGap[];

  @Field(() => Date, { nullable: true })
  expectedStart: Date | null;

  @Field(() => Date, { nullable: true })
  expectedFinish: Date | null;
}

@ObjectType({ description: 'The run a deal or contract calls for, before it is started' })
export class RunPreview {
  @Field(() => ProcessTemplate)
  template: ProcessTemplate;

  @Field()
  subjectName: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'The amount the conditions see' })
  amount: string | null;

  @Field(() => String, { nullable: true, description: "The amount's currency" })
  currency: string | null;

  @Field(() => [String])
  productLines: string[];

  @Field(() => String, { nullable: true })
  region: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  expectedCloseDate: string | null;

  @Field(() => [PlannedStep])
  steps: PlannedStep[];
}

/**
 * A deal in the customer's chain (seed 000): its runs with both paths, the step that is
 * next, how late it is, and whether the chain ends after the deal is expected to close.
 */
@ObjectType({ description: "Where a deal stands in the customer's chain" })
export class DealChain {
  @Field(() => [ProcessRun])
  runs: ProcessRun[];

  @Field(() => ProcessRunStep, {
    nullable: true,
    description: 'The open step expected to finish first, across running runs',
  })
  currentStep: ProcessRunStep | null;

  @Field(() => Int, { description: 'Days the most late open step is past its expected finish' })
  daysLate: number;

  @Field(() => Date, {
    nullable: true,
    description: 'When the last running decision or procurement run is likely to finish',
  })
  forecastFinish: Date | null;

  @Field({
    description:
      'A decision or procurement run is likely to finish after the deal is expected to close',
  })
  closeAtRisk: boolean;

  @Field(() => Int, { description: 'Open steps nobody on our side carries' })
  gaps: number;
}

@ObjectType({ description: 'The steps a deal goes through, and how long that usually takes' })
export class ApprovalPath {
  @Field(() => ProcessTemplate)
  template: ProcessTemplate;

  @Field(() => [ApprovalStep])
  steps: ApprovalStep[];

  @Field(() => Int)
  totalDays: number;
}
