import { parsePeriod } from '@trident/domain';
import type { DataSource } from 'typeorm';
import { badInput } from '../../common/app-error';
import { requireUuid } from '../../common/ids';
import type { Caller } from '../../graphql/caller';
import { coveredSql, DECISION_LEVELS } from '../customer-org/decision-coverage';
import { accountTreeSql, CELLS_SQL, TRUNCATED_SQL } from './account-tree';
import type { AccountRollup, RollupFigures } from './growth.types';

const FIGURES = [
  'pipeline',
  'weighted',
  'revenue',
  'collected',
  'decision',
  'covered',
  'sold',
  'offered',
  'open',
] as const;
type Figures = Record<(typeof FIGURES)[number], string | number>;

/**
 * A customer group rolled up its hierarchy (group → province → city, seed 002's plan per
 * concrete customer summed for the group): each account's own figures and the sum of it and
 * every account below it the caller may see. One statement; sums in SQL.
 */
export class RollupService {
  constructor(private readonly db: DataSource) {}

  async rollup(
    ctx: Caller,
    accountId: string,
    period: string,
    currency: string,
  ): Promise<AccountRollup | null> {
    requireUuid('accountId', accountId);
    const range = parsePeriod(period, ctx.timeZone);
    if (!range) throw badInput('period', 'PERIOD_FORM');
    // $1 root, $2 currency, $3 first day, $4 end day, then the scope.
    const tree = accountTreeSql(await ctx.accountScope(), '$1', 5);
    const total = FIGURES.map((f) => `sum(x.${f}) AS t_${f}`).join(', ');
    const rows: ({
      id: string;
      parent_id: string | null;
      depth: number;
      truncated: boolean;
    } & Figures &
      Record<`t_${(typeof FIGURES)[number]}`, string | number>)[] = await this.db.query(
      `WITH RECURSIVE ${tree.sql}, ${CELLS_SQL}, own AS (
         SELECT k.id, k.parent_id, k.depth, k.path,
                COALESCE(d.pipeline, 0.00) AS pipeline, COALESCE(d.weighted, 0.00) AS weighted,
                (SELECT COALESCE(sum(c.amount), 0.00) FROM contract c
                  WHERE c.account_id = k.id AND c.currency = $2
                    AND c.signed_at >= $3 AND c.signed_at < $4) AS revenue,
                (SELECT COALESCE(sum(p.amount), 0.00) FROM payment p
                   JOIN payment_milestone m ON m.id = p.milestone_id
                  WHERE m.account_id = k.id AND m.currency = $2
                    AND p.paid_at >= $3 AND p.paid_at < $4) AS collected,
                dc.decision, dc.covered, w.sold, w.offered, w.open
           FROM kept k
           CROSS JOIN LATERAL (
             SELECT sum(o.amount) AS pipeline, sum(round(o.amount * s.probability / 100.0, 2)) AS weighted
               FROM opportunity o JOIN funnel_stage s ON s.id = o.stage_id
              WHERE o.account_id = k.id AND o.currency = $2 AND NOT s.is_won AND NOT s.is_lost) d
           CROSS JOIN LATERAL (
             SELECT count(*)::int AS decision, count(*) FILTER (WHERE ${coveredSql('c')})::int AS covered
               FROM contact c
              WHERE c.account_id = k.id AND c.status = 'ACTIVE' AND c.level IN ${DECISION_LEVELS}) dc
           CROSS JOIN LATERAL (
             SELECT count(*) FILTER (WHERE x.contract_id IS NOT NULL)::int AS sold,
                    count(*) FILTER (WHERE x.contract_id IS NULL AND x.opportunity_id IS NOT NULL)::int AS offered,
                    count(*) FILTER (WHERE x.contract_id IS NULL AND x.opportunity_id IS NULL)::int AS open
               FROM cells x WHERE x.account_id = k.id) w
       )
       SELECT o.*, t.*, ${TRUNCATED_SQL} AS truncated
         FROM own o
         CROSS JOIN LATERAL (SELECT ${total} FROM own x WHERE o.id = ANY(x.path)) t
        ORDER BY o.path`,
      [accountId, currency, range.firstDay, range.endDay, ...tree.values],
    );
    if (!rows.length) return null;
    const figures = (r: Record<string, unknown>, prefix: '' | 't_'): RollupFigures => {
      const decision = Number(r[`${prefix}decision`]);
      const covered = Number(r[`${prefix}covered`]);
      return {
        pipeline: String(r[`${prefix}pipeline`]),
        weightedPipeline: String(r[`${prefix}weighted`]),
        revenue: String(r[`${prefix}revenue`]),
        collected: String(r[`${prefix}collected`]),
        decisionContacts: decision,
        decisionContactsCovered: covered,
        decisionCoverage: decision === 0 ? 0 : Math.round((covered / decision) * 1000) / 1000,
        sold: Number(r[`${prefix}sold`]),
        inPipeline: Number(r[`${prefix}offered`]),
        open: Number(r[`${prefix}open`]),
      };
    };
    return {
      accountId,
      currency,
      truncated: rows[0]!.truncated,
      rows: rows.map((r) => ({
        accountId: r.id,
        parentId: r.parent_id,
        depth: r.depth,
        own: figures(r, ''),
        total: figures(r, 't_'),
      })),
    };
  }
}
