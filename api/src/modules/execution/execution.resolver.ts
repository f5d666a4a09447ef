import {
  Arg,
  Args,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { AuthedContext } from '../../graphql/context';
import { Connection } from '../../graphql/pagination/connection';
import { PageArgs } from '../../graphql/pagination/page-args';
import { Account } from '../accounts/account.entity';
import { User } from '../identity/user.entity';
import { Opportunity } from '../pipeline/opportunity.entity';
import {
  CreateTaskInput,
  CreateWorkPlanInput,
  FeedbackFilter,
  ReportFeedbackInput,
  ReviewTaskInput,
  ReviewWorkPlanInput,
  TaskFilter,
  UpdateTaskInput,
  UpdateWorkPlanInput,
  WorkPlanFilter,
} from './dtos/execution.inputs';
import { Feedback } from './feedback.entity';
import { Handover } from './handover.entity';
import { Task } from './task.entity';
import { WorkPlanReview } from './work-plan-review.entity';
import { WorkPlan } from './work-plan.entity';
import { AccountRisk } from '../risks/account-risk.entity';
import { PlanReadiness, AckTime, FeedbackLead, HandoverProgress } from './execution.types';

export const TaskConnection = Connection(Task);
export const WorkPlanConnection = Connection(WorkPlan);
export const FeedbackConnection = Connection(Feedback);

@Resolver(() => Task)
export class TaskResolver {
  @Query(() => TaskConnection, { description: 'The task table, soonest due first' })
  async tasks(
    @Arg('filter', () => TaskFilter, { nullable: true }) filter: TaskFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: AuthedContext,
  ) {
    return TaskConnection.from(await ctx.services.tasks.list(ctx, filter, page));
  }

  @Query(() => Task, { nullable: true })
  task(@Arg('id', () => ID) id: string, @Ctx() ctx: AuthedContext) {
    return ctx.services.tasks.get(ctx, id);
  }

  @Mutation(() => Task)
  createTask(
    @Arg('input', () => CreateTaskInput) input: CreateTaskInput,
    @Ctx() ctx: AuthedContext,
  ) {
    return ctx.services.tasks.create(ctx, input);
  }

  @Mutation(() => Task)
  updateTask(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateTaskInput) input: UpdateTaskInput,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: AuthedContext,
  ) {
    return ctx.services.tasks.update(ctx, id, input, version);
  }

  @Mutation(() => Task, { description: 'The assignee confirms content, quality, result and due' })
  acknowledgeTask(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: AuthedContext,
  ) {
    return ctx.services.tasks.acknowledge(ctx, id, version);
  }

  @Mutation(() => Task)
  startTask(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: AuthedContext,
  ) {
    return ctx.services.tasks.start(ctx, id, version);
  }

  @Mutation(() => Task)
  submitTask(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('note', () => String, { nullable: true }) note: string | undefined,
    @Ctx() ctx: AuthedContext,
  ) {
    return ctx.services.tasks.submit(ctx, id, version, note ?? undefined);
  }

  @Mutation(() => Task, { description: 'ACCEPT with a score 0–100, or REWORK with notes' })
  reviewTask(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => ReviewTaskInput) input: ReviewTaskInput,
    @Ctx() ctx: AuthedContext,
  ) {
    return ctx.services.tasks.review(ctx, id, version, input);
  }

  @Mutation(() => Task)
  cancelTask(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('reason', () => String, { nullable: true }) reason: string | undefined,
    @Ctx() ctx: AuthedContext,
  ) {
    return ctx.services.tasks.cancel(ctx, id, version, reason ?? undefined);
  }

  @FieldResolver(() => Account, { nullable: true })
  account(@Root() task: Task, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.accountById.load(task.accountId);
  }

  @FieldResolver(() => Opportunity, { nullable: true })
  opportunity(@Root() task: Task, @Ctx() ctx: AuthedContext) {
    return task.opportunityId
      ? ctx.loaders.pipeline.opportunityById.load(task.opportunityId)
      : null;
  }

  @FieldResolver(() => User, { nullable: true })
  assignee(@Root() task: Task, @Ctx() ctx: AuthedContext) {
    return task.assigneeId ? ctx.loaders.userById.load(task.assigneeId) : null;
  }

  @FieldResolver(() => User, { nullable: true })
  requester(@Root() task: Task, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.userById.load(task.requesterId);
  }

  @Mutation(() => Task, {
    description: 'The assignee is stuck: the requester and the AR hear the reason at once',
  })
  reportTaskStuck(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: AuthedContext,
  ) {
    return ctx.services.tasks.reportStuck(ctx, id, version, reason);
  }

  @Mutation(() => Task, { description: 'The requester, AR or a manager answers; work goes on' })
  answerStuckTask(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('answer', () => String) answer: string,
    @Ctx() ctx: AuthedContext,
  ) {
    return ctx.services.tasks.answerStuck(ctx, id, version, answer);
  }

  @FieldResolver(() => [Task], { description: 'Tasks this one waits for (those you may see)' })
  blockedBy(@Root() task: Task, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.execution.blockersByTaskId.load(task.id);
  }

  @FieldResolver(() => Boolean, {
    description: 'Waits for a task neither done nor cancelled: cannot start',
  })
  blocked(@Root() task: Task, @Ctx() ctx: AuthedContext): Promise<boolean> {
    return ctx.loaders.execution.blockedTaskIds.load(task.id);
  }

  @FieldResolver(() => AccountRisk, { nullable: true })
  risk(@Root() task: Task, @Ctx() ctx: AuthedContext) {
    return task.riskId ? ctx.loaders.riskById.load(task.riskId) : null;
  }

  @FieldResolver({ description: 'Past due and not done' })
  overdue(@Root() task: Task): boolean {
    return task.due.getTime() < Date.now() && task.status !== 'DONE' && task.status !== 'CANCELLED';
  }
}

@Resolver(() => WorkPlan)
export class WorkPlanResolver {
  @Query(() => WorkPlanConnection)
  async workPlans(
    @Arg('filter', () => WorkPlanFilter, { nullable: true }) filter: WorkPlanFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: AuthedContext,
  ) {
    return WorkPlanConnection.from(await ctx.services.workPlans.list(ctx, filter, page));
  }

  @Query(() => WorkPlan, { nullable: true })
  workPlan(@Arg('id', () => ID) id: string, @Ctx() ctx: AuthedContext) {
    return ctx.services.workPlans.get(ctx, id);
  }

  @Query(() => PlanReadiness, { nullable: true })
  planReadiness(@Arg('planId', () => ID) planId: string, @Ctx() ctx: AuthedContext) {
    return ctx.services.workPlans.readiness(ctx, planId);
  }

  @Mutation(() => WorkPlan)
  createWorkPlan(
    @Arg('input', () => CreateWorkPlanInput) input: CreateWorkPlanInput,
    @Ctx() ctx: AuthedContext,
  ) {
    return ctx.services.workPlans.create(ctx, input);
  }

  @Mutation(() => WorkPlan)
  updateWorkPlan(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateWorkPlanInput) input: UpdateWorkPlanInput,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: AuthedContext,
  ) {
    return ctx.services.workPlans.update(ctx, id, input, version);
  }

  @FieldResolver(() => Account, { nullable: true })
  account(@Root() plan: WorkPlan, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.accountById.load(plan.accountId);
  }

  @FieldResolver(() => [Task])
  tasks(@Root() plan: WorkPlan, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.execution.tasksByPlanId.load(plan.id);
  }

  @Mutation(() => WorkPlanReview, {
    description: 'The AR went through the whole task table with the team (seed 000)',
  })
  reviewWorkPlan(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ReviewWorkPlanInput) input: ReviewWorkPlanInput,
    @Ctx() ctx: AuthedContext,
  ) {
    return ctx.services.workPlans.review(ctx, id, input.notes);
  }
}

@Resolver(() => Feedback)
export class FeedbackResolver {
  @Query(() => FeedbackConnection, { description: 'Newest first' })
  async feedbacks(
    @Arg('filter', () => FeedbackFilter, { nullable: true }) filter: FeedbackFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: AuthedContext,
  ) {
    return FeedbackConnection.from(await ctx.services.feedback.list(ctx, filter, page));
  }

  @Query(() => [AckTime], { description: 'Time to acknowledge feedback per AR (minutes)' })
  feedbackAckTimes(
    @Arg('from', () => Date, { nullable: true }) from: Date | undefined,
    @Arg('to', () => Date, { nullable: true }) to: Date | undefined,
    @Ctx() ctx: AuthedContext,
  ) {
    return ctx.services.feedback.ackTimes(ctx, from ?? undefined, to ?? undefined);
  }

  @Mutation(() => Feedback, { description: 'Reaches the account’s AR at once' })
  reportFeedback(
    @Arg('input', () => ReportFeedbackInput) input: ReportFeedbackInput,
    @Ctx() ctx: AuthedContext,
  ) {
    return ctx.services.feedback.report(ctx, input);
  }

  @Mutation(() => Feedback)
  acknowledgeFeedback(@Arg('id', () => ID) id: string, @Ctx() ctx: AuthedContext) {
    return ctx.services.feedback.acknowledge(ctx, id);
  }

  @Mutation(() => FeedbackLead, { description: 'A new need becomes a lead' })
  feedbackToLead(
    @Arg('id', () => ID) id: string,
    @Arg('title', () => String, { nullable: true }) title: string | undefined,
    @Ctx() ctx: AuthedContext,
  ) {
    return ctx.services.feedback.toLead(ctx, id, title ?? undefined);
  }

  @FieldResolver(() => Account, { nullable: true })
  account(@Root() row: Feedback, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.accountById.load(row.accountId);
  }

  @FieldResolver(() => User, { nullable: true })
  reporter(@Root() row: Feedback, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.userById.load(row.reporterId);
  }

  @FieldResolver(() => User, { nullable: true })
  routedTo(@Root() row: Feedback, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.userById.load(row.routedToId);
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Minutes until acknowledged' })
  minutesToAcknowledge(@Root() row: Feedback): number | null {
    return row.acknowledgedAt
      ? Math.round((row.acknowledgedAt.getTime() - row.createdAt.getTime()) / 60_000)
      : null;
  }
}

@Resolver(() => AckTime)
export class AckTimeResolver {
  @FieldResolver(() => User, { nullable: true })
  user(@Root() row: AckTime, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.userById.load(row.userId);
  }
}

@Resolver(() => Handover)
export class HandoverResolver {
  @Query(() => [Handover], { description: 'Handovers, newest first' })
  handovers(@Ctx() ctx: AuthedContext) {
    return ctx.services.handovers.list(ctx);
  }

  @Query(() => Handover, { nullable: true })
  handover(@Arg('id', () => ID) id: string, @Ctx() ctx: AuthedContext) {
    return ctx.services.handovers.get(ctx, id);
  }

  @Mutation(() => Handover, {
    description: 'One task per customer and open deal of the leaver, with the seed 001 playbook',
  })
  startHandover(
    @Arg('fromUserId', () => ID) fromUserId: string,
    @Arg('toUserId', () => ID) toUserId: string,
    @Ctx() ctx: AuthedContext,
  ) {
    return ctx.services.handovers.start(ctx, fromUserId, toUserId);
  }

  @FieldResolver(() => User, { nullable: true })
  fromUser(@Root() row: Handover, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.userById.load(row.fromUserId);
  }

  @FieldResolver(() => User, { nullable: true })
  toUser(@Root() row: Handover, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.userById.load(row.toUserId);
  }

  @FieldResolver(() => HandoverProgress)
  progress(@Root() row: Handover, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.execution.progressByHandoverId.load(row.id);
  }

  @FieldResolver(() => [Task], { description: 'The items, one task each' })
  items(@Root() row: Handover, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.execution.tasksByHandoverId.load(row.id);
  }
}
