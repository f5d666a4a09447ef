import type {
  FeedbackKind,
  FeedbackSeverity,
  ReviewDecision,
  TaskKind,
  TaskStatus,
} from '@trident/domain';
import {
  ArrayMaxSize,
  IsBoolean,
  IsInt,
  IsOptional,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import {
  FeedbackKindEnum,
  FeedbackSeverityEnum,
  ReviewDecisionEnum,
  TaskKindEnum,
  TaskStatusEnum,
} from '../execution.enums';
import { OmitOrSet, NotBlank } from '../../../common/validation';

@InputType('TaskFieldsInput')
abstract class TaskFields {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(8000)
  content?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(4000)
  qualityRequirement?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(4000)
  expectedResult?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(4000)
  resourcesNeeded?: string | null;

  @Field(() => ID, { nullable: true, description: 'Changing it asks for a new acknowledgement' })
  @IsOptional()
  @IsUUID()
  assigneeId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  planId?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Tasks of the same customer this one waits for (replaces the list); no cycles',
  })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  blockedByIds?: string[] | null;
}

@InputType()
export class CreateTaskInput extends TaskFields {
  @Field(() => ID)
  @IsUUID()
  accountId: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  opportunityId?: string | null;

  @Field(() => TaskKindEnum, { defaultValue: 'GENERAL' })
  kind: TaskKind;

  @Field(() => ID, { nullable: true, description: 'The account risk this task mitigates' })
  @IsOptional()
  @IsUUID()
  riskId?: string | null;

  @Field()
  @Length(1, 300)
  @NotBlank()
  title: string;

  @Field(() => Date)
  due: Date;

  @Field({
    nullable: true,
    description: 'Confirms a due time already past: the task starts overdue (audited)',
  })
  @IsOptional()
  @IsBoolean()
  allowPastDue?: boolean;
}

@InputType()
export class UpdateTaskInput extends TaskFields {
  @Field({ nullable: true })
  @OmitOrSet()
  @Length(1, 300)
  @NotBlank()
  title?: string;

  @Field(() => Date, { nullable: true })
  @OmitOrSet()
  due?: Date;

  @Field({
    nullable: true,
    description: 'Confirms a new due time already past: the task becomes overdue (audited)',
  })
  @IsOptional()
  @IsBoolean()
  allowPastDue?: boolean;
}

@InputType()
export class ReviewTaskInput {
  @Field(() => ReviewDecisionEnum)
  decision: ReviewDecision;

  @Field(() => Int, { nullable: true, description: '0–100, required to accept' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  score?: number;

  @Field(() => String, { nullable: true, description: 'Required to send it back' })
  @IsOptional()
  @MaxLength(4000)
  notes?: string | null;
}

@InputType()
export class TaskFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  accountId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  opportunityId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  planId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  assigneeId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  requesterId?: string;

  @Field({ nullable: true, description: 'Assigned to me' })
  @IsOptional()
  @IsBoolean()
  mine?: boolean;

  @Field(() => [TaskStatusEnum], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(8)
  statuses?: TaskStatus[];

  @Field(() => TaskKindEnum, { nullable: true })
  @IsOptional()
  kind?: TaskKind;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  dueBefore?: Date;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  dueAfter?: Date;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  handoverId?: string;
}

@InputType()
export class CreateWorkPlanInput {
  @Field(() => ID)
  @IsUUID()
  accountId: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  opportunityId?: string | null;

  @Field()
  @Length(1, 300)
  @NotBlank()
  name: string;
}

@InputType()
export class UpdateWorkPlanInput {
  @Field({ nullable: true })
  @OmitOrSet()
  @Length(1, 300)
  @NotBlank()
  name?: string;

  @Field(() => Int, { nullable: true, description: 'How well the result is presented, 0–100' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  presentationScore?: number | null;
}

@InputType()
export class WorkPlanFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  accountId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  opportunityId?: string;

  @Field({ nullable: true, description: 'Part of the name' })
  @IsOptional()
  @MaxLength(200)
  search?: string;
}

@InputType()
export class ReportFeedbackInput {
  @Field(() => ID)
  @IsUUID()
  accountId: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  opportunityId?: string | null;

  @Field(() => FeedbackKindEnum)
  kind: FeedbackKind;

  @Field(() => FeedbackSeverityEnum, { defaultValue: 'MINOR' })
  severity: FeedbackSeverity;

  @Field()
  @Length(1, 4000)
  @NotBlank()
  text: string;
}

@InputType()
export class FeedbackFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  accountId?: string;

  @Field({ nullable: true, description: 'Routed to me' })
  @IsOptional()
  @IsBoolean()
  mine?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  acknowledged?: boolean;

  @Field(() => FeedbackKindEnum, { nullable: true })
  @IsOptional()
  kind?: FeedbackKind;

  @Field(() => [ID], { nullable: true, description: 'These reports (one opened by its link)' })
  @IsOptional()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  ids?: string[];
}

@InputType()
export class ReviewWorkPlanInput {
  @Field({ description: 'What the team agreed when going through the whole table' })
  @Length(1, 4000)
  @NotBlank()
  notes: string;
}
