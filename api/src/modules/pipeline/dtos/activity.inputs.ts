import type { ActivityKind } from '@trident/domain';
import { ArrayMaxSize, ArrayUnique, IsOptional, IsUUID, Length, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { OmitOrSet, NotBlank } from '../../../common/validation';
import { ActivityKindEnum } from '../pipeline.enums';

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
  @NotBlank()
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
  @NotBlank()
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
