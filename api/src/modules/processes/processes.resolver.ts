import {
  Arg,
  Args,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  ObjectType,
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
import {
  CreateProcessTemplateInput,
  MoveRunStepInput,
  ProcessRunFilter,
  ProcessTemplateFilter,
  StartProcessRunInput,
  UpdateProcessTemplateInput,
} from './dtos/process.inputs';
import { ProcessRun, ProcessRunStep, ProcessRunStepChange } from './process-run.entity';
import { ProcessTemplate } from './process-template.entity';

export const ProcessTemplateConnection = Connection(ProcessTemplate);
export const ProcessRunConnection = Connection(ProcessRun);
export const ProcessRunStepConnection = Connection(ProcessRunStep);

@ObjectType({ description: 'The steps a deal goes through, and how long that usually takes' })
class ApprovalPath {
  @Field(() => ProcessTemplate)
  template: ProcessTemplate;

  @Field(() => [ApprovalStep])
  steps: ApprovalStep[];

  @Field(() => Int)
  totalDays: number;
}

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
}
