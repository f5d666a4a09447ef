import type { AgingBucket, ContractKind, MilestoneKind, MilestoneStage } from '@trident/domain';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsInt,
  IsOptional,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DecimalScalar } from '../../../graphql/scalars/decimal.scalar';
import {
  AgingBucketEnum,
  ContractKindEnum,
  MilestoneKindEnum,
  MilestoneStageEnum,
} from '../collections.enums';
import { LocalDateScalar } from '../../../graphql/scalars/local-date.scalar';
import { NotNegative, MatchesReason } from '../../../common/validation';

@InputType()
export class CreateContractInput {
  @Field(() => ID, { description: 'A won deal' })
  @IsUUID()
  opportunityId: string;

  @Field(() => ContractKindEnum, { nullable: true, description: "Default: the deal's kind" })
  @IsOptional()
  kind?: ContractKind;

  @Field({ nullable: true, description: 'Default: the deal name' })
  @IsOptional()
  @Length(1, 300)
  title?: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: "Default: the deal's contract amount",
  })
  @IsOptional()
  @NotNegative()
  amount?: string;

  @Field(() => LocalDateScalar)
  signedAt: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(8000)
  terms?: string | null;

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(500)
  @Length(1, 200, { each: true })
  sites: string[];

  @Field(() => Int, {
    nullable: true,
    description: 'Months of service (1–120) for recurring business; omit for a one-off sale',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(120)
  termMonths?: number | null;
}

@InputType()
export class MilestoneInput {
  @Field(() => MilestoneKindEnum)
  kind: MilestoneKind;

  @Field(() => DecimalScalar, { description: 'Percent of the contract, e.g. "30" or "12.5"' })
  @MatchesReason(/^\d{1,3}(\.\d{1,2})?$/, 'PERCENT_FORM')
  share: string;

  @Field(() => LocalDateScalar)
  due: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  site?: string | null;
}

@InputType()
export class PaymentPlanInput {
  @Field(() => [MilestoneInput], {
    nullable: true,
    description: 'Shares must sum to exactly 100 %',
  })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  milestones?: MilestoneInput[];

  @Field({
    nullable: true,
    description: 'Instead: one PER_SITE milestone per contract site, equal shares',
  })
  @IsOptional()
  @IsBoolean()
  perSite?: boolean;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'Per site: the first due date (then monthly)',
  })
  @IsOptional()
  firstDue?: string;
}

@InputType()
export class ContractFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  accountId?: string;

  @Field({ nullable: true, description: 'Only contracts with an overdue milestone' })
  @IsOptional()
  @IsBoolean()
  overdue?: boolean;

  @Field({
    nullable: true,
    description:
      'Only contracts still being delivered: a delivery, acceptance or site milestone not yet invoiced',
  })
  @IsOptional()
  @IsBoolean()
  inDelivery?: boolean;
}

@InputType()
export class BattleMapFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  accountId?: string;

  @Field(() => ID, { nullable: true, description: "The account's AR" })
  @IsOptional()
  @IsUUID()
  ownerId?: string;

  @Field({
    nullable: true,
    description:
      'Every account whose region contains this text, in any case (广东, Guangdong, Shenzhen)',
  })
  @IsOptional()
  @MaxLength(200)
  region?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  overdueOnly?: boolean;
}

@InputType()
export class MilestoneFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  contractId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  accountId?: string;

  @Field(() => MilestoneStageEnum, { nullable: true })
  @IsOptional()
  stage?: MilestoneStage;

  @Field({ nullable: true, description: 'Unpaid and due before today' })
  @IsOptional()
  @IsBoolean()
  overdue?: boolean;

  @Field({
    nullable: true,
    description: "Due today or later (today: the company's calendar day); never the past",
  })
  @IsOptional()
  @IsBoolean()
  ahead?: boolean;

  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  dueBefore?: string;

  @Field(() => [MilestoneKindEnum], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10)
  kinds?: MilestoneKind[];

  @Field(() => AgingBucketEnum, {
    nullable: true,
    description: 'Unpaid and in this aging bucket today, as collectionAging sums them',
  })
  @IsOptional()
  aging?: AgingBucket;

  @Field({
    nullable: true,
    description:
      'Every account whose region contains this text, in any case (广东, Guangdong, Shenzhen)',
  })
  @IsOptional()
  @MaxLength(100)
  region?: string;

  @Field({
    nullable: true,
    description:
      "The account's region, exactly (an aging bar's region: a province's own accounts, not its cities')",
  })
  @IsOptional()
  @MaxLength(100)
  regionExactly?: string;

  @Field({
    nullable: true,
    description:
      'With a required piece of evidence not yet checked (true), or with every required piece checked (false)',
  })
  @IsOptional()
  missingEvidence?: boolean;
}

@InputType()
export class PaymentFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  accountId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  contractId?: string;

  @Field(() => Date, { nullable: true, description: 'Recorded at or after' })
  @IsOptional()
  recordedFrom?: Date;

  @Field(() => Date, { nullable: true, description: 'Recorded before' })
  @IsOptional()
  recordedTo?: Date;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'Paid on or after (the day the money arrived, not when it was entered)',
  })
  @IsOptional()
  paidFrom?: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Paid on or before' })
  @IsOptional()
  paidTo?: string;
}
