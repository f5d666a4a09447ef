import type { ContractKind, BuyingRole, DealTeamRole } from '@trident/domain';
import {
  ArrayMaxSize,
  IsBoolean,
  IsIn,
  IsOptional,
  IsUUID,
  Length,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { IsCurrencyCode, OmitOrSet, NotBlank } from '../../../common/validation';
import { MoneyInput } from '../../../graphql/scalars/money.type';
import { enumOf } from '../../../graphql/enum-of';
import { SortDirectionEnum, type SortDirection } from '../../../graphql/sort-direction';
import { BuyingRoleEnum } from '../../customer-org/customer-org.enums';
import { ContractKindEnum } from '../../collections/collections.enums';
import { DealTeamRoleEnum } from '../pipeline.enums';
import { LocalDateScalar } from '../../../graphql/scalars/local-date.scalar';
import { PeriodScalar } from '../../../graphql/scalars/period.scalar';

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
  @NotBlank()
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
  @NotBlank()
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
  @NotBlank()
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

export const DEAL_OUTCOMES = ['WON', 'LOST'] as const;
export const DealOutcomeEnum = enumOf(DEAL_OUTCOMES);
registerEnumType(DealOutcomeEnum, {
  name: 'DealOutcome',
  description: 'How a closed deal ended: its stage is a won one or a lost one',
});

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

  @Field(() => DealOutcomeEnum, {
    nullable: true,
    description: 'Closed deals that were won, or those that were lost',
  })
  @IsOptional()
  @IsIn(DEAL_OUTCOMES)
  closedAs?: (typeof DEAL_OUTCOMES)[number];

  @Field({
    nullable: true,
    description: 'true: won and without a contract yet (what a contract can be made from)',
  })
  @IsOptional()
  @IsBoolean()
  awaitingContract?: boolean;

  @Field(() => PeriodScalar, { nullable: true, description: 'Expected to close in this period' })
  @IsOptional()
  closingIn?: string;

  @Field({
    nullable: true,
    description:
      'true: open deals whose expected close date is before today (their forecast is stale); false: the others',
  })
  @IsOptional()
  @IsBoolean()
  closeDatePassed?: boolean;

  @Field({ nullable: true, description: 'Deals where this user sits on the deal team' })
  @IsOptional()
  @IsUUID()
  teamMemberId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(200)
  search?: string;

  @Field(() => PeriodScalar, {
    nullable: true,
    description: "Created in this period (the funnel's cohort)",
  })
  @IsOptional()
  createdIn?: string;

  @Field({ nullable: true, description: 'Deals in this currency (the funnel sums one)' })
  @IsOptional()
  @IsCurrencyCode()
  currency?: string;
}

/** The optional facts of a stage move (flat arguments of moveOpportunity). */
export interface MoveOpportunityInput {
  note?: string | null;
  /** The signed amount, when moving to won (same currency as the deal). */
  contractAmount?: string;
}
