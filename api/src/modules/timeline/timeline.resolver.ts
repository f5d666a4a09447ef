import type { TimelineKind } from '@trident/domain';
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { AuthedContext } from '../../graphql/context';
import { Connection } from '../../graphql/pagination/connection';
import { PageArgs } from '../../graphql/pagination/page-args';
import { ClaimAttempt } from '../accounts/claim-attempt.entity';
import { Contract, PaymentMilestone } from '../collections/contract.entity';
import { Escalation } from '../escalations/escalation.entity';
import { Feedback } from '../execution/feedback.entity';
import { Task } from '../execution/task.entity';
import { User } from '../identity/user.entity';
import { Activity } from '../pipeline/activity.entity';
import { StageChange } from '../pipeline/opportunity.entity';
import { AccountRisk } from '../risks/account-risk.entity';
import { TimelineEntry, TimelineKindEnum } from './timeline.types';

export const TimelineConnection = Connection(TimelineEntry);

/** Each entry opens its row through that row's own loader (and so its own scope). */
@Resolver(() => TimelineEntry)
export class TimelineResolver {
  @Query(() => TimelineConnection, {
    nullable: true,
    description:
      'Everything that happened at an account, newest first: visits, stage moves, claims, feedback, tasks done, payments, escalations, contracts and risks',
  })
  async timeline(
    @Arg('accountId', () => ID) accountId: string,
    @Arg('kinds', () => [TimelineKindEnum], {
      nullable: true,
      description: 'Only these kinds (all when empty)',
    })
    kinds: TimelineKind[] | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: AuthedContext,
  ) {
    const result = await ctx.services.timeline.forAccount(ctx, accountId, page, kinds ?? undefined);
    return result ? TimelineConnection.from(result) : null;
  }

  @FieldResolver(() => User, { nullable: true })
  actor(@Root() entry: TimelineEntry, @Ctx() ctx: AuthedContext) {
    return entry.actorId ? ctx.loaders.userById.load(entry.actorId) : null;
  }

  @FieldResolver(() => Activity, { nullable: true })
  activity(@Root() entry: TimelineEntry, @Ctx() ctx: AuthedContext) {
    return entry.kind === 'ACTIVITY' ? ctx.loaders.pipeline.activityById.load(entry.refId) : null;
  }

  @FieldResolver(() => StageChange, { nullable: true })
  stageChange(@Root() entry: TimelineEntry, @Ctx() ctx: AuthedContext) {
    return entry.kind === 'STAGE_CHANGE'
      ? ctx.loaders.pipeline.stageChangeById.load(entry.refId)
      : null;
  }

  @FieldResolver(() => ClaimAttempt, { nullable: true })
  claimAttempt(@Root() entry: TimelineEntry, @Ctx() ctx: AuthedContext) {
    return entry.kind === 'CLAIM_ATTEMPT'
      ? ctx.loaders.pipeline.claimAttemptById.load(entry.refId)
      : null;
  }

  @FieldResolver(() => Feedback, { nullable: true })
  feedback(@Root() entry: TimelineEntry, @Ctx() ctx: AuthedContext) {
    return entry.kind === 'FEEDBACK' ? ctx.loaders.execution.feedbackById.load(entry.refId) : null;
  }

  @FieldResolver(() => Task, { nullable: true })
  task(@Root() entry: TimelineEntry, @Ctx() ctx: AuthedContext) {
    return entry.kind === 'TASK_DONE' ? ctx.loaders.execution.taskById.load(entry.refId) : null;
  }

  @FieldResolver(() => PaymentMilestone, {
    nullable: true,
    description: 'For a payment: the milestone it was paid against',
  })
  paymentMilestone(@Root() entry: TimelineEntry, @Ctx() ctx: AuthedContext) {
    return entry.kind === 'PAYMENT'
      ? ctx.loaders.collections.milestoneById.load(entry.refId)
      : null;
  }

  @FieldResolver(() => Escalation, { nullable: true })
  escalation(@Root() entry: TimelineEntry, @Ctx() ctx: AuthedContext) {
    return entry.kind === 'ESCALATION'
      ? ctx.loaders.escalations.escalationById.load(entry.refId)
      : null;
  }

  @FieldResolver(() => Contract, { nullable: true })
  contract(@Root() entry: TimelineEntry, @Ctx() ctx: AuthedContext) {
    return entry.kind === 'CONTRACT'
      ? ctx.loaders.collections.contractById.load(entry.refId)
      : null;
  }

  @FieldResolver(() => AccountRisk, { nullable: true })
  risk(@Root() entry: TimelineEntry, @Ctx() ctx: AuthedContext) {
    return entry.kind === 'RISK' ? ctx.loaders.riskById.load(entry.refId) : null;
  }
}
