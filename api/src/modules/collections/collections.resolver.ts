import { BATTLE_MAP_MAX_ROWS } from '@trident/domain';
import type { MilestoneStatus } from '@trident/domain';
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
  registerEnumType,
} from 'type-graphql';
import { notFound } from '../../common/app-error';
import { fromCents, toCents } from '../../common/decimal';
import { enumOf } from '../../graphql/enum-of';
import type { AuthedContext } from '../../graphql/context';
import { Connection } from '../../graphql/pagination/connection';
import { PageArgs } from '../../graphql/pagination/page-args';
import { DecimalScalar } from '../../graphql/scalars/decimal.scalar';
import { ProcessRunStep } from '../processes/process-run.entity';
import { Money, toMoney } from '../../graphql/scalars/money.type';
import { Account } from '../accounts/account.entity';
import { User } from '../identity/user.entity';
import { Opportunity } from '../pipeline/opportunity.entity';
import { ProcessRun } from '../processes/process-run.entity';
import { AGING_GROUPS, type AgingGroup } from './collection-aging.service';
import { EvidencePillarEnum, MilestoneStatusEnum } from './collections.enums';
import { Contract, EvidenceItem, Payment, PaymentMilestone } from './contract.entity';
import {
  BattleMapFilter,
  ContractFilter,
  CreateContractInput,
  MilestoneFilter,
  PaymentFilter,
  PaymentPlanInput,
} from './dtos/collections.inputs';
import { EVIDENCE_PILLAR_OF, type EvidencePillar } from '@trident/domain';
import { LocalDateScalar } from '../../graphql/scalars/local-date.scalar';
import { PaymentTotal, AgingRow, BattleMapRow, MilestoneHold } from './collections.types';

export const ContractConnection = Connection(Contract);
export const PaymentMilestoneConnection = Connection(PaymentMilestone);
export const PaymentConnection = Connection(Payment);

const AgingGroupEnum = enumOf(AGING_GROUPS);
registerEnumType(AgingGroupEnum, { name: 'AgingGroup' });

@Resolver(() => BattleMapRow)
export class BattleMapRowResolver {
  @FieldResolver(() => [MilestoneHold], {
    description:
      "Per overdue milestone, the customer's step not yet passed that holds the money, and who holds it on both sides",
  })
  async heldBy(@Root() row: BattleMapRow, @Ctx() ctx: AuthedContext): Promise<MilestoneHold[]> {
    const milestones = await ctx.loaders.collections.milestonesByContractId.load(row.contractId);
    const overdue = milestones.filter((m) => m.stage !== 'PAID' && m.due < ctx.today());
    const gates = await ctx.loaders.collections.gatesByMilestoneId.loadMany(
      overdue.map((m) => m.id),
    );
    return overdue.flatMap((milestone, i) => {
      const steps = gates[i];
      if (!steps || steps instanceof Error) return [];
      return steps.filter((step) => step.status !== 'PASSED').map((step) => ({ milestone, step }));
    });
  }

  @FieldResolver(() => Contract, { nullable: true })
  contract(@Root() row: BattleMapRow, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.collections.contractById.load(row.contractId);
  }

  @FieldResolver(() => Account, { nullable: true })
  account(@Root() row: BattleMapRow, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.accountById.load(row.accountId);
  }

  @FieldResolver(() => String)
  currency(@Root() row: BattleMapRow) {
    return row.currency;
  }
}

@Resolver(() => Contract)
export class ContractResolver {
  @Query(() => [BattleMapRow], {
    description: `Per contract: due, paid, overdue and evidence, for the FINANCE dashboard (SQL); the ${BATTLE_MAP_MAX_ROWS} contracts most overdue at most (narrow it by account, owner or region; contracts(filter: { overdue: true }) pages through them all)`,
  })
  battleMap(
    @Arg('filter', () => BattleMapFilter, { nullable: true }) filter: BattleMapFilter | undefined,
    @Ctx() ctx: AuthedContext,
  ) {
    return ctx.services.battleMap.battleMap(ctx, filter);
  }

  @Query(() => PaymentMilestoneConnection, { description: 'Milestones, soonest due first' })
  async paymentMilestones(
    @Arg('filter', () => MilestoneFilter, { nullable: true }) filter: MilestoneFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: AuthedContext,
  ) {
    return PaymentMilestoneConnection.from(
      await ctx.services.battleMap.milestones(ctx, filter, page),
    );
  }

  @Query(() => ContractConnection, {
    description: 'The battle map: per contract its milestones, amounts and evidence (FINANCE)',
  })
  async contracts(
    @Arg('filter', () => ContractFilter, { nullable: true }) filter: ContractFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: AuthedContext,
  ) {
    return ContractConnection.from(await ctx.services.contracts.list(ctx, filter, page));
  }

  @Query(() => PaymentConnection, { description: 'Payments as booked, newest first' })
  async payments(
    @Arg('filter', () => PaymentFilter, { nullable: true }) filter: PaymentFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: AuthedContext,
  ) {
    return PaymentConnection.from(await ctx.services.payments.list(ctx, filter, page));
  }

  @Query(() => [PaymentTotal], {
    description: 'Totals per currency over the same rows as `payments` (SQL)',
  })
  paymentTotals(
    @Arg('filter', () => PaymentFilter, { nullable: true }) filter: PaymentFilter | undefined,
    @Ctx() ctx: AuthedContext,
  ) {
    return ctx.services.payments.totals(ctx, filter);
  }

  @Query(() => Contract, { nullable: true })
  contract(@Arg('id', () => ID) id: string, @Ctx() ctx: AuthedContext) {
    return ctx.services.contracts.get(ctx, id);
  }

  @Query(() => [AgingRow], { description: 'Aging buckets at a date, by account, owner or region' })
  collectionAging(
    @Arg('asOf', () => LocalDateScalar, { nullable: true, description: 'Default today' })
    asOf: string | undefined,
    @Arg('groupBy', () => AgingGroupEnum, { nullable: true, description: 'Default ACCOUNT' })
    groupBy: AgingGroup | undefined,
    @Ctx() ctx: AuthedContext,
  ) {
    return ctx.services.collectionAging.aging(ctx, asOf ?? ctx.today(), groupBy ?? 'ACCOUNT');
  }

  @Mutation(() => Contract)
  createContract(
    @Arg('input', () => CreateContractInput) input: CreateContractInput,
    @Ctx() ctx: AuthedContext,
  ) {
    return ctx.services.contracts.create(ctx, input);
  }

  @Mutation(() => Contract, { description: 'Four stages summing to 100 %, or one per site' })
  setPaymentPlan(
    @Arg('contractId', () => ID) contractId: string,
    @Arg('input', () => PaymentPlanInput) input: PaymentPlanInput,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: AuthedContext,
  ) {
    return ctx.services.contracts.setPaymentPlan(ctx, contractId, input, version);
  }

  @Mutation(() => PaymentMilestone, {
    description:
      "The customer's run steps (an acceptance, a payment approval) that must pass before the milestone is invoiced or paid; replaces its gates",
  })
  setMilestoneGates(
    @Arg('milestoneId', () => ID) milestoneId: string,
    @Arg('runStepIds', () => [ID]) runStepIds: string[],
    @Ctx() ctx: AuthedContext,
  ) {
    return ctx.services.contracts.setGates(ctx, milestoneId, runStepIds);
  }

  @Mutation(() => EvidenceItem)
  checkEvidence(
    @Arg('id', () => ID) id: string,
    @Arg('checked') checked: boolean,
    @Arg('note', () => String, { nullable: true }) note: string | undefined,
    @Ctx() ctx: AuthedContext,
  ) {
    return ctx.services.contracts.checkEvidence(ctx, id, checked, note ?? undefined);
  }

  @Mutation(() => PaymentMilestone, { description: 'Refused while required evidence is missing' })
  invoiceMilestone(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: AuthedContext,
  ) {
    return ctx.services.contracts.invoice(ctx, id, version);
  }

  @Mutation(() => Payment, {
    description: 'Once per idempotency key: a retry returns the same payment, never a second one',
  })
  recordPayment(
    @Arg('milestoneId', () => ID) milestoneId: string,
    @Arg('amount', () => DecimalScalar) amount: string,
    @Arg('paidAt', () => LocalDateScalar) paidAt: string,
    @Arg('reference', () => String, { nullable: true }) reference: string | undefined,
    @Arg('idempotencyKey') idempotencyKey: string,
    @Ctx() ctx: AuthedContext,
  ) {
    return ctx.services.contracts.recordPayment(ctx, {
      milestoneId,
      amount,
      paidAt,
      reference,
      idempotencyKey,
    });
  }

  @FieldResolver(() => Money, { nullable: true, description: 'Hidden from TECHNICAL and DELIVERY' })
  amount(@Root() contract: Contract) {
    return toMoney(contract.amount, contract.currency);
  }

  @FieldResolver(() => Account, { nullable: true })
  account(@Root() contract: Contract, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.accountById.load(contract.accountId);
  }

  @FieldResolver(() => Opportunity, { nullable: true })
  opportunity(@Root() contract: Contract, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.pipeline.opportunityById.load(contract.opportunityId);
  }

  @FieldResolver(() => [PaymentMilestone])
  milestones(@Root() contract: Contract, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.collections.milestonesByContractId.load(contract.id);
  }

  @FieldResolver(() => BattleMapRow, {
    description:
      'Its line of the battle map, summed in SQL at today: due, paid, open, overdue, next due, evidence',
  })
  async collection(@Root() contract: Contract, @Ctx() ctx: AuthedContext): Promise<BattleMapRow> {
    const line = await ctx.loaders.collections.collectionByContractId.load(contract.id);
    if (!line) throw notFound('Contract', contract.id);
    return line;
  }

  @FieldResolver(() => [ProcessRun], {
    description: "The customer's acceptance and payment processes: where the payment stands",
  })
  processRuns(@Root() contract: Contract, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.processes.runsBySubjectId.load(contract.id);
  }
}

@Resolver(() => PaymentMilestone)
export class PaymentMilestoneResolver {
  @FieldResolver(() => Contract, { nullable: true })
  contract(@Root() m: PaymentMilestone, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.collections.contractById.load(m.contractId);
  }

  @FieldResolver(() => MilestoneStatusEnum, {
    description: 'The stage, or OVERDUE when unpaid past due',
  })
  status(@Root() m: PaymentMilestone, @Ctx() ctx: AuthedContext): MilestoneStatus {
    return m.stage !== 'PAID' && m.due < ctx.today() ? 'OVERDUE' : m.stage;
  }

  @FieldResolver(() => Money, { nullable: true, description: 'Hidden from TECHNICAL and DELIVERY' })
  amount(@Root() m: PaymentMilestone) {
    return toMoney(m.amount, m.currency);
  }

  @FieldResolver(() => Money, { nullable: true, description: 'Hidden from TECHNICAL and DELIVERY' })
  paid(@Root() m: PaymentMilestone) {
    return toMoney(m.paidAmount, m.currency);
  }

  @FieldResolver(() => Money, { nullable: true, description: 'Still to collect' })
  open(@Root() m: PaymentMilestone) {
    return toMoney(fromCents(toCents(m.amount) - toCents(m.paidAmount)), m.currency);
  }

  @FieldResolver(() => [ProcessRunStep], {
    description: "The customer's run steps that must pass before it is invoiced or paid",
  })
  gates(@Root() m: PaymentMilestone, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.collections.gatesByMilestoneId.load(m.id);
  }

  @FieldResolver(() => [ProcessRunStep], { description: 'Its gates not yet passed' })
  async waitingOn(@Root() m: PaymentMilestone, @Ctx() ctx: AuthedContext) {
    const gates = await ctx.loaders.collections.gatesByMilestoneId.load(m.id);
    return gates.filter((step) => step.status !== 'PASSED');
  }

  @FieldResolver(() => [EvidenceItem])
  evidence(@Root() m: PaymentMilestone, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.collections.evidenceByMilestoneId.load(m.id);
  }

  @FieldResolver(() => [Payment])
  payments(@Root() m: PaymentMilestone, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.collections.paymentsByMilestoneId.load(m.id);
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'The highest open escalation level on this milestone (null: not escalated)',
  })
  escalationLevel(@Root() m: PaymentMilestone, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.escalations.openLevelByObjectId.load(m.id);
  }
}

@Resolver(() => EvidenceItem)
export class EvidenceItemResolver {
  @FieldResolver(() => EvidencePillarEnum)
  pillar(@Root() item: EvidenceItem): EvidencePillar {
    return EVIDENCE_PILLAR_OF[item.code];
  }

  @FieldResolver(() => User, { nullable: true })
  checkedBy(@Root() item: EvidenceItem, @Ctx() ctx: AuthedContext) {
    return item.checkedById ? ctx.loaders.userById.load(item.checkedById) : null;
  }
}

@Resolver(() => Payment)
export class PaymentResolver {
  @FieldResolver(() => DecimalScalar, {
    nullable: true,
    description: 'Hidden from TECHNICAL and DELIVERY',
  })
  amount(@Root() p: Payment) {
    return p.amount;
  }

  @FieldResolver(() => User, { nullable: true })
  recordedBy(@Root() p: Payment, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.userById.load(p.recordedById);
  }

  @FieldResolver(() => PaymentMilestone, { nullable: true })
  milestone(@Root() p: Payment, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.collections.milestoneById.load(p.milestoneId);
  }
}

@Resolver(() => AgingRow)
export class AgingRowResolver {
  @FieldResolver(() => Account, { nullable: true })
  account(@Root() row: AgingRow, @Ctx() ctx: AuthedContext) {
    return row.accountId ? ctx.loaders.accountById.load(row.accountId) : null;
  }

  @FieldResolver(() => User, { nullable: true })
  owner(@Root() row: AgingRow, @Ctx() ctx: AuthedContext) {
    return row.ownerId ? ctx.loaders.userById.load(row.ownerId) : null;
  }
}
