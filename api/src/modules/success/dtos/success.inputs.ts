import type { RenewalStatus } from '@trident/domain';
import { ArrayMaxSize, IsInt, IsOptional, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { OmitOrSet, NotNegative, IsCurrencyCode } from '../../../common/validation';
import { DecimalScalar } from '../../../graphql/scalars/decimal.scalar';
import { RenewalStatusEnum } from '../renewal.entity';
import { LocalDateScalar } from '../../../graphql/scalars/local-date.scalar';

@InputType('RenewalFieldsInput')
abstract class RenewalFields {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  contractId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A deal on the funnel for the renewal' })
  @IsOptional()
  @IsUUID()
  opportunityId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(4000)
  newNeeds?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(4000)
  productFit?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(4000)
  newProductNeeded?: string | null;
}

@InputType()
export class CreateRenewalInput extends RenewalFields {
  @Field(() => ID)
  @IsUUID()
  accountId: string;

  @Field(() => DecimalScalar)
  @NotNegative()
  amount: string;

  @Field({ defaultValue: 'CNY' })
  @IsCurrencyCode()
  currency: string;

  @Field(() => LocalDateScalar)
  expectedSignDate: string;
}

@InputType()
export class UpdateRenewalInput extends RenewalFields {
  @Field(() => DecimalScalar, { nullable: true })
  @OmitOrSet()
  @NotNegative()
  amount?: string;

  @Field(() => LocalDateScalar, { nullable: true })
  @OmitOrSet()
  expectedSignDate?: string;

  @Field(() => RenewalStatusEnum, { nullable: true })
  @OmitOrSet()
  status?: RenewalStatus;
}

@InputType()
export class RenewalFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  accountId?: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Only open renewals expected within this many days (overdue ones included)',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(3650)
  dueWithinDays?: number;

  @Field(() => RenewalStatusEnum, { nullable: true })
  @IsOptional()
  status?: RenewalStatus;

  @Field(() => [ID], { nullable: true, description: 'These renewals (one opened by its link)' })
  @IsOptional()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  ids?: string[];
}
