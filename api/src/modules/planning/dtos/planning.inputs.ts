import type { LifecycleStage } from '@trident/domain';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsBoolean,
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
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { OmitOrSet, NotBlank, NotNegative, IsCurrencyCode } from '../../../common/validation';
import { DecimalScalar } from '../../../graphql/scalars/decimal.scalar';
import { LifecycleStageEnum } from '../../accounts/account.enums';
import { LocalDateScalar } from '../../../graphql/scalars/local-date.scalar';
import { PeriodScalar } from '../../../graphql/scalars/period.scalar';

@InputType()
export class ProductTargetInput {
  @Field()
  @Length(1, 100)
  @NotBlank()
  product: string;

  @Field(() => DecimalScalar)
  @NotNegative()
  amount: string;
}

@InputType()
export class PlanMilestoneInput {
  @Field()
  @Length(1, 500)
  @NotBlank()
  task: string;

  @Field(() => ID)
  @IsUUID()
  ownerId: string;

  @Field(() => LocalDateScalar)
  due: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'The least it must bring' })
  @IsOptional()
  @NotNegative()
  floorTarget?: string | null;

  @Field({ defaultValue: false })
  @IsBoolean()
  done: boolean;
}

@InputType('AccountPlanFieldsInput')
abstract class AccountPlanFields {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(8000)
  intelligenceSummary?: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  @IsOptional()
  @NotNegative()
  potentialAmount?: string | null;

  @Field(() => LifecycleStageEnum, { nullable: true })
  @IsOptional()
  relationshipStage?: LifecycleStage | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(8000)
  strategy?: string | null;

  @Field(() => [ProductTargetInput], { nullable: true })
  @OmitOrSet()
  @ArrayMaxSize(50)
  // One target per product: two would each claim to be the plan's figure for it.
  @ArrayUnique((target: ProductTargetInput) => target?.product?.trim().toLowerCase(), {
    message: 'productTargets must not name a product twice',
  })
  @ValidateNested({ each: true })
  productTargets?: ProductTargetInput[];

  @Field(() => Float, { nullable: true, description: 'Times the target the pipeline must hold' })
  @OmitOrSet()
  @IsNumber()
  @Min(1)
  @Max(20)
  riskMargin?: number;

  @Field(() => [PlanMilestoneInput], { nullable: true, description: 'Replaces the milestones' })
  @IsOptional()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  milestones?: PlanMilestoneInput[];
}

@InputType()
export class CreateAccountPlanInput extends AccountPlanFields {
  @Field(() => ID)
  @IsUUID()
  accountId: string;

  @Field(() => PeriodScalar)
  period: string;

  @Field(() => DecimalScalar)
  @NotNegative()
  targetAmount: string;

  @Field({ defaultValue: 'CNY' })
  @IsCurrencyCode()
  currency: string;
}

@InputType()
export class UpdateAccountPlanInput extends AccountPlanFields {
  @Field(() => DecimalScalar, { nullable: true })
  @OmitOrSet()
  @NotNegative()
  targetAmount?: string;
}

@InputType()
export class AccountPlanFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  accountId?: string;

  @Field(() => PeriodScalar, { nullable: true })
  @IsOptional()
  period?: string;
}

@InputType()
export class SetSalesTargetInput {
  @Field(() => ID)
  @IsUUID()
  userId: string;

  @Field(() => PeriodScalar)
  period: string;

  @Field(() => DecimalScalar)
  @NotNegative()
  revenue: string;

  @Field({ defaultValue: 'CNY' })
  @IsCurrencyCode()
  currency: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100_000)
  newAccounts?: number | null;

  @Field(() => Float, { nullable: true, description: 'Percent, 0–100' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(100)
  renewalRate?: number | null;

  @Field(() => Float, { defaultValue: 3 })
  @IsNumber()
  @Min(1)
  @Max(20)
  riskMargin: number;

  @Field()
  @Length(1, 1000)
  @NotBlank()
  reason: string;
}

@InputType()
export class SalesTargetFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  userId?: string;

  @Field(() => PeriodScalar, { nullable: true })
  @IsOptional()
  period?: string;
}

@InputType()
export class TargetAdjustmentFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  userId?: string;

  @Field(() => PeriodScalar, { nullable: true })
  @IsOptional()
  period?: string;

  @Field({ nullable: true, description: 'Only rises for someone already ahead of plan' })
  @IsOptional()
  @IsBoolean()
  flagged?: boolean;
}
