import { parsePeriod, type ContractKind } from '@trident/domain';
import type { GraphQLResolveInfo } from 'graphql';
import type { DataSource, EntityManager } from 'typeorm';
import { badInput, conflict, forbidden } from '../../common/app-error';
import { replanRunsOf } from '../processes/run-planner';
import { requirePositiveAmount } from '../../common/decimal';
import { requireUuid } from '../../common/ids';
import {
  assertVersion,
  hydrateRow,
  returnedRows,
  runMutation,
  runOneStatementWrite,
  updateVersioned,
} from '../../db/mutation';
import type { Caller } from '../../graphql/caller';
import { auditEvent } from '../audit/audit.service';
import type { PageArgs } from '../../graphql/pagination/page-args';
import {
  byName,
  emptyLast,
  isoTime,
  paginate,
  sortKey,
  type SortKeyOf,
} from '../../graphql/pagination/paginate';
import { nodeColumns } from '../../graphql/planner/columns';
import { lockAccountForWrite } from '../accounts/account-access';
import { accountScopeCondition } from '../accounts/account-scope';
import { likePattern } from '../../common/text';
import { hasRole } from '../identity/viewer';
import type {
  CompetitorInput,
  CreateOpportunityInput,
  DealTeamMemberInput,
  DecisionContactInput,
  MoveOpportunityInput,
  OpportunityFilter,
  OpportunityOrder,
  UpdateOpportunityInput,
} from './dtos/opportunity.inputs';
import { createdInSql } from './deal-cohort';
import { closesDeals, FunnelStage } from './funnel-stage.entity';
import { planDealRelations } from './opportunity-plan';
import {
  assertDealWriter,
  lockOpportunityForWrite,
  readOpportunityForMove,
} from './opportunity-access';
import {
  Opportunity,
  OpportunityContact,
  OpportunityTeamMember,
  StageChange,
  type Competitor,
} from './opportunity.entity';
import { stagesToCheck, unmetCriteria } from './stage-criteria';
import { closeDatePassedSql } from './close-date';

const SORT: Record<OpportunityOrder['field'], SortKeyOf<Opportunity>> = {
  NAME: { sql: byName('o.name'), value: (o) => o.name },
  AMOUNT: { sql: 'o.amount', value: (o) => o.amount, cast: 'numeric' },
  EXPECTED_CLOSE: emptyLast('o.expected_close_date', (o) => o.expectedCloseDate, {
    low: '1000-01-01',
    high: '9999-12-31',
    cast: 'date',
  }),
  STAGE: {
    sql: '(SELECT s.position FROM funnel_stage s WHERE s.id = o.stage_id)',
    value: (o) => o.stage?.position ?? 0,
    cast: 'int',
  },
  STAGE_ENTERED_AT: {
    sql: 'o.stage_entered_at',
    value: (o) => isoTime(o.stageEnteredAt),
    cast: 'timestamptz',
  },
  CREATED_AT: { sql: 'o.created_at', value: (o) => isoTime(o.createdAt), cast: 'timestamptz' },
  UPDATED_AT: { sql: 'o.updated_at', value: (o) => isoTime(o.updatedAt), cast: 'timestamptz' },
};

/** What a new deal starts with, from createOpportunity or from a converted lead. */
export interface NewDeal {
  accountId: string;
  name: string;
  kind?: ContractKind;
  amount: { amount: string; currency: string };
  stageId?: string;
  products?: string[];
  expectedCloseDate?: string | null;
  ownerId?: string;
  coachContactId?: string | null;
  team?: DealTeamMemberInput[];
  decisionContacts?: DecisionContactInput[];
  competitors?: CompetitorInput[];
  leadId?: string | null;
}

export class OpportunityService {
  constructor(private readonly db: DataSource) {}

  async list(
    ctx: Caller,
    filter: OpportunityFilter = {},
    orderBy: OpportunityOrder[] = [],
    page: PageArgs,
    /** The request's selection: the relations it asks for are read with the page. */
    info?: GraphQLResolveInfo,
  ) {
    const accountScope = await ctx.accountScope();
    const scope = accountScopeCondition(accountScope, 'o.account_id');
    const query = this.db
      .getRepository(Opportunity)
      .createQueryBuilder('o')
      .where(scope.sql, scope.params);
    if (filter.accountId)
      query.andWhere('o.account_id = :accountId', { accountId: filter.accountId });
    if (filter.ownerIds)
      query.andWhere('o.owner_id = ANY(:ownerIds::uuid[])', { ownerIds: filter.ownerIds });
    if (filter.stageIds)
      query.andWhere('o.stage_id = ANY(:stageIds::uuid[])', { stageIds: filter.stageIds });
    if (filter.search)
      query.andWhere('o.name ILIKE :search', { search: likePattern(filter.search) });
    if (filter.open !== undefined && filter.open !== null) {
      // A deal is closed exactly when its stage is won or lost (moves and stage edits keep
      // closed_at so), and the open deals of an owner have their own partial index.
      query.andWhere(`o.closed_at IS ${filter.open ? '' : 'NOT '}NULL`);
    }
    // The deal's stage is a won (or lost) one.
    const inStage = (flag: 'is_won' | 'is_lost') =>
      `EXISTS (SELECT 1 FROM funnel_stage fs WHERE fs.id = o.stage_id AND fs.${flag})`;
    if (filter.closedAs) {
      query.andWhere(
        `o.closed_at IS NOT NULL AND ${inStage(filter.closedAs === 'WON' ? 'is_won' : 'is_lost')}`,
      );
    }
    if (filter.awaitingContract !== undefined && filter.awaitingContract !== null) {
      query.andWhere(
        `${filter.awaitingContract ? '' : 'NOT '}(${inStage('is_won')}
           AND NOT EXISTS (SELECT 1 FROM contract wc WHERE wc.opportunity_id = o.id))`,
      );
    }
    if (filter.closeDatePassed !== undefined && filter.closeDatePassed !== null) {
      query.andWhere(closeDatePassedSql('o', filter.closeDatePassed), { today: ctx.today() });
    }
    if (filter.closingIn) {
      const range = parsePeriod(filter.closingIn)!;
      query.andWhere('o.expected_close_date >= :closeFrom AND o.expected_close_date < :closeTo', {
        closeFrom: range.firstDay,
        closeTo: range.endDay,
      });
    }
    if (filter.teamMemberId) {
      query.andWhere(
        'EXISTS (SELECT 1 FROM opportunity_team_member tm WHERE tm.opportunity_id = o.id AND tm.user_id = :teamMemberId)',
        { teamMemberId: filter.teamMemberId },
      );
    }
    if (filter.createdIn) {
      const range = parsePeriod(filter.createdIn, ctx.timeZone)!;
      query.andWhere(createdInSql('o', ':createdFrom', ':createdTo'), {
        createdFrom: range.from,
        createdTo: range.to,
      });
    }
    if (filter.currency) query.andWhere('o.currency = :currency', { currency: filter.currency });
    const order = orderBy.length
      ? orderBy
      : [{ field: 'UPDATED_AT', direction: 'DESC' } as OpportunityOrder];
    if (order.some((o) => o.field === 'STAGE')) query.leftJoinAndSelect('o.stage', 'stage');
    return paginate(
      query,
      order.map((o) => sortKey(SORT[o.field], o.direction)),
      page,
      planDealRelations(this.db, info, accountScope),
      nodeColumns(this.db, Opportunity, 'Opportunity', info),
    );
  }

  async create(ctx: Caller, input: CreateOpportunityInput): Promise<Opportunity> {
    return runMutation(ctx, async ({ manager, audit }) => {
      requirePositiveAmount('amount.amount', input.amount.amount);
      const deal = await this.createInTx(ctx, manager, input);
      await audit({
        action: 'opportunity.create',
        entity: 'Opportunity',
        entityId: deal.id,
        after: deal,
      });
      return deal;
    });
  }

  /**
   * Creates a deal inside the caller's transaction: the account team writes, the owner and
   * deal team sit on the account team, contacts belong to the customer, and the starting
   * stage's entry criteria (and those of every stage below it) hold.
   */
  async createInTx(ctx: Caller, manager: EntityManager, input: NewDeal): Promise<Opportunity> {
    requireUuid('accountId', input.accountId);
    await lockAccountForWrite(ctx, manager, input.accountId, 'TEAM');
    const ownerId = input.ownerId ?? ctx.viewer.userId;
    await assertDealWriter(ctx, manager, { ownerId, accountId: input.accountId });
    await requireTeamMembers(manager, input.accountId, [ownerId], 'ownerId');
    const stages = await activeStages(manager);
    const stage = input.stageId
      ? stages.find((s) => s.id === input.stageId)
      : stages.find((s) => !s.isLost && !s.isWon);
    if (!stage) throw badInput('stageId', 'NOT_ACTIVE_STAGE');
    if (closesDeals(stage)) {
      throw badInput('stageId', 'NEW_DEAL_ON_OPEN_STAGE');
    }
    const deal = await manager.getRepository(Opportunity).save(
      manager.getRepository(Opportunity).create({
        accountId: input.accountId,
        name: input.name.trim(),
        kind: input.kind ?? 'NEW',
        amount: input.amount.amount,
        currency: input.amount.currency,
        products: input.products ?? [],
        expectedCloseDate: input.expectedCloseDate ?? null,
        stageId: stage.id,
        ownerId,
        coachContactId: null,
        competitors: normalizeCompetitors(input.competitors ?? []),
        leadId: input.leadId ?? null,
        createdById: ctx.viewer.userId,
      }),
    );
    await this.writeRelations(manager, deal, input);
    const unmet = await unmetCriteria(manager, deal, stagesToCheck(stages, null, stage), {
      note: null,
      contractAmount: null,
    });
    if (unmet.length) throw criteriaError(stage, unmet);
    await manager.insert(StageChange, {
      opportunityId: deal.id,
      fromStageId: null,
      toStageId: stage.id,
      note: null,
      actorId: ctx.viewer.userId,
    });
    return manager.getRepository(Opportunity).findOneByOrFail({ id: deal.id });
  }

  async update(
    ctx: Caller,
    id: string,
    input: UpdateOpportunityInput,
    version: number,
  ): Promise<Opportunity> {
    return runMutation(ctx, async ({ manager, audit }) => {
      const before = await lockOpportunityForWrite(ctx, manager, id);
      assertVersion('Opportunity', before, version);
      const changes: Partial<Opportunity> = {};
      if (input.name !== undefined) changes.name = input.name.trim();
      if (input.amount) {
        requirePositiveAmount('amount.amount', input.amount.amount);
        changes.amount = input.amount.amount;
        changes.currency = input.amount.currency;
      }
      if (input.products !== undefined) changes.products = input.products;
      if (input.expectedCloseDate !== undefined)
        changes.expectedCloseDate = input.expectedCloseDate;
      if (input.ownerId !== undefined) {
        await requireTeamMembers(manager, before.accountId, [input.ownerId], 'ownerId');
        changes.ownerId = input.ownerId;
      }
      if (input.competitors !== undefined)
        changes.competitors = normalizeCompetitors(input.competitors);
      const after = await updateVersioned(
        manager,
        Opportunity,
        'Opportunity',
        id,
        version,
        changes,
      );
      await this.writeRelations(manager, after, input);
      // A run follows its deal: a new amount or product mix re-plans its open runs now.
      const replanned =
        changes.amount !== undefined || changes.products !== undefined
          ? await replanRunsOf(
              manager,
              ctx.viewer.userId,
              { opportunityId: id },
              dealChangeNote(before, after),
            )
          : [];
      await audit({
        action: 'opportunity.update',
        entity: 'Opportunity',
        entityId: id,
        before,
        after: {
          ...after,
          team: input.team,
          decisionContacts: input.decisionContacts,
          ...(replanned.length ? { replanned } : {}),
        },
      });
      return manager.getRepository(Opportunity).findOneByOrFail({ id });
    });
  }

  /**
   * Moves a deal to another stage and writes its StageChange. Forward moves check the
   * entry criteria; won and lost close the deal; reopening a closed deal is a manager's call.
   */
  async move(
    ctx: Caller,
    id: string,
    stageId: string,
    version: number,
    input: MoveOpportunityInput = {},
  ): Promise<Opportunity> {
    requireUuid('stageId', stageId);
    return runOneStatementWrite(ctx, async ({ manager, write }) => {
      const {
        deal: before,
        stages,
        held,
      } = await readOpportunityForMove(ctx, manager, id, stageId);
      assertVersion('Opportunity', before, version);
      const from = stages.find((s) => s.id === before.stageId) ?? null;
      const to = stages.find((s) => s.id === stageId);
      if (!to || !to.active) throw badInput('stageId', 'NOT_ACTIVE_STAGE');
      if (to.id === before.stageId)
        throw badInput('stageId', 'DEAL_ALREADY_IN_STAGE', {
          stage: to.nameEn,
          stageZh: to.nameZh,
        });
      if (from && closesDeals(from) && !hasRole(ctx.viewer, 'MANAGER', 'ADMIN')) {
        throw forbidden('Only a manager or an admin may reopen a won or lost deal');
      }
      if (input.contractAmount?.startsWith('-')) {
        throw badInput('contractAmount', 'NEGATIVE');
      }
      if (input.contractAmount != null && !to.isWon) {
        throw badInput('contractAmount', 'AMOUNT_SET_WHEN_WON');
      }
      const unmet = await unmetCriteria(
        manager,
        before,
        stagesToCheck(stages, from, to),
        input,
        held,
      );
      if (unmet.length) throw criteriaError(to, unmet);
      const now = new Date();
      const contractAmount = to.isWon && input.contractAmount != null ? input.contractAmount : null;
      const closedAt = closesDeals(to) ? now : null;
      // What the row will be, for its audit event: the update below sets exactly these.
      const written = Object.assign(Object.create(Opportunity.prototype) as Opportunity, before, {
        stageId: to.id,
        stageEnteredAt: now,
        closedAt,
        contractAmount: contractAmount ?? before.contractAmount,
        version: version + 1,
        updatedAt: now,
      });
      const event = auditEvent(ctx.viewer, ctx.requestId, {
        action: 'opportunity.move',
        entity: 'Opportunity',
        entityId: id,
        before,
        after: written,
      });
      // The versioned update, the stage history and the audit event in one statement: the
      // history and the event are written only when the update matched (the version current).
      const [row] = returnedRows<Record<string, unknown>>(
        await write(
          `WITH moved AS (
           UPDATE opportunity
              SET stage_id = $3, stage_entered_at = $4, closed_at = $5,
                  contract_amount = COALESCE($6::numeric, contract_amount),
                  version = version + 1, updated_at = $4
            WHERE id = $1 AND version = $2
           RETURNING *),
         history AS (
           INSERT INTO stage_change (opportunity_id, from_stage_id, to_stage_id, note, actor_id, at)
           SELECT id, $7, $3, $8, $9, $4 FROM moved),
         audited AS (
           INSERT INTO audit_event (actor_id, actor_kind, action, entity, entity_id, before, after, request_id)
           SELECT $9, $10, $11, $12, $13, $14::jsonb, $15::jsonb, $16 FROM moved)
         SELECT * FROM moved`,
          [
            id,
            version,
            to.id,
            now,
            closedAt,
            contractAmount,
            before.stageId,
            input.note?.trim() || null,
            ctx.viewer.userId,
            event.actorKind,
            event.action,
            event.entity,
            event.entityId,
            JSON.stringify(event.before),
            JSON.stringify(event.after),
            event.requestId,
          ],
        ),
      );
      if (!row) throw conflict('VERSION_CONFLICT', { entity: 'Opportunity' });
      const after = hydrateRow(manager, Opportunity, row);
      return after;
    });
  }

  /** Coach, deal team and decision contacts: each replaced as a whole when given. */
  private async writeRelations(
    manager: EntityManager,
    deal: Opportunity,
    input: Pick<NewDeal, 'coachContactId' | 'team' | 'decisionContacts'>,
  ) {
    if (input.coachContactId !== undefined) {
      if (input.coachContactId) {
        await requireContacts(manager, deal.accountId, [input.coachContactId], 'coachContactId');
      }
      await manager.update(Opportunity, { id: deal.id }, { coachContactId: input.coachContactId });
    }
    if (input.team !== undefined) {
      await requireTeamMembers(
        manager,
        deal.accountId,
        input.team.map((m) => m.userId),
        'team',
      );
      await manager.delete(OpportunityTeamMember, { opportunityId: deal.id });
      const unique = new Map(input.team.map((m) => [`${m.userId}:${m.teamRole}`, m]));
      if (unique.size) {
        await manager.insert(
          OpportunityTeamMember,
          [...unique.values()].map((m) => ({
            opportunityId: deal.id,
            userId: m.userId,
            teamRole: m.teamRole,
          })),
        );
      }
    }
    if (input.decisionContacts !== undefined) {
      await requireContacts(
        manager,
        deal.accountId,
        input.decisionContacts.map((c) => c.contactId),
        'decisionContacts',
      );
      await manager.delete(OpportunityContact, { opportunityId: deal.id });
      const unique = new Map(input.decisionContacts.map((c) => [`${c.contactId}:${c.role}`, c]));
      if (unique.size) {
        await manager.insert(
          OpportunityContact,
          [...unique.values()].map((c) => ({
            opportunityId: deal.id,
            contactId: c.contactId,
            role: c.role,
            note: c.note?.trim() || null,
          })),
        );
      }
    }
  }
}

export async function activeStages(manager: EntityManager): Promise<FunnelStage[]> {
  return manager
    .getRepository(FunnelStage)
    .find({ where: { active: true }, order: { position: 'ASC' } });
}

function criteriaError(stage: FunnelStage, unmet: string[]) {
  return badInput('stageId', 'STAGE_CRITERIA_UNMET', {
    stage: stage.nameEn,
    stageZh: stage.nameZh,
    unmet,
  });
}

function normalizeCompetitors(competitors: CompetitorInput[]): Competitor[] {
  return competitors.map((c) => ({
    name: c.name.trim(),
    strengths: c.strengths?.trim() || null,
    weaknesses: c.weaknesses?.trim() || null,
  }));
}

/** Deal owners and team sit on the account team, or they could not even see the deal. */
export async function requireTeamMembers(
  manager: EntityManager,
  accountId: string,
  userIds: string[],
  field: string,
) {
  const wanted = [...new Set(userIds)];
  if (!wanted.length) return;
  const rows: { user_id: string }[] = await manager.query(
    `SELECT DISTINCT user_id FROM account_team_member WHERE account_id = $1 AND user_id = ANY($2::uuid[])`,
    [accountId, wanted],
  );
  const found = new Set(rows.map((r) => r.user_id));
  const missing = wanted.filter((id) => !found.has(id));
  if (missing.length) {
    throw badInput(field, 'NOT_ON_ACCOUNT_TEAM', { missing });
  }
}

/** Contacts named on a deal or a visit belong to the same customer. */
export async function requireContacts(
  manager: EntityManager,
  accountId: string,
  contactIds: string[],
  field: string,
) {
  const wanted = [...new Set(contactIds)];
  if (!wanted.length) return;
  const rows: { id: string }[] = await manager.query(
    'SELECT id FROM contact WHERE account_id = $1 AND id = ANY($2::uuid[])',
    [accountId, wanted],
  );
  const found = new Set(rows.map((r) => r.id));
  const missing = wanted.filter((id) => !found.has(id));
  if (missing.length) {
    throw badInput(field, 'NOT_CUSTOMER_CONTACTS', { missing });
  }
}

/** A deal named next to a customer (on a visit, task, feedback, renewal…) is that customer's. */
export async function requireDealOfAccount(
  manager: EntityManager,
  accountId: string,
  opportunityId: string | null | undefined,
  field = 'opportunityId',
) {
  if (!opportunityId) return;
  const rows: unknown[] = await manager.query(
    'SELECT 1 FROM opportunity WHERE id = $1 AND account_id = $2',
    [opportunityId, accountId],
  );
  if (!rows.length) throw badInput(field, 'NOT_CUSTOMER_DEAL');
}

/** A run re-planned for its deal's amount says so, never with the amounts. */
export const AMOUNT_CHANGED_NOTE = 'amount changed';

/**
 * Why the deal's runs were re-planned, as people read it. The note is text, which no field rule
 * hides, and a run's steps are read by TECHNICAL and DELIVERY: so it names an amount change
 * without the amounts (those who may read money find them on the run's plan, `amount`).
 */
function dealChangeNote(before: Opportunity, after: Opportunity): string {
  const parts: string[] = [];
  if (before.amount !== after.amount || before.currency !== after.currency)
    parts.push(AMOUNT_CHANGED_NOTE);
  if (before.products.join(', ') !== after.products.join(', '))
    parts.push(
      `products ${before.products.join(', ') || '—'} → ${after.products.join(', ') || '—'}`,
    );
  return parts.join('; ') || 'the deal changed';
}
