import type {
  ActivityKind,
  ContractKind,
  BuyingRole,
  DealTeamRole,
  FunnelWeakness,
  LeadSource,
  LeadStatus,
  PurchaseMode,
  StageCriterion,
} from '@trident/domain';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsBoolean,
  IsInt,
  IsOptional,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { OmitOrSet } from '../../../common/validation';
import { MoneyInput } from '../../../graphql/scalars/money.type';
import { SortDirectionEnum, type SortDirection } from '../../../graphql/sort-direction';
import { PurchaseModeEnum } from '../../accounts/account.enums';
import { BuyingRoleEnum } from '../../customer-org/customer-org.enums';
import { ContractKindEnum } from '../../collections/collections.enums';
import {
  ActivityKindEnum,
  DealTeamRoleEnum,
  FunnelWeaknessEnum,
  LeadSourceEnum,
  LeadStatusEnum,
  StageCriterionEnum,
} from '../pipeline.enums';
import { LocalDateScalar } from '../../../graphql/scalars/local-date.scalar';
import { PeriodScalar } from '../../../graphql/scalars/period.scalar';

const NOT_BLANK = { message: 'must not be blank' };

// ---------- funnel stages (ADMIN) ----------

@InputType()
export class FunnelStageInput {
  @Field()
  @Length(1, 40)
  @Matches(/^[A-Z][A-Z0-9_]*$/, { message: 'must be UPPER_SNAKE_CASE, e.g. NEED_FOUND' })
  code: string;

  @Field()
  @Length(1, 100)
  @Matches(/\S/, NOT_BLANK)
  nameZh: string;

  @Field()
  @Length(1, 100)
  @Matches(/\S/, NOT_BLANK)
  nameEn: string;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(100)
  probability: number;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(100_000)
  position: number;

  @Field({ defaultValue: false })
  @IsBoolean()
  isWon: boolean;

  @Field({ defaultValue: false })
  @IsBoolean()
  isLost: boolean;

  @Field(() => [StageCriterionEnum], { defaultValue: [] })
  @ArrayUnique()
  entryCriteria: StageCriterion[];

  @Field(() => FunnelWeaknessEnum, { nullable: true })
  @IsOptional()
  weakness?: FunnelWeakness | null;

  @Field({ defaultValue: true })
  @IsBoolean()
  active: boolean;
}

// ---------- leads ----------

@InputType()
export class SpinNotesInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(4000)
  situation?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(4000)
  problem?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(4000)
  implication?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(4000)
  needPayoff?: string | null;
}

@InputType()
export class BantCheckInput {
  @Field()
  @IsBoolean()
  confirmed: boolean;

  @Field(() => String, { nullable: true, description: 'Required when confirmed: how we know' })
  @IsOptional()
  @MaxLength(2000)
  note?: string | null;
}

@InputType('LeadFieldsInput')
abstract class LeadFields {
  @Field(() => LeadSourceEnum, { nullable: true })
  @OmitOrSet()
  source?: LeadSource;

  @Field(() => PurchaseModeEnum, { nullable: true })
  @OmitOrSet()
  scenario?: PurchaseMode;

  @Field(() => MoneyInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  estimated?: MoneyInput | null;

  @Field(() => SpinNotesInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  spin?: SpinNotesInput;

  @Field(() => BantCheckInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  budget?: BantCheckInput;

  @Field(() => BantCheckInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  authority?: BantCheckInput;

  @Field(() => ID, { nullable: true, description: 'The contact who decides' })
  @IsOptional()
  @IsUUID()
  authorityContactId?: string | null;

  @Field(() => BantCheckInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  need?: BantCheckInput;

  @Field(() => BantCheckInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  timing?: BantCheckInput;

  @Field(() => ID, { nullable: true, description: 'Defaults to you; must sit on the account team' })
  @OmitOrSet()
  @IsUUID()
  ownerId?: string;
}

@InputType()
export class CreateLeadInput extends LeadFields {
  @Field(() => ID)
  @IsUUID()
  accountId: string;

  @Field()
  @Length(1, 200)
  @Matches(/\S/, NOT_BLANK)
  title: string;
}

@InputType()
export class UpdateLeadInput extends LeadFields {
  @Field({ nullable: true })
  @OmitOrSet()
  @Length(1, 200)
  @Matches(/\S/, NOT_BLANK)
  title?: string;
}

@InputType()
export class ConvertLeadInput {
  @Field(() => ID, { nullable: true, description: 'Starting stage; default: the 25 % stage' })
  @IsOptional()
  @IsUUID()
  stageId?: string;

  @Field({ nullable: true, description: 'Default: the lead title' })
  @IsOptional()
  @Length(1, 200)
  @Matches(/\S/, NOT_BLANK)
  name?: string;

  @Field(() => MoneyInput, { nullable: true, description: 'Default: the estimate' })
  @IsOptional()
  @ValidateNested()
  amount?: MoneyInput;

  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  expectedCloseDate?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'MANAGER only: convert although BANT items are missing (audited)',
  })
  @IsOptional()
  @Length(1, 1000)
  @Matches(/\S/, NOT_BLANK)
  overrideReason?: string;
}

@InputType()
export class LeadFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  accountId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  ownerId?: string;

  @Field(() => LeadStatusEnum, { nullable: true })
  @IsOptional()
  status?: LeadStatus;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(200)
  search?: string;
}

// ---------- opportunities ----------

@InputType()
export class DealTeamMemberInput {
  @Field(() => ID)
  @IsUUID()
  userId: string;

  @Field(() => DealTeamRoleEnum)
  teamRole: DealTeamRole;
}

@InputType()
export class DecisionContactInput {
  @Field(() => ID)
  @IsUUID()
  contactId: string;

  @Field(() => BuyingRoleEnum)
  role: BuyingRole;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(1000)
  note?: string | null;
}

@InputType()
export class CompetitorInput {
  @Field()
  @Length(1, 200)
  @Matches(/\S/, NOT_BLANK)
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  strengths?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  weaknesses?: string | null;
}

@InputType('OpportunityFieldsInput')
abstract class OpportunityFields {
  @Field(() => [String], { nullable: true })
  @OmitOrSet()
  @ArrayMaxSize(30)
  @MaxLength(100, { each: true })
  products?: string[];

  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  expectedCloseDate?: string | null;

  @Field(() => ID, { nullable: true, description: 'Must sit on the account team' })
  @OmitOrSet()
  @IsUUID()
  ownerId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  coachContactId?: string | null;

  @Field(() => [DealTeamMemberInput], { nullable: true, description: 'Replaces the deal team' })
  @OmitOrSet()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  team?: DealTeamMemberInput[];

  @Field(() => [DecisionContactInput], {
    nullable: true,
    description: 'Replaces the decision contacts',
  })
  @OmitOrSet()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  decisionContacts?: DecisionContactInput[];

  @Field(() => [CompetitorInput], { nullable: true, description: 'Replaces the competitors' })
  @OmitOrSet()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  competitors?: CompetitorInput[];
}

@InputType()
export class CreateOpportunityInput extends OpportunityFields {
  @Field(() => ID)
  @IsUUID()
  accountId: string;

  @Field()
  @Length(1, 200)
  @Matches(/\S/, NOT_BLANK)
  name: string;

  @Field(() => MoneyInput)
  @ValidateNested()
  amount: MoneyInput;

  @Field(() => ID, { nullable: true, description: 'Default: the first stage' })
  @IsOptional()
  @IsUUID()
  stageId?: string;

  @Field(() => ContractKindEnum, { defaultValue: 'NEW' })
  kind: ContractKind;
}

@InputType()
export class UpdateOpportunityInput extends OpportunityFields {
  @Field({ nullable: true })
  @OmitOrSet()
  @Length(1, 200)
  @Matches(/\S/, NOT_BLANK)
  name?: string;

  @Field(() => MoneyInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  amount?: MoneyInput;
}

export const OPPORTUNITY_ORDER_FIELDS = [
  'NAME',
  'AMOUNT',
  'EXPECTED_CLOSE',
  'STAGE',
  'STAGE_ENTERED_AT',
  'CREATED_AT',
  'UPDATED_AT',
] as const;
export const OpportunityOrderFieldEnum = Object.fromEntries(
  OPPORTUNITY_ORDER_FIELDS.map((f) => [f, f]),
) as { [K in (typeof OPPORTUNITY_ORDER_FIELDS)[number]]: K };
registerEnumType(OpportunityOrderFieldEnum, { name: 'OpportunityOrderField' });

@InputType()
export class OpportunityOrder {
  @Field(() => OpportunityOrderFieldEnum)
  field: (typeof OPPORTUNITY_ORDER_FIELDS)[number];

  @Field(() => SortDirectionEnum, { defaultValue: 'ASC' })
  direction: SortDirection;
}

@InputType()
export class OpportunityFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  accountId?: string;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  ownerIds?: string[];

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  stageIds?: string[];

  @Field({ nullable: true, description: 'true: not won or lost; false: won or lost' })
  @IsOptional()
  @IsBoolean()
  open?: boolean;

  @Field(() => PeriodScalar, { nullable: true, description: 'Expected to close in this period' })
  @IsOptional()
  closingIn?: string;

  @Field({ nullable: true, description: 'Deals where this user sits on the deal team' })
  @IsOptional()
  @IsUUID()
  teamMemberId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(200)
  search?: string;
}

/** The optional facts of a stage move (flat arguments of moveOpportunity). */
export interface MoveOpportunityInput {
  note?: string | null;
  /** The signed amount, when moving to won (same currency as the deal). */
  contractAmount?: string;
}

// ---------- activities ----------

@InputType('ActivityFieldsInput')
abstract class ActivityFields {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  opportunityId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(4000)
  nextSteps?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Our people who took part' })
  @OmitOrSet()
  @ArrayMaxSize(30)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  participantIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Customer contacts met' })
  @OmitOrSet()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  contactIds?: string[];
}

@InputType()
export class CreateActivityInput extends ActivityFields {
  @Field(() => ID)
  @IsUUID()
  accountId: string;

  @Field(() => ActivityKindEnum)
  kind: ActivityKind;

  @Field(() => Date)
  occurredAt: Date;

  @Field()
  @Length(1, 8000)
  @Matches(/\S/, NOT_BLANK)
  summary: string;
}

@InputType()
export class UpdateActivityInput extends ActivityFields {
  @Field(() => ActivityKindEnum, { nullable: true })
  @OmitOrSet()
  kind?: ActivityKind;

  @Field(() => Date, { nullable: true })
  @OmitOrSet()
  occurredAt?: Date;

  @Field({ nullable: true })
  @OmitOrSet()
  @Length(1, 8000)
  @Matches(/\S/, NOT_BLANK)
  summary?: string;
}

@InputType()
export class ActivityFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  accountId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  opportunityId?: string;

  @Field(() => ActivityKindEnum, { nullable: true })
  @IsOptional()
  kind?: ActivityKind;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  createdById?: string;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  from?: Date;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  to?: Date;
}

// ---------- funnel ----------

@InputType()
export class FunnelFilter {
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  ownerIds?: string[];

  @Field(() => ID, { nullable: true, description: 'Owners in this manager’s reporting line' })
  @IsOptional()
  @IsUUID()
  teamOf?: string;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  accountIds?: string[];

  @Field(() => PeriodScalar, {
    nullable: true,
    description: 'Deals created in this period (a cohort)',
  })
  @IsOptional()
  period?: string;

  @Field({ nullable: true, description: 'Account region, or its beginning (e.g. Guangdong)' })
  @IsOptional()
  @MaxLength(200)
  region?: string;

  @Field({ nullable: true, defaultValue: 'CNY', description: 'Amounts are summed per currency' })
  @IsOptional()
  @Matches(/^[A-Z]{3}$/, { message: 'must be a three-letter ISO 4217 code such as CNY' })
  currency?: string;
}
