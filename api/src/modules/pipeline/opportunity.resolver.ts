import { resolvedReads } from '../../graphql/planner/columns';
import {
  Arg,
  Args,
  Ctx,
  FieldResolver,
  ID,
  Info,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { percentOf } from '../../common/decimal';
import type { AuthedContext } from '../../graphql/context';
import { Connection } from '../../graphql/pagination/connection';
import { fromPlan } from '../../graphql/planner/planned';
import { PageArgs } from '../../graphql/pagination/page-args';
import { DecimalScalar } from '../../graphql/scalars/decimal.scalar';
import { Money, toMoney } from '../../graphql/scalars/money.type';
import { Account } from '../accounts/account.entity';
import { Contact } from '../customer-org/contact.entity';
import { User } from '../identity/user.entity';
import { DealChain } from '../processes/chain.types';
import { ProcessRun } from '../processes/process-run.entity';
import {
  CreateOpportunityInput,
  OpportunityFilter,
  OpportunityOrder,
  UpdateOpportunityInput,
} from './dtos/opportunity.inputs';
import { Task } from '../execution/task.entity';
import { Activity } from './activity.entity';
import { FunnelStage } from './funnel-stage.entity';
import { Lead } from './lead.entity';
import { PLANNED_DEAL_FIELDS } from './opportunity-plan';
import { StageStint } from './stage-time.types';
import {
  Opportunity,
  OpportunityContact,
  OpportunityTeamMember,
  StageChange,
} from './opportunity.entity';
import { requirePageBounds } from '../../graphql/pagination/page-bounds';
import { closeDatePassed } from './close-date';

export const OpportunityConnection = Connection(Opportunity);

@Resolver(() => Opportunity)
export class OpportunityResolver {
  @Query(() => OpportunityConnection)
  async opportunities(
    @Arg('filter', () => OpportunityFilter, { nullable: true })
    filter: OpportunityFilter | undefined,
    @Arg('orderBy', () => [OpportunityOrder], { nullable: true })
    orderBy: OpportunityOrder[] | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: AuthedContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return OpportunityConnection.from(
      await ctx.services.opportunities.list(ctx, filter, orderBy, page, info),
    );
  }

  @Query(() => Opportunity, { nullable: true })
  opportunity(@Arg('id', () => ID) id: string, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.pipeline.opportunityById.load(id);
  }

  @Query(() => OpportunityConnection, {
    description: 'Open deals that sat in their stage longer than `days` (oldest first)',
  })
  async stalledOpportunities(
    @Arg('days', () => Int) days: number,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: AuthedContext,
  ) {
    return OpportunityConnection.from(await ctx.services.funnel.stalled(ctx, days, page));
  }

  @Mutation(() => Opportunity)
  createOpportunity(
    @Arg('input', () => CreateOpportunityInput) input: CreateOpportunityInput,
    @Ctx() ctx: AuthedContext,
  ) {
    return ctx.services.opportunities.create(ctx, input);
  }

  @Mutation(() => Opportunity)
  updateOpportunity(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateOpportunityInput) input: UpdateOpportunityInput,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: AuthedContext,
  ) {
    return ctx.services.opportunities.update(ctx, id, input, version);
  }

  @Mutation(() => Opportunity, {
    description: 'Moves a deal to a stage, checking entry criteria; writes a StageChange',
  })
  moveOpportunity(
    @Arg('id', () => ID) id: string,
    @Arg('stageId', () => ID) stageId: string,
    @Arg('version', () => Int) version: number,
    @Arg('note', () => String, { nullable: true }) note: string | undefined,
    @Arg('contractAmount', () => DecimalScalar, {
      nullable: true,
      description: 'The signed amount, when moving to won',
    })
    contractAmount: string | undefined,
    @Ctx() ctx: AuthedContext,
  ) {
    return ctx.services.opportunities.move(ctx, id, stageId, version, { note, contractAmount });
  }

  @FieldResolver(() => Money, { nullable: true, description: 'Hidden from TECHNICAL and DELIVERY' })
  amount(@Root() deal: Opportunity) {
    return toMoney(deal.amount, deal.currency);
  }

  @FieldResolver(() => Money, {
    nullable: true,
    description: 'amount × stage probability; hidden from TECHNICAL and DELIVERY',
  })
  async weightedAmount(@Root() deal: Opportunity, @Ctx() ctx: AuthedContext) {
    const stage = await ctx.loaders.pipeline.stageById.load(deal.stageId);
    return stage ? toMoney(percentOf(deal.amount, stage.probability), deal.currency) : null;
  }

  @FieldResolver(() => Money, { nullable: true, description: 'Signed amount once won' })
  contractAmount(@Root() deal: Opportunity) {
    return toMoney(deal.contractAmount, deal.currency);
  }

  @FieldResolver(() => Account, { nullable: true })
  account(@Root() deal: Opportunity, @Ctx() ctx: AuthedContext) {
    return fromPlan(deal, PLANNED_DEAL_FIELDS.account, () =>
      ctx.loaders.accountById.load(deal.accountId),
    );
  }

  @FieldResolver(() => FunnelStage)
  stage(@Root() deal: Opportunity, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.pipeline.stageById.load(deal.stageId);
  }

  @FieldResolver(() => [StageStint], {
    description: 'Every stay in a stage, in order, with its days (time in stage)',
  })
  stageStints(@Root() deal: Opportunity, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.pipeline.stintsByOpportunityId.load(deal.id);
  }

  @FieldResolver(() => Int, { description: 'Whole days in the current stage' })
  daysInStage(@Root() deal: Opportunity): number {
    return Math.floor((Date.now() - deal.stageEnteredAt.getTime()) / 86_400_000);
  }

  @FieldResolver({
    description:
      "Open, and its expected close date is before today (the company's business day): the forecast needs a new date",
  })
  closeDatePassed(@Root() deal: Opportunity, @Ctx() ctx: AuthedContext): boolean {
    return closeDatePassed(deal, ctx.today());
  }

  @FieldResolver(() => User, { nullable: true })
  owner(@Root() deal: Opportunity, @Ctx() ctx: AuthedContext) {
    return fromPlan(deal, PLANNED_DEAL_FIELDS.owner, () => ctx.loaders.userById.load(deal.ownerId));
  }

  @FieldResolver(() => Contact, { nullable: true })
  coachContact(@Root() deal: Opportunity, @Ctx() ctx: AuthedContext) {
    return deal.coachContactId ? ctx.loaders.contactById.load(deal.coachContactId) : null;
  }

  @FieldResolver(() => [OpportunityTeamMember], { description: 'AR, SR and FR on this deal' })
  team(@Root() deal: Opportunity, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.pipeline.teamByOpportunityId.load(deal.id);
  }

  @FieldResolver(() => [OpportunityContact], { description: 'Who decides, and their role here' })
  decisionContacts(@Root() deal: Opportunity, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.pipeline.contactsByOpportunityId.load(deal.id);
  }

  @FieldResolver(() => Task, {
    nullable: true,
    description: 'The next win step: the open task on this deal due soonest',
  })
  nextStep(@Root() deal: Opportunity, @Ctx() ctx: AuthedContext) {
    return fromPlan(deal, PLANNED_DEAL_FIELDS.nextStep, () =>
      ctx.loaders.pipeline.nextTaskByOpportunityId.load(deal.id),
    );
  }

  @FieldResolver(() => [Activity], { description: 'The newest visits on this deal, newest first' })
  recentActivities(
    @Root() deal: Opportunity,
    @Ctx() ctx: AuthedContext,
    @Arg('first', () => Int, { defaultValue: 5, description: '1–20' }) first: number,
  ) {
    requirePageBounds(first, 0, 20);
    return fromPlan(deal, PLANNED_DEAL_FIELDS.recentActivities(first), () =>
      ctx.loaders.pipeline.recentActivitiesByOpportunityId(first).load(deal.id),
    );
  }

  @FieldResolver(() => [StageChange], { description: 'Every stage move, oldest first' })
  history(@Root() deal: Opportunity, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.pipeline.historyByOpportunityId.load(deal.id);
  }

  @FieldResolver(() => [ProcessRun], {
    description: "The customer's processes this deal goes through, and where it stands",
  })
  processRuns(@Root() deal: Opportunity, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.processes.runsBySubjectId.load(deal.id);
  }

  @FieldResolver(() => DealChain, {
    description:
      "Where the deal stands in the customer's chain: the step that is next, how late, whether the chain ends after the expected close, the gaps",
  })
  chain(@Root() deal: Opportunity, @Ctx() ctx: AuthedContext) {
    return ctx.services.processChains.dealChain(ctx, deal.id, deal.expectedCloseDate);
  }

  @FieldResolver(() => Lead, { nullable: true })
  lead(@Root() deal: Opportunity, @Ctx() ctx: AuthedContext) {
    return deal.leadId ? ctx.loaders.pipeline.leadById.load(deal.leadId) : null;
  }
}

// What each resolved field reads of the deal's row: a page of deals reads only the columns of
// the fields asked (the others read the row's id, or nothing of it).
resolvedReads(Opportunity, {
  amount: ['amount', 'currency'],
  weightedAmount: ['amount', 'currency', 'stageId'],
  contractAmount: ['contractAmount', 'currency'],
  account: ['accountId'],
  stage: ['stageId'],
  stageStints: [],
  daysInStage: ['stageEnteredAt'],
  closeDatePassed: ['closedAt', 'expectedCloseDate'],
  owner: ['ownerId'],
  coachContact: ['coachContactId'],
  team: [],
  decisionContacts: [],
  nextStep: [],
  recentActivities: [],
  history: [],
  processRuns: [],
  chain: ['expectedCloseDate'],
  lead: ['leadId'],
});

@Resolver(() => OpportunityTeamMember)
export class OpportunityTeamMemberResolver {
  @FieldResolver(() => User, { nullable: true })
  user(@Root() member: OpportunityTeamMember, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.userById.load(member.userId);
  }
}

@Resolver(() => OpportunityContact)
export class OpportunityContactResolver {
  @FieldResolver(() => Contact, { nullable: true })
  contact(@Root() row: OpportunityContact, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.contactById.load(row.contactId);
  }
}

@Resolver(() => StageChange)
export class StageChangeResolver {
  @FieldResolver(() => FunnelStage, { nullable: true })
  fromStage(@Root() change: StageChange, @Ctx() ctx: AuthedContext) {
    return change.fromStageId ? ctx.loaders.pipeline.stageById.load(change.fromStageId) : null;
  }

  @FieldResolver(() => FunnelStage)
  toStage(@Root() change: StageChange, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.pipeline.stageById.load(change.toStageId);
  }

  @FieldResolver(() => User, { nullable: true })
  actor(@Root() change: StageChange, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.userById.load(change.actorId);
  }

  @FieldResolver(() => Opportunity, { nullable: true })
  opportunity(@Root() change: StageChange, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.pipeline.opportunityById.load(change.opportunityId);
  }
}
