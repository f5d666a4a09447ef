import type { RiskStatus } from '@trident/domain';
import { IsInt, IsOptional, IsUUID, Length, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { NotBlank, OmitOrSet } from '../../../common/validation';
import { LocalDateScalar } from '../../../graphql/scalars/local-date.scalar';
import { RiskStatusEnum } from '../risks.enums';

@InputType()
export class CreateRiskInput {
  @Field(() => ID)
  @IsUUID()
  accountId: string;

  @Field()
  @Length(1, 200)
  @NotBlank()
  title: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 4000)
  description?: string | null;

  @Field(() => Int, { description: '1–5' })
  @IsInt()
  @Min(1)
  @Max(5)
  likelihood: number;

  @Field(() => Int, { description: '1–5' })
  @IsInt()
  @Min(1)
  @Max(5)
  impact: number;

  @Field(() => ID, { nullable: true, description: 'Someone on the account team' })
  @IsOptional()
  @IsUUID()
  ownerId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 4000)
  mitigation?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  reviewDate?: string | null;
}

@InputType()
export class UpdateRiskInput {
  @Field({ nullable: true })
  @OmitOrSet()
  @Length(1, 200)
  @NotBlank()
  title?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 4000)
  description?: string | null;

  @Field(() => Int, { nullable: true })
  @OmitOrSet()
  @IsInt()
  @Min(1)
  @Max(5)
  likelihood?: number;

  @Field(() => Int, { nullable: true })
  @OmitOrSet()
  @IsInt()
  @Min(1)
  @Max(5)
  impact?: number;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  ownerId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 4000)
  mitigation?: string | null;

  @Field(() => RiskStatusEnum, { nullable: true })
  @OmitOrSet()
  status?: RiskStatus;

  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  reviewDate?: string | null;
}

@InputType()
export class RiskFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  accountId?: string;

  @Field(() => [RiskStatusEnum], { nullable: true, description: 'Default: OPEN and MITIGATING' })
  @IsOptional()
  statuses?: RiskStatus[];

  @Field(() => Int, { nullable: true, description: 'Only risks whose exposure is at least this' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(25)
  minExposure?: number;
}
