import type {
  ApprovalRule,
  DealTeamRole,
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
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { OmitOrSet, NotBlank } from '../../../common/validation';
import {
  ApprovalRuleEnum,
  ProcessKindEnum,
  RunStatusEnum,
  RunStepStatusEnum,
  RunSubjectTypeEnum,
} from '../processes.enums';
import { DealTeamRoleEnum } from '../../pipeline/pipeline.enums';

@InputType()
export class ApprovalStepInput {
  @Field()
  @Length(1, 200)
  @NotBlank()
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

  @Field(() => DealTeamRoleEnum, {
    nullable: true,
    description: "Who on our side carries it (default: the process kind's)",
  })
  @IsOptional()
  ownerRole?: DealTeamRole | null;

  @Field(() => ID, { nullable: true, description: 'A named colleague instead of a team role' })
  @IsOptional()
  @IsUUID()
  ownerUserId?: string | null;
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
  @NotBlank()
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
  @NotBlank()
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

/** A run follows its subject: the steps come from the deal's or contract's own facts. */
@InputType()
export class StartProcessRunInput {
  @Field(() => ID)
  @IsUUID()
  templateId: string;

  @Field(() => RunSubjectTypeEnum)
  subjectType: RunSubjectType;

  @Field(() => ID, { description: 'The deal, the contract, or the account itself' })
  @IsUUID()
  subjectId: string;

  @Field(() => String, {
    nullable: true,
    description: 'Default: the subject and the process, e.g. "5G core · Procurement"',
  })
  @IsOptional()
  @Length(1, 200)
  @NotBlank()
  title?: string | null;
}

/** What a run would be, before it is started (the same planner, nothing saved). */
@InputType()
export class PlanRunInput {
  @Field(() => ID)
  @IsUUID()
  templateId: string;

  @Field(() => RunSubjectTypeEnum)
  subjectType: RunSubjectType;

  @Field(() => ID)
  @IsUUID()
  subjectId: string;
}

/** A signature nobody predicted, put into a running chain with the reason. */
@InputType()
export class InsertRunStepInput {
  @Field(() => ID, { nullable: true, description: 'Insert after this step; leave out: first' })
  @IsOptional()
  @IsUUID()
  afterStepId?: string | null;

  @Field()
  @Length(1, 200)
  @NotBlank()
  name: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  approverContactId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  approverOrgUnitId?: string | null;

  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(0)
  @Max(365)
  typicalDays: number;

  @Field(() => DealTeamRoleEnum, { nullable: true })
  @IsOptional()
  ownerRole?: DealTeamRole | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  ownerUserId?: string | null;

  @Field({ description: 'Why the customer needs this signature' })
  @Length(1, 1000)
  @NotBlank()
  reason: string;

  @Field({
    defaultValue: false,
    description:
      "Also add it to the account's template, for every later run (ADMIN or the account's AR)",
  })
  addToTemplate: boolean;
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
