import { BANT_ITEMS, BANT_OVERRIDE_ROLES, type BantItem } from '@trident/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { badInput, conflict, forbidden } from '../../common/app-error';
import { requirePositiveAmount, toCents } from '../../common/decimal';
import { requireUuid } from '../../common/ids';
import { assertVersion, runMutation, updateVersioned } from '../../db/mutation';
import type { Caller } from '../../graphql/caller';
import type { PageArgs } from '../../graphql/pagination/page-args';
import { isoTime, paginate } from '../../graphql/pagination/paginate';
import { lockAccountForWrite } from '../accounts/account-access';
import { lockAccountRow } from '../customer-org/customer-org.access';
import { accountScopeCondition } from '../accounts/account-scope';
import { likePattern } from '../../common/text';
import { hasRole } from '../identity/viewer';
import type {
  BantCheckInput,
  ConvertLeadInput,
  CreateLeadInput,
  LeadFilter,
  UpdateLeadInput,
} from './dtos/lead.inputs';
import { Lead } from './lead.entity';
import {
  activeStages,
  requireContacts,
  requireTeamMembers,
  type OpportunityService,
} from './opportunity.service';
import type { ConvertLeadResult } from './pipeline.types';

const BANT_FIELD: Record<BantItem, 'budget' | 'authority' | 'need' | 'timing'> = {
  BUDGET: 'budget',
  AUTHORITY: 'authority',
  NEED: 'need',
  TIMING: 'timing',
};

/** The BANT items a lead has not confirmed yet, in BANT order. */
export const missingBant = (lead: Lead): BantItem[] =>
  BANT_ITEMS.filter((item) => !lead[BANT_FIELD[item]].confirmed);

export class LeadService {
  constructor(
    private readonly db: DataSource,
    private readonly opportunities: OpportunityService,
  ) {}

  async list(ctx: Caller, filter: LeadFilter = {}, page: PageArgs) {
    const scope = accountScopeCondition(await ctx.accountScope(), 'l.account_id');
    const query = this.db
      .getRepository(Lead)
      .createQueryBuilder('l')
      .where(scope.sql, scope.params);
    if (filter.accountId)
      query.andWhere('l.account_id = :accountId', { accountId: filter.accountId });
    if (filter.ownerId) query.andWhere('l.owner_id = :ownerId', { ownerId: filter.ownerId });
    if (filter.status) query.andWhere('l.status = :status', { status: filter.status });
    if (filter.search)
      query.andWhere('l.title ILIKE :search', { search: likePattern(filter.search) });
    return paginate(
      query,
      [
        {
          sql: 'l.created_at',
          direction: 'DESC',
          value: (l) => isoTime(l.createdAt),
          cast: 'timestamptz',
        },
      ],
      page,
    );
  }

  async get(ctx: Caller, id: string): Promise<Lead | null> {
    requireUuid('id', id);
    const scope = accountScopeCondition(await ctx.accountScope(), 'l.account_id');
    return this.db
      .getRepository(Lead)
      .createQueryBuilder('l')
      .where('l.id = :id', { id })
      .andWhere(scope.sql, scope.params)
      .getOne();
  }

  async create(ctx: Caller, input: CreateLeadInput): Promise<Lead> {
    return runMutation(ctx, async ({ manager, audit }) => {
      await lockAccountForWrite(ctx, manager, input.accountId, 'TEAM');
      const ownerId = input.ownerId ?? ctx.viewer.userId;
      await requireTeamMembers(manager, input.accountId, [ownerId], 'ownerId');
      if (input.authorityContactId) {
        await requireContacts(
          manager,
          input.accountId,
          [input.authorityContactId],
          'authorityContactId',
        );
      }
      const lead = manager.getRepository(Lead).create({
        accountId: input.accountId,
        title: input.title.trim(),
        source: input.source ?? 'OTHER',
        scenario: input.scenario ?? 'OCCASIONAL',
        ownerId,
        authorityContactId: input.authorityContactId ?? null,
        ...leadChanges(input),
      });
      const saved = await manager.getRepository(Lead).save(lead);
      await audit({ action: 'lead.create', entity: 'Lead', entityId: saved.id, after: saved });
      return saved;
    });
  }

  async update(ctx: Caller, id: string, input: UpdateLeadInput, version: number): Promise<Lead> {
    return runMutation(ctx, async ({ manager, audit }) => {
      const before = await this.lockForWrite(ctx, manager, id);
      assertVersion('Lead', before, version);
      if (before.status !== 'OPEN') throw badInput('id', 'LEAD_CLOSED', { status: before.status });
      const changes: Partial<Lead> = leadChanges(input, before);
      if (input.title !== undefined) changes.title = input.title.trim();
      if (input.source !== undefined) changes.source = input.source;
      if (input.scenario !== undefined) changes.scenario = input.scenario;
      if (input.ownerId !== undefined) {
        await requireTeamMembers(manager, before.accountId, [input.ownerId], 'ownerId');
        changes.ownerId = input.ownerId;
      }
      if (input.authorityContactId !== undefined) {
        if (input.authorityContactId) {
          await requireContacts(
            manager,
            before.accountId,
            [input.authorityContactId],
            'authorityContactId',
          );
        }
        changes.authorityContactId = input.authorityContactId;
      }
      const after = await updateVersioned(manager, Lead, 'Lead', id, version, changes);
      await audit({ action: 'lead.update', entity: 'Lead', entityId: id, before, after });
      return after;
    });
  }

  /**
   * A lead becomes a deal only when budget, authority, need and timing are all confirmed
   * (seed 002). A MANAGER may convert anyway with a reason; the audit event keeps both
   * the reason and the items that were missing.
   */
  async convert(ctx: Caller, id: string, input: ConvertLeadInput = {}): Promise<ConvertLeadResult> {
    return runMutation(ctx, async ({ manager, audit }) => {
      const lead = await this.lockForWrite(ctx, manager, id);
      if (lead.status === 'CONVERTED') {
        throw conflict('LEAD_CONVERTED', {
          opportunityId: lead.opportunityId,
        });
      }
      if (lead.status !== 'OPEN') throw badInput('id', 'LEAD_CLOSED', { status: lead.status });
      const missing = missingBant(lead);
      const override = input.overrideReason?.trim();
      if (missing.length && !override) {
        throw badInput('bant', 'BANT_MISSING', { missing });
      }
      if (missing.length && !hasRole(ctx.viewer, ...BANT_OVERRIDE_ROLES)) {
        throw forbidden('Only a manager may convert a lead without full BANT');
      }
      if (missing.length && lead.ownerId === ctx.viewer.userId) {
        // Separation of duties: the override is a decision over someone else's lead.
        throw forbidden("A manager overrides BANT on others' leads, not their own", {
          reason: 'SELF_APPROVAL',
        });
      }
      const amount =
        input.amount ??
        (lead.estimated?.amount != null
          ? { amount: lead.estimated.amount, currency: lead.estimated.currency }
          : null);
      // An estimate of nothing is no estimate: the deal needs what it is worth.
      if (!amount || (!input.amount && toCents(amount.amount) <= 0n))
        throw badInput('amount', 'LEAD_WITHOUT_ESTIMATE');
      requirePositiveAmount('amount.amount', amount.amount);
      const stageId = input.stageId ?? (await defaultConversionStage(manager));
      const opportunity = await this.opportunities.createInTx(ctx, manager, {
        accountId: lead.accountId,
        name: input.name ?? lead.title,
        amount,
        stageId,
        expectedCloseDate: input.expectedCloseDate ?? null,
        ownerId: lead.ownerId,
        decisionContacts: lead.authorityContactId
          ? [
              {
                contactId: lead.authorityContactId,
                role: 'DECISION_MAKER',
                note: lead.authority.note,
              },
            ]
          : [],
        leadId: lead.id,
      });
      const after = await updateVersioned(manager, Lead, 'Lead', id, lead.version, {
        status: 'CONVERTED',
        opportunityId: opportunity.id,
        overrideReason: missing.length ? override : null,
      });
      await audit({
        action: missing.length ? 'lead.convert.override' : 'lead.convert',
        entity: 'Lead',
        entityId: id,
        before: lead,
        after: { ...after, overriddenItems: missing, opportunity },
      });
      return { lead: after, opportunity, overridden: missing };
    });
  }

  async disqualify(ctx: Caller, id: string, reason: string, version: number): Promise<Lead> {
    return runMutation(ctx, async ({ manager, audit }) => {
      const before = await this.lockForWrite(ctx, manager, id);
      assertVersion('Lead', before, version);
      if (before.status !== 'OPEN') throw badInput('id', 'LEAD_CLOSED', { status: before.status });
      // Why a lead was dropped is what the next salesperson reads about this customer.
      if (!reason.trim()) throw badInput('reason', 'BLANK');
      const after = await updateVersioned(manager, Lead, 'Lead', id, version, {
        status: 'DISQUALIFIED',
        overrideReason: reason.trim(),
      });
      await audit({ action: 'lead.disqualify', entity: 'Lead', entityId: id, before, after });
      return after;
    });
  }

  private lockForWrite(ctx: Caller, manager: EntityManager, id: string): Promise<Lead> {
    return lockAccountRow(ctx, manager, Lead, 'Lead', id);
  }
}

/** A qualified lead has been in touch with us: it starts on the first stage above 0 %. */
async function defaultConversionStage(manager: EntityManager): Promise<string> {
  const stages = await activeStages(manager);
  const stage = stages.find((s) => !s.isWon && !s.isLost && s.probability > 0) ?? stages[0];
  if (!stage) throw badInput('stageId', 'NO_FUNNEL');
  return stage.id;
}

/** Estimate, SPIN and BANT fields of an input; a confirmed BANT item needs its note. */
function leadChanges(input: CreateLeadInput | UpdateLeadInput, before?: Lead): Partial<Lead> {
  const changes: Partial<Lead> = {};
  if (input.estimated !== undefined) {
    changes.estimated = {
      amount: input.estimated?.amount ?? (null as unknown as string),
      currency: input.estimated?.currency ?? (null as unknown as string),
    };
  }
  if (input.spin) {
    changes.spin = {
      situation: input.spin.situation?.trim() || null,
      problem: input.spin.problem?.trim() || null,
      implication: input.spin.implication?.trim() || null,
      needPayoff: input.spin.needPayoff?.trim() || null,
    };
  } else if (!before) {
    changes.spin = { situation: null, problem: null, implication: null, needPayoff: null };
  }
  for (const key of ['budget', 'authority', 'need', 'timing'] as const) {
    const check: BantCheckInput | undefined = input[key];
    if (!check) continue;
    const note = check.note?.trim() || null;
    if (check.confirmed && !note) {
      throw badInput(`${key}.note`, 'CONFIRMATION_NOTE_REQUIRED', { item: key });
    }
    changes[key] = { confirmed: check.confirmed, note };
  }
  return changes;
}
