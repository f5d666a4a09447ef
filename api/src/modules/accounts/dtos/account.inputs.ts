import type { AccountTier, LifecycleStage, MatrixQuadrant, PurchaseMode } from '@trident/domain';
import type { ServiceStage } from '@trident/domain';
import { REGISTRATION_NO_PATTERN } from '@trident/domain';
import {
  ArrayMaxSize,
  IsInt,
  IsNumber,
  IsOptional,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Field, Float, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { MatchesReason, OmitOrSet, NotBlank } from '../../../common/validation';
import { MoneyInput } from '../../../graphql/scalars/money.type';
import { SortDirectionEnum, type SortDirection } from '../../../graphql/sort-direction';
import {
  AccountTierEnum,
  LifecycleStageEnum,
  MatrixQuadrantEnum,
  PurchaseModeEnum,
  ServiceStageEnum,
} from '../account.enums';

@InputType()
export class DriverInput {
  @Field({ description: 'What drives purchases, e.g. "subscribers" or "beds"' })
  @Length(1, 100)
  factor: string;

  @Field(() => Float)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  // Subscribers, beds, sites: a trillion is past any customer; 1e308 is a typo or a probe.
  @Max(1e12)
  quantity: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(30)
  unit?: string | null;
}

/** Fields shared by claiming and editing; every one optional here. */
@InputType('AccountFieldsInput')
abstract class AccountFields {
  @Field(() => String, {
    nullable: true,
    description: 'Unified social credit code (统一社会信用代码)',
  })
  @IsOptional()
  @MatchesReason(REGISTRATION_NO_PATTERN, 'REGISTRATION_NO_FORM')
  registrationNo?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  industry?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  region?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The group or provincial account above this one',
  })
  @IsOptional()
  @IsUUID()
  parentId?: string | null;

  @Field(() => PurchaseModeEnum, { nullable: true })
  @IsOptional()
  purchaseMode?: PurchaseMode | null;

  @Field(() => LifecycleStageEnum, { nullable: true })
  @IsOptional()
  lifecycleStage?: LifecycleStage | null;

  @Field(() => MoneyInput, { nullable: true, description: 'Purchase potential per year' })
  @IsOptional()
  @ValidateNested()
  potential?: MoneyInput | null;

  @Field(() => Int, { nullable: true, description: '1 (none) – 5 (strong)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(5)
  relationshipLevel?: number | null;

  @Field(() => ServiceStageEnum, { nullable: true, description: 'Customer success stage' })
  @IsOptional()
  serviceStage?: ServiceStage | null;

  @Field(() => [DriverInput], { nullable: true })
  @OmitOrSet()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  drivers?: DriverInput[];
}

@InputType({ description: 'Register a customer; the first registration wins (seed 001)' })
export class ClaimAccountInput extends AccountFields {
  @Field()
  @Length(1, 200)
  @NotBlank()
  name: string;

  @Field(() => AccountTierEnum)
  tier: AccountTier;
}

@InputType()
export class UpdateAccountInput extends AccountFields {
  @Field({ nullable: true })
  @OmitOrSet()
  @Length(1, 200)
  @NotBlank()
  name?: string;

  @Field(() => AccountTierEnum, { nullable: true })
  @OmitOrSet()
  tier?: AccountTier;
}

@InputType()
export class AccountFilter {
  @Field({ nullable: true, description: 'Part of the name' })
  @IsOptional()
  @MaxLength(200)
  search?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(100)
  industry?: string;

  @Field({
    nullable: true,
    description:
      'Every account whose region contains this text, in any case (广东, Guangdong, Shenzhen)',
  })
  @IsOptional()
  @MaxLength(100)
  region?: string;

  @Field(() => AccountTierEnum, { nullable: true })
  @IsOptional()
  tier?: AccountTier;

  @Field(() => ID, { nullable: true, description: 'The AR of the account team' })
  @IsOptional()
  @IsUUID()
  ownerId?: string;

  @Field(() => MatrixQuadrantEnum, { nullable: true })
  @IsOptional()
  quadrant?: MatrixQuadrant;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  parentId?: string;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  ids?: string[];

  @Field(() => Float, {
    nullable: true,
    description:
      'Only thin accounts: decision coverage below this share (0–1], as coverageByAccount counts them',
  })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  decisionCoverageBelow?: number;
}

export enum AccountOrderField {
  NAME = 'NAME',
  REGION = 'REGION',
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
  POTENTIAL = 'POTENTIAL',
}
registerEnumType(AccountOrderField, { name: 'AccountOrderField' });

@InputType()
export class AccountOrder {
  @Field(() => AccountOrderField)
  field: AccountOrderField;

  @Field(() => SortDirectionEnum, { defaultValue: 'ASC' })
  direction: SortDirection;
}
