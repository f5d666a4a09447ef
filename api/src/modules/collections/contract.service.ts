import { createHash } from 'node:crypto';
import {
  addMonths,
  DELIVERY_MILESTONE_KINDS,
  REQUIRED_EVIDENCE,
  type ContractKind,
} from '@trident/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { badInput, conflict, notFound } from '../../common/app-error';
import { fromCents, toCents } from '../../common/decimal';
import { requireUuid } from '../../common/ids';
import { runMutation, uniqueViolation, updateVersioned, assertVersion } from '../../db/mutation';
import type { Caller } from '../../graphql/caller';
import type { PageArgs } from '../../graphql/pagination/page-args';
import { paginate } from '../../graphql/pagination/paginate';
import { accountScopeCondition } from '../accounts/account-scope';
import { Account } from '../accounts/account.entity';
import { assertDealWriter } from '../pipeline/opportunity-access';
import { lockForCollections } from './collections-access';
import { Contract, EvidenceItem, Payment, PaymentMilestone } from './contract.entity';
import type {
  ContractFilter,
  CreateContractInput,
  MilestoneInput,
  PaymentPlanInput,
} from './dtos/collections.inputs';

export interface RecordPaymentInput {
  milestoneId: string;
  amount: string;
  paidAt: string;
  reference?: string | null;
  idempotencyKey: string;
}

/**
 * Contracts and collections (seeds 002, 003): a contract from a won deal, its payment plan
 * (four standard stages summing to 100 %, or one per site), the evidence checklist that
 * gates invoicing, and payments booked exactly once per idempotency key. All money is
 * exact: numeric in SQL, integer cents in Node.
 */
export class ContractService {
  constructor(private readonly db: DataSource) {}

  async list(ctx: Caller, filter: ContractFilter = {}, page: PageArgs) {
    const scope = accountScopeCondition(await ctx.accountScope(), 'c.account_id');
    const query = this.db
      .getRepository(Contract)
      .createQueryBuilder('c')
      .where(scope.sql, scope.params);
    if (filter.accountId)
      query.andWhere('c.account_id = :accountId', { accountId: filter.accountId });
    if (filter.overdue) {
      query.andWhere(
        `EXISTS (SELECT 1 FROM payment_milestone m WHERE m.contract_id = c.id AND m.stage <> 'PAID' AND m.due < :today::date)`,
        { today: ctx.today() },
      );
    }
    if (filter.inDelivery) {
      query.andWhere(
        `EXISTS (SELECT 1 FROM payment_milestone m
                  WHERE m.contract_id = c.id AND m.stage = 'PLANNED' AND m.kind IN (:...deliveryKinds))`,
        { deliveryKinds: DELIVERY_MILESTONE_KINDS },
      );
    }
    return paginate(
      query,
      [{ sql: 'c.signed_at', direction: 'DESC', value: (c) => c.signedAt, cast: 'date' }],
      page,
    );
  }

  async get(ctx: Caller, id: string): Promise<Contract | null> {
    requireUuid('id', id);
    const scope = accountScopeCondition(await ctx.accountScope(), 'c.account_id');
    return this.db
      .getRepository(Contract)
      .createQueryBuilder('c')
      .where('c.id = :id', { id })
      .andWhere(scope.sql, scope.params)
      .getOne();
  }

  async create(ctx: Caller, input: CreateContractInput): Promise<Contract> {
    requireUuid('opportunityId', input.opportunityId);
    return runMutation(ctx, async ({ manager, audit }) => {
      const [deal] = (await manager.query(
        `SELECT o.id, o.account_id, o.owner_id, o.name, o.kind, o.currency, o.contract_amount, s.is_won
           FROM opportunity o JOIN funnel_stage s ON s.id = o.stage_id WHERE o.id = $1`,
        [input.opportunityId],
      )) as {
        id: string;
        account_id: string;
        owner_id: string;
        name: string;
        kind: ContractKind;
        currency: string;
        contract_amount: string | null;
        is_won: boolean;
      }[];
      if (!deal || !(await this.visible(ctx, deal.account_id, manager))) {
        throw notFound('Opportunity', input.opportunityId);
      }
      await lockForCollections(ctx, manager, deal.account_id);
      if (!ctx.viewer.roles.includes('FINANCE')) {
        await assertDealWriter(ctx, manager, {
          ownerId: deal.owner_id,
          accountId: deal.account_id,
        });
      }
      if (!deal.is_won) throw badInput('opportunityId', 'CONTRACT_NEEDS_WON_DEAL');
      // A contract is recorded once signed: on a day that has come, in the company's calendar.
      if (input.signedAt > ctx.today()) throw badInput('signedAt', 'NOT_IN_FUTURE');
      const amount = input.amount ?? deal.contract_amount;
      if (!amount || toCents(amount) <= 0n) throw badInput('amount', 'CONTRACT_AMOUNT_REQUIRED');
      // A site is a place a milestone can name: a blank one is none.
      const sites = input.sites.map((site) => site.trim());
      const blankSite = sites.findIndex((site) => !site);
      if (blankSite >= 0) throw badInput(`sites.${blankSite}`, 'BLANK');
      const repeatedSite = sites.findIndex((site, i) => sites.indexOf(site) !== i);
      if (repeatedSite >= 0) throw badInput(`sites.${repeatedSite}`, 'DUPLICATES');
      let contract: Contract;
      try {
        contract = await manager.getRepository(Contract).save(
          manager.getRepository(Contract).create({
            opportunityId: deal.id,
            accountId: deal.account_id,
            title: input.title?.trim() || deal.name,
            kind: input.kind ?? deal.kind,
            amount,
            currency: deal.currency,
            signedAt: input.signedAt,
            terms: input.terms?.trim() || null,
            sites,
            termMonths: input.termMonths ?? null,
            createdById: ctx.viewer.userId,
          }),
        );
      } catch (error) {
        if (uniqueViolation(error)) throw conflict('CONTRACT_EXISTS', { field: 'opportunityId' });
        throw error;
      }
      await audit({
        action: 'contract.create',
        entity: 'Contract',
        entityId: contract.id,
        after: contract,
      });
      return contract;
    });
  }

  /** Replaces the plan while nothing is invoiced or paid; shares must sum to 100 %. */
  async setPaymentPlan(ctx: Caller, contractId: string, input: PaymentPlanInput, version: number) {
    requireUuid('contractId', contractId);
    return runMutation(ctx, async ({ manager, audit }) => {
      const contract = await this.lockContract(ctx, manager, contractId);
      assertVersion('Contract', contract, version);
      const started: unknown[] = await manager.query(
        `SELECT 1 FROM payment_milestone WHERE contract_id = $1 AND stage <> 'PLANNED'`,
        [contractId],
      );
      if (started.length) throw badInput('contractId', 'PLAN_FIXED');
      // A new plan makes new evidence items: files kept on the old ones would drop out of sight.
      const filed: unknown[] = await manager.query(
        `SELECT 1 FROM attachment a
           JOIN evidence_item e ON e.id = a.owner_id AND a.owner_type = 'EVIDENCE_ITEM'
           JOIN payment_milestone m ON m.id = e.milestone_id
          WHERE m.contract_id = $1 AND a.deleted_at IS NULL LIMIT 1`,
        [contractId],
      );
      if (filed.length) throw badInput('contractId', 'EVIDENCE_HAS_FILES');
      // One or the other: a list sent with perSite would be dropped without a word.
      if (input.perSite && input.milestones?.length)
        throw badInput('milestones', 'MILESTONES_OR_PER_SITE');
      const plan = input.perSite ? perSitePlan(contract, input.firstDue) : input.milestones;
      if (!plan?.length) throw badInput('milestones', 'MILESTONES_OR_PER_SITE');
      // A milestone owes something: a 0 % share is no milestone (and the table refuses it).
      const empty = plan.findIndex((m) => toCents(m.share) <= 0n);
      if (empty >= 0) throw badInput(`milestones.${empty}.share`, 'AT_LEAST', { min: '0.01' });
      // Nothing falls due before the contract that owes it exists.
      const early = plan.findIndex((m) => m.due < contract.signedAt);
      if (early >= 0) {
        throw badInput(input.perSite ? 'firstDue' : `milestones.${early}.due`, 'BEFORE_SIGNING', {
          signedAt: contract.signedAt,
        });
      }
      // A milestone's site is one of the contract's; paid per site, it names which.
      const unknownSite = plan.findIndex(
        (m) => m.site?.trim() && !contract.sites.includes(m.site.trim()),
      );
      if (unknownSite >= 0)
        throw badInput(`milestones.${unknownSite}.site`, 'NOT_A_CONTRACT_SITE', {
          sites: contract.sites.join(', ') || '—',
        });
      const siteless = plan.findIndex((m) => m.kind === 'PER_SITE' && !m.site?.trim());
      if (siteless >= 0) throw badInput(`milestones.${siteless}.site`, 'REQUIRED');
      const totalShare = plan.reduce((sum, m) => sum + toCents(m.share), 0n);
      if (totalShare !== 10_000n) {
        throw badInput('milestones', 'SHARES_SUM', { total: fromCents(totalShare) });
      }
      // Amounts by share, in cents; the last milestone takes the rounding so the sum is exact.
      const total = toCents(contract.amount);
      let assigned = 0n;
      const rows = plan.map((m, i) => {
        const cents =
          i === plan.length - 1 ? total - assigned : (total * toCents(m.share)) / 10_000n;
        assigned += cents;
        return {
          contractId,
          accountId: contract.accountId,
          position: i + 1,
          kind: m.kind,
          site: m.site?.trim() || null,
          share: m.share,
          amount: fromCents(cents),
          currency: contract.currency,
          due: m.due,
        };
      });
      // A share too small for the contract's amount would owe 0.00: a milestone nobody can pay,
      // overdue for ever.
      const worthless = rows.findIndex((row) => toCents(row.amount) <= 0n);
      if (worthless >= 0)
        throw badInput(
          input.perSite ? 'perSite' : `milestones.${worthless}.share`,
          'MILESTONE_WORTH_NOTHING',
          { amount: contract.amount },
        );
      await manager.delete(PaymentMilestone, { contractId });
      const inserted = (await manager
        .getRepository(PaymentMilestone)
        .save(rows)) as PaymentMilestone[];
      await manager.insert(
        EvidenceItem,
        inserted.flatMap((m) => [
          ...REQUIRED_EVIDENCE[m.kind].map((code) => ({ milestoneId: m.id, code, required: true })),
          { milestoneId: m.id, code: 'INVOICE' as const, required: false },
        ]),
      );
      const after = await updateVersioned(manager, Contract, 'Contract', contractId, version, {});
      await audit({
        action: 'contract.plan',
        entity: 'Contract',
        entityId: contractId,
        after: { ...after, plan: rows },
      });
      return after;
    });
  }

  async checkEvidence(ctx: Caller, itemId: string, checked: boolean, note: string | undefined) {
    requireUuid('id', itemId);
    return runMutation(ctx, async ({ manager, audit }) => {
      const item = await manager.getRepository(EvidenceItem).findOneBy({ id: itemId });
      if (!item) throw notFound('EvidenceItem', itemId);
      const milestone = await this.lockMilestone(ctx, manager, item.milestoneId);
      if (milestone.stage === 'PAID') throw badInput('id', 'EVIDENCE_CLOSED');
      await manager.update(
        EvidenceItem,
        { id: itemId },
        {
          checkedAt: checked ? new Date() : null,
          checkedById: checked ? ctx.viewer.userId : null,
          note: note?.trim() || null,
        },
      );
      const after = await manager.getRepository(EvidenceItem).findOneByOrFail({ id: itemId });
      await audit({
        action: 'evidence.check',
        entity: 'EvidenceItem',
        entityId: itemId,
        before: item,
        after,
      });
      return after;
    });
  }

  /** Seed 002: no invoice while relationship, performance or evidence is missing. */
  async invoice(ctx: Caller, milestoneId: string, version: number) {
    requireUuid('id', milestoneId);
    return runMutation(ctx, async ({ manager, audit }) => {
      const before = await this.lockMilestone(ctx, manager, milestoneId);
      assertVersion('PaymentMilestone', before, version);
      if (before.stage !== 'PLANNED')
        throw badInput('id', 'MILESTONE_ALREADY', { stage: before.stage });
      await requireGatesPassed(manager, milestoneId);
      const missing: { code: string }[] = await manager.query(
        `SELECT code FROM evidence_item WHERE milestone_id = $1 AND required AND checked_at IS NULL ORDER BY code`,
        [milestoneId],
      );
      if (missing.length) {
        throw badInput('evidence', 'EVIDENCE_MISSING', { missing: missing.map((m) => m.code) });
      }
      const now = new Date();
      const after = await updateVersioned(
        manager,
        PaymentMilestone,
        'PaymentMilestone',
        milestoneId,
        version,
        {
          stage: 'INVOICED',
          invoicedAt: now,
        },
      );
      await manager.query(
        `UPDATE evidence_item SET checked_at = $2, checked_by_id = $3 WHERE milestone_id = $1 AND code = 'INVOICE'`,
        [milestoneId, now, ctx.viewer.userId],
      );
      await audit({
        action: 'milestone.invoice',
        entity: 'PaymentMilestone',
        entityId: milestoneId,
        before,
        after,
      });
      return after;
    });
  }

  /**
   * Books a payment once per idempotency key: a retry with the same body gets the same
   * payment back, a different body with the same key is a CONFLICT, and the milestone is
   * locked first so concurrent retries queue up behind the one that books.
   */
  async recordPayment(ctx: Caller, input: RecordPaymentInput): Promise<Payment> {
    requireUuid('milestoneId', input.milestoneId);
    // Money arrives on a day that has come: the company's calendar day, as due and overdue use.
    if (input.paidAt > ctx.today()) throw badInput('paidAt', 'NOT_IN_FUTURE');
    if (!/^\d{1,16}(\.\d{1,2})?$/.test(input.amount) || toCents(input.amount) <= 0n) {
      throw badInput('amount', 'POSITIVE_AMOUNT');
    }
    const key = input.idempotencyKey.trim();
    if (key.length < 8 || key.length > 200)
      throw badInput('idempotencyKey', 'LENGTH_BETWEEN', { min: 8, max: 200 });
    const requestHash = createHash('sha256')
      .update(
        JSON.stringify([
          input.milestoneId,
          fromCents(toCents(input.amount)),
          input.paidAt,
          input.reference ?? null,
        ]),
      )
      .digest('hex');
    const attempt = () =>
      runMutation(ctx, async ({ manager, audit }) => {
        const milestone = await this.lockMilestone(ctx, manager, input.milestoneId);
        const existing = await manager.getRepository(Payment).findOneBy({ idempotencyKey: key });
        if (existing) return sameRequest(existing, requestHash);
        await requireGatesPassed(manager, input.milestoneId);
        if (milestone.stage === 'PLANNED') throw badInput('milestoneId', 'INVOICE_FIRST');
        // No money is paid under a contract before it was signed.
        const [{ signed_at: signedAt }] = (await manager.query(
          'SELECT signed_at::text AS signed_at FROM contract WHERE id = $1',
          [milestone.contractId],
        )) as [{ signed_at: string }];
        if (input.paidAt < signedAt) throw badInput('paidAt', 'BEFORE_SIGNING', { signedAt });
        const paid = toCents(milestone.paidAmount) + toCents(input.amount);
        const due = toCents(milestone.amount);
        if (paid > due) {
          throw badInput('amount', 'OVERPAYMENT', {
            open: fromCents(due - toCents(milestone.paidAmount)),
          });
        }
        const payment = await manager.getRepository(Payment).save(
          manager.getRepository(Payment).create({
            milestoneId: milestone.id,
            amount: fromCents(toCents(input.amount)),
            paidAt: input.paidAt,
            reference: input.reference?.trim() || null,
            idempotencyKey: key,
            requestHash,
            recordedById: ctx.viewer.userId,
          }),
        );
        await updateVersioned(
          manager,
          PaymentMilestone,
          'PaymentMilestone',
          milestone.id,
          milestone.version,
          {
            paidAmount: fromCents(paid),
            stage: paid === due ? 'PAID' : 'PARTIALLY_PAID',
            paidAt: paid === due ? new Date(input.paidAt) : null,
          },
        );
        await audit({
          action: 'payment.record',
          entity: 'Payment',
          entityId: payment.id,
          after: payment,
        });
        return payment;
      });
    try {
      return await attempt();
    } catch (error) {
      // The same key on another milestone raced us to the unique index: answer as a retry.
      if (uniqueViolation(error) === 'payment_idempotency_key_key') {
        const existing = await this.db
          .getRepository(Payment)
          .findOneByOrFail({ idempotencyKey: key });
        return sameRequest(existing, requestHash);
      }
      throw error;
    }
  }

  /** A milestone the caller may see (after a payment, say), or null. */
  private async lockContract(ctx: Caller, manager: EntityManager, id: string) {
    const contract = await manager
      .getRepository(Contract)
      .createQueryBuilder('c')
      .setLock('pessimistic_write')
      .where('c.id = :id', { id })
      .getOne();
    if (!contract || !(await this.visible(ctx, contract.accountId, manager)))
      throw notFound('Contract', id);
    await lockForCollections(ctx, manager, contract.accountId);
    return contract;
  }

  /**
   * Money waits on the customer's signatures (seed 002): the run steps — an acceptance, a
   * payment approval — that must pass before the milestone is invoiced or paid. Replaces
   * the milestone's gates; steps of runs on the same customer only.
   */
  async setGates(ctx: Caller, milestoneId: string, runStepIds: string[]) {
    requireUuid('milestoneId', milestoneId);
    return runMutation(ctx, async ({ manager, audit }) => {
      const milestone = await this.lockMilestone(ctx, manager, milestoneId);
      const unique = [...new Set(runStepIds)];
      const found: { id: string }[] = unique.length
        ? await manager.query(
            `SELECT s.id FROM process_run_step s JOIN process_run r ON r.id = s.run_id
              WHERE s.id = ANY($1::uuid[]) AND r.account_id = $2`,
            [unique, milestone.accountId],
          )
        : [];
      const missing = unique.filter((id) => !found.some((f) => f.id === id));
      if (missing.length) throw badInput('runStepIds', 'NOT_CUSTOMER_STEPS', { missing });
      const before: { run_step_id: string }[] = await manager.query(
        'SELECT run_step_id FROM milestone_gate WHERE milestone_id = $1 ORDER BY run_step_id',
        [milestoneId],
      );
      await manager.query('DELETE FROM milestone_gate WHERE milestone_id = $1', [milestoneId]);
      if (unique.length)
        await manager.query(
          `INSERT INTO milestone_gate (milestone_id, run_step_id)
           SELECT $1, id FROM unnest($2::uuid[]) AS id`,
          [milestoneId, unique],
        );
      await audit({
        action: 'milestone.gates',
        entity: 'PaymentMilestone',
        entityId: milestoneId,
        before: { gates: before.map((g) => g.run_step_id) },
        after: { gates: [...unique].sort() },
      });
      return milestone;
    });
  }

  private async lockMilestone(ctx: Caller, manager: EntityManager, id: string) {
    const milestone = await manager
      .getRepository(PaymentMilestone)
      .createQueryBuilder('m')
      .setLock('pessimistic_write')
      .where('m.id = :id', { id })
      .getOne();
    if (!milestone || !(await this.visible(ctx, milestone.accountId, manager)))
      throw notFound('PaymentMilestone', id);
    await lockForCollections(ctx, manager, milestone.accountId);
    return milestone;
  }

  /**
   * Inside a transaction, visibility is checked on the transaction's own connection: a
   * second pool connection while holding a row lock could deadlock a busy pool.
   */
  private async visible(ctx: Caller, accountId: string, manager?: EntityManager) {
    const scope = accountScopeCondition(await ctx.accountScope(), 'a.id');
    return (manager ?? this.db.manager)
      .getRepository(Account)
      .createQueryBuilder('a')
      .where('a.id = :accountId', { accountId })
      .andWhere(scope.sql, scope.params)
      .getExists();
  }
}

function sameRequest(existing: Payment, requestHash: string): Payment {
  if (existing.requestHash !== requestHash) {
    throw conflict('IDEMPOTENCY_KEY_REUSED', {
      paymentId: existing.id,
    });
  }
  return existing;
}

/**
 * Equal shares per site (the last absorbs the rounding), due monthly from the first date:
 * the i-th due is `addMonths(firstDue, i)`, clamped to a short month's last day (01-31,
 * 02-28, 03-31), the calendar rule of `@trident/domain`'s dates.
 */
function perSitePlan(contract: Contract, firstDue: string | undefined): MilestoneInput[] {
  if (!contract.sites.length) throw badInput('perSite', 'NO_SITES');
  if (!firstDue) throw badInput('firstDue', 'FIRST_DUE_DATE_REQUIRED');
  const n = BigInt(contract.sites.length);
  const each = 10_000n / n;
  return contract.sites.map((site, i) => ({
    kind: 'PER_SITE' as const,
    site,
    share: fromCents(i === contract.sites.length - 1 ? 10_000n - each * (n - 1n) : each),
    due: addMonths(firstDue, i),
  }));
}

/** Refuses to invoice or book money the customer has not yet signed for (the gates). */
async function requireGatesPassed(manager: EntityManager, milestoneId: string) {
  const waiting: { id: string; name: string }[] = await manager.query(
    `SELECT s.id, s.name FROM milestone_gate g JOIN process_run_step s ON s.id = g.run_step_id
      WHERE g.milestone_id = $1 AND s.status <> 'PASSED' ORDER BY s.position`,
    [milestoneId],
  );
  if (waiting.length)
    throw badInput('gates', 'WAITS_ON_SIGNATURES', {
      names: waiting.map((w) => w.name),
      waitingOn: waiting.map((w) => w.id),
    });
}
