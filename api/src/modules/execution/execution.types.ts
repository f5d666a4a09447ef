import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Lead } from '../pipeline/lead.entity';
import { Feedback } from './feedback.entity';
import { Task } from './task.entity';
import { WorkPlanReview } from './work-plan-review.entity';
@ObjectType({
  description:
    'Seed 000: complete when it has tasks and every one has an assignee who confirmed it',
})
export class PlanReadiness {
  planId: string;

  @Field(() => [Task], { description: 'Nobody assigned yet' })
  unassigned: Task[];

  @Field(() => [Task], { description: 'Assigned but not acknowledged' })
  unacknowledged: Task[];

  @Field({ description: 'Every task has an assignee who acknowledged it' })
  complete: boolean;

  @Field({ description: 'The AR reviewed the whole table since its last task was added or left' })
  reviewed: boolean;

  @Field({ description: 'Complete and reviewed: the table counts as ready (seed 000)' })
  ready: boolean;

  @Field(() => WorkPlanReview, { nullable: true })
  lastReview: WorkPlanReview | null;

  @Field(() => Float, { nullable: true, description: 'Mean review score, undone tasks count 0' })
  execution: number | null;

  @Field(() => Float, { nullable: true })
  presentation: number | null;

  @Field(() => Float, { nullable: true, description: 'execution × presentation (70 × 70 → 49)' })
  score: number | null;
}

@ObjectType()
export class AckTime {
  userId: string;

  @Field(() => Int)
  reported: number;

  @Field(() => Int)
  acknowledged: number;

  @Field(() => Int)
  waiting: number;

  @Field(() => Float, { nullable: true })
  medianMinutes: number | null;

  @Field(() => Float, { nullable: true })
  p90Minutes: number | null;
}

@ObjectType()
export class FeedbackLead {
  @Field(() => Feedback)
  feedback: Feedback;

  @Field(() => Lead)
  lead: Lead;
}

@ObjectType()
export class HandoverProgress {
  @Field(() => Int)
  total: number;

  @Field(() => Int)
  done: number;
}
