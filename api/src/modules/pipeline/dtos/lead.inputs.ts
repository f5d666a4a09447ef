import type { LeadSource, LeadStatus, PurchaseMode } from '@trident/domain';
import { IsBoolean, IsOptional, IsUUID, Length, MaxLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { OmitOrSet, NotBlank } from '../../../common/validation';
import { MoneyInput } from '../../../graphql/scalars/money.type';
import { PurchaseModeEnum } from '../../accounts/account.enums';
import { LeadSourceEnum, LeadStatusEnum } from '../pipeline.enums';
import { LocalDateScalar } from '../../../graphql/scalars/local-date.scalar';

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
  @NotBlank()
  title: string;
}

@InputType()
export class UpdateLeadInput extends LeadFields {
  @Field({ nullable: true })
  @OmitOrSet()
  @Length(1, 200)
  @NotBlank()
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
  @NotBlank()
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
  @NotBlank()
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
