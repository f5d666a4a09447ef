import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Lead } from '../pipeline/lead.entity';
import { Feedback } from './feedback.entity';
import { Task } from './task.entity';
@ObjectType({ description: 'Seed 000: complete when every task has an assignee who confirmed it' })
export class PlanReadiness {
  planId: string;

  @Field(() => [Task], { description: 'Nobody assigned yet' })
  unassigned: Task[];

  @Field(() => [Task], { description: 'Assigned but not acknowledged' })
  unacknowledged: Task[];

  @Field()
  complete: boolean;

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
