import type { FunnelWeakness, StageCriterion } from '@trident/domain';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsBoolean,
  IsInt,
  IsOptional,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { MatchesReason, NotBlank, IsCurrencyCode } from '../../../common/validation';
import { FunnelWeaknessEnum, StageCriterionEnum } from '../pipeline.enums';
import { PeriodScalar } from '../../../graphql/scalars/period.scalar';

@InputType()
export class FunnelStageInput {
  @Field()
  @Length(1, 40)
  @MatchesReason(/^[A-Z][A-Z0-9_]*$/, 'CODE_FORM')
  code: string;

  @Field()
  @Length(1, 100)
  @NotBlank()
  nameZh: string;

  @Field()
  @Length(1, 100)
  @NotBlank()
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

  @Field(() => Float, {
    nullable: true,
    description: 'Pipeline needed at this stage or later, × what is still to win (1–20)',
  })
  @IsOptional()
  @Min(1)
  @Max(20)
  riskMargin?: number | null;
}

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

  @Field({
    nullable: true,
    description:
      'Every account whose region contains this text, in any case (广东, Guangdong, Shenzhen)',
  })
  @IsOptional()
  @MaxLength(200)
  region?: string;

  @Field({ nullable: true, defaultValue: 'CNY', description: 'Amounts are summed per currency' })
  @IsOptional()
  @IsCurrencyCode()
  currency?: string;
}
