import type {
  ApprovalRule,
  ProcessKind,
  RunStatus,
  RunStepStatus,
  RunSubjectType,
} from '@trident/domain';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsInt,
  IsOptional,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { OmitOrSet } from '../../../common/validation';
import { DecimalScalar } from '../../../graphql/scalars/decimal.scalar';
import {
  ApprovalRuleEnum,
  ProcessKindEnum,
  RunStatusEnum,
  RunStepStatusEnum,
  RunSubjectTypeEnum,
} from '../processes.enums';

const NOT_BLANK = { message: 'must not be blank' };

@InputType()
export class ApprovalStepInput {
  @Field()
  @Length(1, 200)
  @Matches(/\S/, NOT_BLANK)
  name: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  approverContactId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  approverOrgUnitId?: string | null;

  @Field(() => ApprovalRuleEnum, { defaultValue: 'ALL' })
  rule: ApprovalRule;

  @Field(() => String, {
    nullable: true,
    description: 'e.g. amount >= 1000000 and productLine == "5G"',
  })
  @IsOptional()
  @MaxLength(500)
  condition?: string | null;

  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(0)
  @Max(365)
  typicalDays: number;

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(30)
  @MaxLength(200, { each: true })
  documentsRequired: string[];
}

@InputType()
export class CreateProcessTemplateInput {
  @Field(() => ID, { nullable: true, description: 'Leave out for a global template (ADMIN only)' })
  @IsOptional()
  @IsUUID()
  accountId?: string | null;

  @Field(() => ProcessKindEnum)
  kind: ProcessKind;

  @Field()
  @Length(1, 200)
  @Matches(/\S/, NOT_BLANK)
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  description?: string | null;

  @Field(() => [ApprovalStepInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  steps: ApprovalStepInput[];
}

@InputType()
export class UpdateProcessTemplateInput {
  @Field({ nullable: true })
  @OmitOrSet()
  @Length(1, 200)
  @Matches(/\S/, NOT_BLANK)
  name?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  description?: string | null;

  @Field(() => [ApprovalStepInput], {
    nullable: true,
    description: 'Replaces all steps, in this order',
  })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  steps?: ApprovalStepInput[];
}

@InputType()
export class ProcessTemplateFilter {
  @Field(() => ID, { nullable: true, description: "An account's own templates" })
  @IsOptional()
  @IsUUID()
  accountId?: string;

  @Field({ nullable: true, description: 'Include global templates (default true)' })
  @IsOptional()
  includeGlobal?: boolean;

  @Field(() => ProcessKindEnum, { nullable: true })
  @IsOptional()
  kind?: ProcessKind;
}

@InputType()
export class StartProcessRunInput {
  @Field(() => ID)
  @IsUUID()
  templateId: string;

  @Field(() => ID, { description: 'The customer; for an account template, its own account' })
  @IsUUID()
  accountId: string;

  @Field(() => RunSubjectTypeEnum)
  subjectType: RunSubjectType;

  @Field(() => ID)
  @IsUUID()
  subjectId: string;

  @Field()
  @Length(1, 200)
  @Matches(/\S/, NOT_BLANK)
  title: string;

  @Field(() => DecimalScalar, { nullable: true })
  @IsOptional()
  amount?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  productLine?: string | null;
}

@InputType()
export class MoveRunStepInput {
  @Field(() => RunStepStatusEnum)
  status: RunStepStatus;

  @Field(() => ID, { nullable: true, description: 'Who at the customer holds it up (BLOCKED)' })
  @IsOptional()
  @IsUUID()
  blockerContactId?: string | null;

  @Field(() => String, { nullable: true, description: 'Required when BLOCKED' })
  @IsOptional()
  @MaxLength(2000)
  reason?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  note?: string | null;
}

@InputType()
export class ProcessRunFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  accountId?: string;

  @Field(() => RunStatusEnum, { nullable: true })
  @IsOptional()
  status?: RunStatus;

  @Field(() => RunSubjectTypeEnum, { nullable: true })
  @IsOptional()
  subjectType?: RunSubjectType;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  subjectId?: string;
}
