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
import { DecimalScalar } from '../../graphql/scalars/decimal.scalar';
import { Account } from '../accounts/account.entity';
import { Contact } from '../customer-org/contact.entity';
import { OrgUnit } from '../customer-org/org-unit.entity';
import { User } from '../identity/user.entity';
import { ApprovalStep } from './approval-step.entity';
import type { RunStepGap } from '@trident/domain';
import { PlannedStep, RunPreview } from './chain.types';
import {
  CreateProcessTemplateInput,
  InsertRunStepInput,
  MoveRunStepInput,
  PlanRunInput,
  ProcessRunFilter,
  ProcessTemplateFilter,
  StartProcessRunInput,
  UpdateProcessTemplateInput,
} from './dtos/process.inputs';
import {
  ProcessRun,
  ProcessRunPlan,
  ProcessRunStep,
  ProcessRunStepChange,
} from './process-run.entity';
import { RunStepGapEnum } from './processes.enums';
import { ProcessTemplate } from './process-template.entity';
import { ApprovalPath } from './chain.types';

export const ProcessTemplateConnection = Connection(ProcessTemplate);
export const ProcessRunConnection = Connection(ProcessRun);
export const ProcessRunStepConnection = Connection(ProcessRunStep);

@Resolver(() => ProcessTemplate)
export class ProcessTemplateResolver {
  @Query(() => ProcessTemplateConnection)
  async processTemplates(
    @Arg('filter', () => ProcessTemplateFilter, { nullable: true })
    filter: ProcessTemplateFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: AuthedContext,
  ) {
    return ProcessTemplateConnection.from(
      await ctx.services.processTemplates.list(ctx, filter, page),
    );
  }

  @Query(() => ProcessTemplate, { nullable: true })
  processTemplate(@Arg('id', () => ID) id: string, @Ctx() ctx: AuthedContext) {
    return ctx.services.processTemplates.get(ctx, id);
  }

  @Query(() => ApprovalPath, { description: 'The steps of a process that apply to a deal' })
  approvalPath(
    @Arg('processId', () => ID) processId: string,
    @Arg('amount', () => DecimalScalar, { nullable: true }) amount: string | undefined,
    @Arg('productLine', () => String, { nullable: true }) productLine: string | undefined,
    @Arg('region', () => String, { nullable: true }) region: string | undefined,
    @Ctx() ctx: AuthedContext,
  ) {
    return ctx.services.processTemplates.approvalPath(ctx, processId, {
      amount,
      productLine,
      region,
    });
  }

  @Mutation(() => ProcessTemplate)
  createProcessTemplate(
    @Arg('input', () => CreateProcessTemplateInput) input: CreateProcessTemplateInput,
    @Ctx() ctx: AuthedContext,
  ) {
    return ctx.services.processTemplates.create(ctx, input);
  }

  @Mutation(() => ProcessTemplate)
  updateProcessTemplate(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateProcessTemplateInput) input: UpdateProcessTemplateInput,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: AuthedContext,
  ) {
    return ctx.services.processTemplates.update(ctx, id, input, version);
  }

  @Mutation(() => ProcessTemplate, { description: 'Copy a template to an account as its own' })
  copyProcessTemplate(
    @Arg('templateId', () => ID) templateId: string,
    @Arg('accountId', () => ID) accountId: string,
    @Ctx() ctx: AuthedContext,
  ) {
    return ctx.services.processTemplates.copy(ctx, templateId, accountId);
  }

  @FieldResolver(() => [ApprovalStep])
  steps(@Root() template: ProcessTemplate, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.processes.stepsByTemplateId.load(template.id);
  }

  @FieldResolver(() => Account, { nullable: true })
  account(@Root() template: ProcessTemplate, @Ctx() ctx: AuthedContext) {
    return template.accountId ? ctx.loaders.accountById.load(template.accountId) : null;
  }
}

@Resolver(() => ApprovalStep)
export class ApprovalStepResolver {
  @FieldResolver(() => Contact, { nullable: true })
  approverContact(@Root() step: ApprovalStep, @Ctx() ctx: AuthedContext) {
    return step.approverContactId ? ctx.loaders.contactById.load(step.approverContactId) : null;
  }

  @FieldResolver(() => OrgUnit, { nullable: true })
  approverOrgUnit(@Root() step: ApprovalStep, @Ctx() ctx: AuthedContext) {
    return step.approverOrgUnitId ? ctx.loaders.orgUnitById.load(step.approverOrgUnitId) : null;
  }

  @FieldResolver(() => User, { nullable: true })
  ownerUser(@Root() step: ApprovalStep, @Ctx() ctx: AuthedContext) {
    return step.ownerUserId ? ctx.loaders.userById.load(step.ownerUserId) : null;
  }
}

@Resolver(() => PlannedStep)
export class PlannedStepResolver {
  @FieldResolver(() => Contact, { nullable: true })
  approverContact(@Root() step: PlannedStep, @Ctx() ctx: AuthedContext) {
    return step.approverContactId ? ctx.loaders.contactById.load(step.approverContactId) : null;
  }

  @FieldResolver(() => OrgUnit, { nullable: true })
  approverOrgUnit(@Root() step: PlannedStep, @Ctx() ctx: AuthedContext) {
    return step.approverOrgUnitId ? ctx.loaders.orgUnitById.load(step.approverOrgUnitId) : null;
  }

  @FieldResolver(() => User, { nullable: true })
  owner(@Root() step: PlannedStep, @Ctx() ctx: AuthedContext) {
    return step.ownerId ? ctx.loaders.userById.load(step.ownerId) : null;
  }
}

@Resolver(() => ProcessRun)
export class ProcessRunResolver {
  @Query(() => ProcessRunConnection, {
    description: 'Deals and contracts going through customer processes',
  })
  async processRuns(
    @Arg('filter', () => ProcessRunFilter, { nullable: true }) filter: ProcessRunFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: AuthedContext,
  ) {
    return ProcessRunConnection.from(await ctx.services.processRuns.list(ctx, filter, page));
  }

  @Query(() => ProcessRun, { nullable: true })
  processRun(@Arg('id', () => ID) id: string, @Ctx() ctx: AuthedContext) {
    return ctx.services.processRuns.get(ctx, id);
  }

  @Query(() => ProcessRunStepConnection, {
    description:
      'Blocked steps: longer than olderThanDays, or than their typical days when left out',
  })
  async blockedSteps(
    @Arg('olderThanDays', () => Int, { nullable: true }) olderThanDays: number | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: AuthedContext,
  ) {
    return ProcessRunStepConnection.from(
      await ctx.services.processRuns.blockedSteps(ctx, olderThanDays ?? undefined, page),
    );
  }

  @Query(() => RunPreview, {
    description:
      'The run a deal, contract or account calls for under a template, before it is started: steps, approvers, our owners, gaps, expected dates',
  })
  planRun(@Arg('input', () => PlanRunInput) input: PlanRunInput, @Ctx() ctx: AuthedContext) {
    return ctx.services.processRuns.preview(ctx, input);
  }

  @Mutation(() => ProcessRunStep, {
    description: 'Inserts a step nobody predicted into a running chain, with the reason',
  })
  insertRunStep(
    @Arg('runId', () => ID) runId: string,
    @Arg('input', () => InsertRunStepInput) input: InsertRunStepInput,
    @Ctx() ctx: AuthedContext,
  ) {
    return ctx.services.processRuns.insertStep(ctx, runId, input);
  }

  @Mutation(() => ProcessRun)
  startProcessRun(
    @Arg('input', () => StartProcessRunInput) input: StartProcessRunInput,
    @Ctx() ctx: AuthedContext,
  ) {
    return ctx.services.processRuns.start(ctx, input);
  }

  @Mutation(() => ProcessRunStep, {
    description: 'PENDING → IN_REVIEW → PASSED / BLOCKED / SKIPPED',
  })
  moveRunStep(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => MoveRunStepInput) input: MoveRunStepInput,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: AuthedContext,
  ) {
    return ctx.services.processRuns.moveStep(ctx, id, input, version);
  }

  @FieldResolver(() => [ProcessRunStep])
  steps(@Root() run: ProcessRun, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.processes.stepsByRunId.load(run.id);
  }

  @FieldResolver(() => ProcessTemplate, { nullable: true })
  template(@Root() run: ProcessRun, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.processes.templateById.load(run.templateId);
  }

  @FieldResolver(() => Account, { nullable: true })
  account(@Root() run: ProcessRun, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.accountById.load(run.accountId);
  }

  @FieldResolver(() => User)
  startedBy(@Root() run: ProcessRun, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.userById.load(run.startedById);
  }

  @FieldResolver(() => [ProcessRunPlan], {
    description: 'Its start and every re-plan, oldest first',
  })
  plans(@Root() run: ProcessRun, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.processes.plansByRunId.load(run.id);
  }

  @FieldResolver(() => Date, {
    nullable: true,
    description: 'When it is likely to finish, from today: a late step pushes the ones after it',
  })
  async forecastFinish(@Root() run: ProcessRun, @Ctx() ctx: AuthedContext) {
    return (await ctx.services.processChains.forecast(ctx, run)).finish;
  }

  @FieldResolver(() => Date, {
    nullable: true,
    description: 'The plan: its start plus the typical days of its steps',
  })
  async baselineFinish(@Root() run: ProcessRun, @Ctx() ctx: AuthedContext) {
    return (await ctx.services.processChains.forecast(ctx, run)).baselineFinish;
  }

  @FieldResolver(() => Int, { description: 'Forecast − plan, in days (positive: late)' })
  async varianceDays(@Root() run: ProcessRun, @Ctx() ctx: AuthedContext) {
    return (await ctx.services.processChains.forecast(ctx, run)).varianceDays;
  }

  @FieldResolver(() => ProcessRunStep, {
    nullable: true,
    description: 'The first step not yet passed or skipped',
  })
  async currentStep(@Root() run: ProcessRun, @Ctx() ctx: AuthedContext) {
    const forecast = await ctx.services.processChains.forecast(ctx, run);
    if (forecast.currentIndex === null) return null;
    return (await ctx.loaders.processes.stepsByRunId.load(run.id))[forecast.currentIndex] ?? null;
  }

  @FieldResolver(() => Int, { description: 'Days the current step is past its expected finish' })
  async daysLate(@Root() run: ProcessRun, @Ctx() ctx: AuthedContext) {
    return (await ctx.services.processChains.forecast(ctx, run)).daysLate;
  }
}

@Resolver(() => ProcessRunStep)
export class ProcessRunStepResolver {
  @FieldResolver(() => Contact, { nullable: true })
  approverContact(@Root() step: ProcessRunStep, @Ctx() ctx: AuthedContext) {
    return step.approverContactId ? ctx.loaders.contactById.load(step.approverContactId) : null;
  }

  @FieldResolver(() => OrgUnit, { nullable: true })
  approverOrgUnit(@Root() step: ProcessRunStep, @Ctx() ctx: AuthedContext) {
    return step.approverOrgUnitId ? ctx.loaders.orgUnitById.load(step.approverOrgUnitId) : null;
  }

  @FieldResolver(() => Contact, { nullable: true })
  blockerContact(@Root() step: ProcessRunStep, @Ctx() ctx: AuthedContext) {
    return step.blockerContactId ? ctx.loaders.contactById.load(step.blockerContactId) : null;
  }

  @FieldResolver(() => Int, { description: 'Whole days in the current status' })
  daysInStatus(@Root() step: ProcessRunStep): number {
    return Math.floor((Date.now() - step.since.getTime()) / 86_400_000);
  }

  @FieldResolver(() => [ProcessRunStepChange])
  history(@Root() step: ProcessRunStep, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.processes.historyByRunStepId.load(step.id);
  }

  @FieldResolver(() => ProcessRun, { nullable: true })
  run(@Root() step: ProcessRunStep, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.processes.runById.load(step.runId);
  }

  @FieldResolver(() => User, {
    nullable: true,
    description:
      'Who carries it on our side: the named colleague, else the team member in its role',
  })
  async owner(@Root() step: ProcessRunStep, @Ctx() ctx: AuthedContext) {
    const { ownerId } = await ctx.loaders.processes.carryByStepId.load(step.id);
    return ownerId ? ctx.loaders.userById.load(ownerId) : null;
  }

  @FieldResolver(() => [RunStepGapEnum], {
    description: 'Why nobody on our side carries it yet (open steps only); each gap is a task',
  })
  async gaps(@Root() step: ProcessRunStep, @Ctx() ctx: AuthedContext): Promise<RunStepGap[]> {
    return (await ctx.loaders.processes.carryByStepId.load(step.id)).gaps;
  }

  @FieldResolver(() => Int, { description: 'Days past its expected finish while open' })
  daysLate(@Root() step: ProcessRunStep, @Ctx() ctx: AuthedContext) {
    return ctx.services.processChains.daysLate(step);
  }
}
