import type { EscalationObject, EscalationStatus, EscalationTrigger } from '@trident/domain';
import {
  ArrayMaxSize,
  IsBoolean,
  IsInt,
  IsOptional,
  IsUUID,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import {
  EscalationLevel,
  EscalationObjectEnum,
  EscalationStatusEnum,
  EscalationTriggerEnum,
} from '../escalation.entity';
import { NotBlank } from '../../../common/validation';

@InputType()
export class EscalationRuleInput {
  @Field()
  @Length(1, 200)
  @NotBlank()
  name: string;

  @Field(() => EscalationTriggerEnum)
  trigger: EscalationTrigger;

  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(0)
  @Max(24 * 365)
  thresholdHours: number;

  @Field(() => [EscalationLevel])
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  levels: EscalationLevel[];

  @Field({ defaultValue: true })
  @IsBoolean()
  active: boolean;

  @Field({
    defaultValue: false,
    description: 'May the person escalated to resolve it by hand, with a note',
  })
  @IsBoolean()
  manualResolve: boolean;
}

@InputType()
export class EscalationFilterInput {
  @Field(() => EscalationStatusEnum, { nullable: true })
  @IsOptional()
  status?: EscalationStatus;

  @Field(() => EscalationTriggerEnum, { nullable: true })
  @IsOptional()
  trigger?: EscalationTrigger;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  ruleId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  accountId?: string;

  @Field({ nullable: true, description: 'Only those that reached me' })
  @IsOptional()
  @IsBoolean()
  mine?: boolean;

  @Field(() => Int, { nullable: true, description: '1 = the first level of the chain' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10)
  level?: number;

  @Field(() => EscalationObjectEnum, { nullable: true })
  @IsOptional()
  objectType?: EscalationObject;

  @Field(() => [ID], { nullable: true, description: 'These escalations (one opened by its link)' })
  @IsOptional()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  ids?: string[];
}
