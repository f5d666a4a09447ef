import { likePattern } from '../../common/text';
import { BATTLE_MAP_MAX_ROWS } from '@trident/domain';
import type { DataSource } from 'typeorm';
import { isUuid } from '../../common/ids';
import type { Caller } from '../../graphql/caller';
import type { PageArgs } from '../../graphql/pagination/page-args';
import { paginate } from '../../graphql/pagination/paginate';
import { accountScopeCondition, rawAccountScopeCondition } from '../accounts/account-scope';
import { agingBucketSql } from './aging-buckets';
import { PaymentMilestone } from './contract.entity';
import type { BattleMapFilter, MilestoneFilter } from './dtos/collections.inputs';
import type { BattleMapRow } from './collections.types';

/**
 * The battle map (seed 002): per contract what is due, paid and overdue and how far the
 * evidence chain is, in one SQL statement; and milestones as a connection for worklists.
 */
export class BattleMapService {
  constructor(private readonly db: DataSource) {}

  async battleMap(ctx: Caller, filter: BattleMapFilter = {}): Promise<BattleMapRow[]> {
    const scope = rawAccountScopeCondition(await ctx.accountScope(), 'c.account_id', 6);
    // The contracts first, then their milestones and their evidence each summed once per
    // contract: joining evidence per milestone row and grouping after took 3.5 s over the bench's
    // 9,735 contracts (200,000 milestones, a lookup of evidence for each), this 0.8 s.
    const rows: LineRow[] = await this.db.query(
      `WITH cs AS (
         SELECT c.id, c.account_id, c.currency, c.amount
           FROM contract c
           JOIN account a ON a.id = c.account_id
          WHERE ${scope.sql}
            AND ($1::uuid IS NULL OR c.account_id = $1)
            AND ($2::text IS NULL OR a.region ILIKE $2)
            AND ($3::uuid IS NULL OR EXISTS (SELECT 1 FROM account_team_member o
                  WHERE o.account_id = c.account_id AND o.team_role = 'AR' AND o.user_id = $3))),
       mm AS (
         SELECT m.contract_id,
                sum(m.amount) FILTER (WHERE m.due <= $5::date) AS due,
                sum(m.paid_amount) AS paid,
                sum(m.amount - m.paid_amount) AS open,
                sum(m.amount - m.paid_amount) FILTER (WHERE m.stage <> 'PAID' AND m.due < $5::date) AS overdue,
                min(m.due) FILTER (WHERE m.stage <> 'PAID' AND m.due >= $5::date) AS next_due,
                count(*) FILTER (WHERE m.stage <> 'PAID' AND m.due < $5::date) AS overdue_milestones
           FROM payment_milestone m
          WHERE m.contract_id IN (SELECT id FROM cs)
          GROUP BY m.contract_id),
       ee AS (
         SELECT m.contract_id,
                count(*) FILTER (WHERE ei.required AND ei.checked_at IS NOT NULL) AS checked,
                count(*) FILTER (WHERE ei.required) AS required
           FROM evidence_item ei
           JOIN payment_milestone m ON m.id = ei.milestone_id
          WHERE m.contract_id IN (SELECT id FROM cs)
          GROUP BY m.contract_id)
       SELECT cs.id AS contract_id, cs.account_id, cs.currency, cs.amount AS contract_amount,
              COALESCE(mm.due, 0.00) AS due,
              COALESCE(mm.paid, 0.00) AS paid,
              COALESCE(mm.open, 0.00) AS open,
              COALESCE(mm.overdue, 0.00) AS overdue,
              to_char(mm.next_due, 'YYYY-MM-DD') AS next_due,
              COALESCE(mm.overdue_milestones, 0)::int AS overdue_milestones,
              COALESCE(ee.checked, 0)::int AS evidence_checked,
              COALESCE(ee.required, 0)::int AS evidence_required
         FROM cs
         LEFT JOIN mm ON mm.contract_id = cs.id
         LEFT JOIN ee ON ee.contract_id = cs.id
        WHERE NOT $4::boolean OR COALESCE(mm.overdue_milestones, 0) > 0
        ORDER BY overdue DESC, next_due NULLS LAST
        LIMIT ${BATTLE_MAP_MAX_ROWS}`,
      [
        filter.accountId ?? null,
        filter.region ? likePattern(filter.region) : null,
        filter.ownerId ?? null,
        !!filter.overdueOnly,
        ctx.today(),
        ...scope.values,
      ],
    );
    return rows.map(toLine);
  }

  async milestones(ctx: Caller, filter: MilestoneFilter = {}, page: PageArgs) {
    const scope = accountScopeCondition(await ctx.accountScope(), 'm.account_id');
    const query = this.db
      .getRepository(PaymentMilestone)
      .createQueryBuilder('m')
      .where(scope.sql, scope.params);
    if (filter.contractId)
      query.andWhere('m.contract_id = :contractId', { contractId: filter.contractId });
    if (filter.accountId)
      query.andWhere('m.account_id = :accountId', { accountId: filter.accountId });
    if (filter.stage) query.andWhere('m.stage = :stage', { stage: filter.stage });
    // "Today" is the company's calendar day (ctx.today()), one definition for every list.
    if (filter.overdue)
      query.andWhere(`m.stage <> 'PAID' AND m.due < :today::date`, { today: ctx.today() });
    if (filter.ahead) query.andWhere('m.due >= :today::date', { today: ctx.today() });
    if (filter.dueBefore) query.andWhere('m.due < :dueBefore', { dueBefore: filter.dueBefore });
    if (filter.kinds?.length) query.andWhere('m.kind IN (:...kinds)', { kinds: filter.kinds });
    if (filter.aging) {
      query.andWhere(agingBucketSql(filter.aging, 'm.stage', '(:asOf::date - m.due)'), {
        asOf: ctx.today(),
      });
    }
    if (filter.region) {
      query.andWhere(
        'EXISTS (SELECT 1 FROM account ra WHERE ra.id = m.account_id AND ra.region ILIKE :region)',
        { region: likePattern(filter.region) },
      );
    }
    if (filter.regionExactly) {
      // An aging bar's region: only that one, not the cities within a province's.
      query.andWhere(
        'EXISTS (SELECT 1 FROM account ra WHERE ra.id = m.account_id AND ra.region = :regionExactly)',
        { regionExactly: filter.regionExactly },
      );
    }
    if (filter.missingEvidence !== undefined && filter.missingEvidence !== null) {
      query.andWhere(
        `${filter.missingEvidence ? '' : 'NOT '}EXISTS (SELECT 1 FROM evidence_item e
           WHERE e.milestone_id = m.id AND e.required AND e.checked_at IS NULL)`,
      );
    }
    return paginate(
      query,
      [{ sql: 'm.due', direction: 'ASC', value: (m) => m.due, cast: 'date' }],
      page,
    );
  }
}

/**
 * One contract's collection figures at the day `today` (a parameter: the request's today): what is due
 * by today, paid, open, overdue (unpaid, due before today), the next due date ahead (the
 * earliest unpaid due today or later) and the evidence checked of required. One definition
 * for the battle map and for `Contract.collection` (the war room): the browser sums nothing.
 */
const lineColumns = (
  today: string,
) => `c.id AS contract_id, c.account_id, c.currency, c.amount AS contract_amount,
       COALESCE(sum(m.amount) FILTER (WHERE m.due <= ${today}), 0.00) AS due,
       COALESCE(sum(m.paid_amount), 0.00) AS paid,
       COALESCE(sum(m.amount - m.paid_amount), 0.00) AS open,
       COALESCE(sum(m.amount - m.paid_amount) FILTER (WHERE m.stage <> 'PAID' AND m.due < ${today}), 0.00) AS overdue,
       to_char(min(m.due) FILTER (WHERE m.stage <> 'PAID' AND m.due >= ${today}), 'YYYY-MM-DD') AS next_due,
       count(m.id) FILTER (WHERE m.stage <> 'PAID' AND m.due < ${today})::int AS overdue_milestones,
       COALESCE(sum(e.checked), 0)::int AS evidence_checked,
       COALESCE(sum(e.required), 0)::int AS evidence_required`;

const LINE_JOINS = `LEFT JOIN payment_milestone m ON m.contract_id = c.id
         LEFT JOIN LATERAL (
           SELECT count(*) FILTER (WHERE ei.required AND ei.checked_at IS NOT NULL) AS checked,
                  count(*) FILTER (WHERE ei.required) AS required
             FROM evidence_item ei WHERE ei.milestone_id = m.id) e ON TRUE`;

interface LineRow {
  contract_id: string;
  account_id: string;
  currency: string;
  contract_amount: string;
  due: string;
  paid: string;
  open: string;
  overdue: string;
  next_due: string | null;
  overdue_milestones: number;
  evidence_checked: number;
  evidence_required: number;
}

const toLine = (r: LineRow): BattleMapRow => ({
  contractId: r.contract_id,
  accountId: r.account_id,
  currency: r.currency,
  contractAmount: String(r.contract_amount),
  due: String(r.due),
  paid: String(r.paid),
  open: String(r.open),
  overdue: String(r.overdue),
  nextDue: r.next_due,
  overdueMilestones: r.overdue_milestones,
  evidenceChecked: r.evidence_checked,
  evidenceRequired: r.evidence_required,
});

/**
 * The battle map's line of each contract (in `ids` order; null for an unknown id), at
 * `today`: one SQL statement for a page of contracts. The contracts were reached through a
 * scoped read, and row-level security applies again underneath.
 */
export async function battleMapLines(
  db: DataSource,
  today: string,
  ids: readonly string[],
): Promise<(BattleMapRow | null)[]> {
  const rows: LineRow[] = await db.query(
    `SELECT ${lineColumns('$2::date')}
       FROM contract c
       ${LINE_JOINS}
      WHERE c.id = ANY($1::uuid[])
      GROUP BY c.id`,
    [ids.filter(isUuid), today],
  );
  const byId = new Map(rows.map((row) => [row.contract_id, toLine(row)]));
  return ids.map((id) => byId.get(id) ?? null);
}
