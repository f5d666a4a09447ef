import type { RenewalStatus } from '@trident/domain';
import { IsOptional, IsUUID, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
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
