import { parsePeriod } from '@trident/domain';
import type { DataSource } from 'typeorm';
import { badInput } from '../../common/app-error';
import type { Caller } from '../../graphql/caller';
import { rawAccountScopeCondition } from '../accounts/account-scope';
import type { CoverageLine } from './planning.types';

interface Row {
  user_id?: string;
  account_id?: string;
  target: string;
  won: string;
  remaining: string;
  pipeline: string;
  weighted: string;
  coverage: number | null;
  weighted_coverage: number | null;
  risk_margin: string;
  below: boolean;
  stages:
    | { stageId: string; riskMargin: number; pipeline: string; needed: string; below: boolean }[]
    | null;
}

/**
 * Seed 002, step 6: the funnel loses deals at every step, so the open pipeline closing in a
 * period must hold the plan's risk margin (e.g. 3×) times what is still to win. Per owner
 * against their SalesTarget, per account against its AccountPlan; all sums in SQL.
 * Each stage with its own margin is checked too: the open deals at that stage or later
 * must hold margin × what is still to win (5× at 0 %, 1.5× at 75 % in the default funnel).
 */
export class PipelineCoverageService {
  constructor(private readonly db: DataSource) {}

  async coverage(ctx: Caller, period: string) {
    const range = parsePeriod(period, ctx.timeZone);
    if (!range) throw badInput('period', 'PERIOD_FORM');
    const scope = await ctx.accountScope();
    // $1 period, $2 and $3 its instants (a deal closes at one), $4 and $5 its days (a deal is
    // expected to close on one), then the account scope.
    const accountScope = rawAccountScopeCondition(scope, 'o.account_id', 6);
    const values = [
      period,
      range.from,
      range.to,
      range.firstDay,
      range.endDay,
      ...accountScope.values,
    ];
    const deals = `
      SELECT o.owner_id, o.account_id, o.currency, o.amount, o.contract_amount, o.closed_at,
             o.expected_close_date, s.probability, s.position, s.is_won,
             NOT (s.is_won OR s.is_lost) AS open
        FROM opportunity o JOIN funnel_stage s ON s.id = o.stage_id
       WHERE ${accountScope.sql}`;
    const sums = (key: string) => `
      COALESCE(sum(COALESCE(d.contract_amount, d.amount))
        FILTER (WHERE d.is_won AND d.closed_at >= $2 AND d.closed_at < $3), 0.00) AS won,
      COALESCE(sum(d.amount)
        FILTER (WHERE d.open AND d.expected_close_date >= $4::date AND d.expected_close_date < $5::date), 0.00) AS pipeline,
      COALESCE(sum(round(d.amount * d.probability / 100.0, 2))
        FILTER (WHERE d.open AND d.expected_close_date >= $4::date AND d.expected_close_date < $5::date), 0.00) AS weighted
      -- ${key}`;
    // Open deals closing in the period, summed per line and stage once; each stage then adds
    // up the few sums at or after it (not the deals again, line by line).
    const staged = (key: 'owner_id' | 'account_id') => `
      staged AS (
        SELECT d.${key} AS key, d.currency, d.position, sum(d.amount) AS amount
          FROM deals d
         WHERE d.open AND d.expected_close_date >= $4::date AND d.expected_close_date < $5::date
         GROUP BY d.${key}, d.currency, d.position
      )`;
    const finish = (lineKey: 'user_id' | 'account_id') => `
      SELECT l.*, GREATEST(target - won, 0) AS remaining,
             (SELECT json_agg(json_build_object(
                       'stageId', st.id, 'riskMargin', st.risk_margin, 'pipeline', p.pipeline::text,
                       'needed', n.needed::text, 'below', n.needed > 0 AND p.pipeline < n.needed)
                     ORDER BY st.position)
                FROM funnel_stage st
                CROSS JOIN LATERAL (
                  SELECT COALESCE(sum(g.amount), 0.00) AS pipeline FROM staged g
                   WHERE g.key = l.${lineKey} AND g.currency = l.currency
                     AND g.position >= st.position) p
                CROSS JOIN LATERAL (
                  SELECT round(GREATEST(l.target - l.won, 0) * st.risk_margin, 2) AS needed) n
               WHERE st.risk_margin IS NOT NULL AND st.active) AS stages,
             round(pipeline / NULLIF(GREATEST(target - won, 0), 0), 2)::float8 AS coverage,
             round(weighted / NULLIF(GREATEST(target - won, 0), 0), 2)::float8 AS weighted_coverage,
             (GREATEST(target - won, 0) > 0 AND pipeline < GREATEST(target - won, 0) * risk_margin) AS below
        FROM lines l`;
    const ownerUsers =
      scope.kind === 'ALL' ? 'TRUE' : `t.user_id = ANY($${values.length + 1}::uuid[])`;
    const ownerValues = scope.kind === 'ALL' ? values : [...values, scope.userIds];
    const byOwner: Row[] = await this.db.query(
      `WITH deals AS (${deals}),
       lines AS (
         SELECT t.user_id, t.currency, t.revenue AS target, t.risk_margin, ${sums('owner')}
           FROM sales_target t
           LEFT JOIN deals d ON d.owner_id = t.user_id AND d.currency = t.currency
          WHERE t.period = $1 AND ${ownerUsers}
          GROUP BY t.user_id, t.currency, t.revenue, t.risk_margin
       ), ${staged('owner_id')} ${finish('user_id')} ORDER BY below DESC, coverage NULLS LAST, user_id`,
      ownerValues,
    );
    const planScope = rawAccountScopeCondition(scope, 'p.account_id', values.length + 1);
    const byAccount: Row[] = await this.db.query(
      `WITH deals AS (${deals}),
       lines AS (
         SELECT p.account_id, p.currency, p.target_amount AS target, p.risk_margin, ${sums('account')}
           FROM account_plan p
           LEFT JOIN deals d ON d.account_id = p.account_id AND d.currency = p.currency
          WHERE p.period = $1 AND ${planScope.sql}
          GROUP BY p.account_id, p.currency, p.target_amount, p.risk_margin
       ), ${staged('account_id')} ${finish('account_id')} ORDER BY below DESC, coverage NULLS LAST, account_id`,
      [...values, ...planScope.values],
    );
    const line = (r: Row): CoverageLine => ({
      userId: r.user_id ?? null,
      accountId: r.account_id ?? null,
      target: String(r.target),
      won: String(r.won),
      remaining: String(r.remaining),
      pipeline: String(r.pipeline),
      weightedPipeline: String(r.weighted),
      coverage: r.coverage,
      weightedCoverage: r.weighted_coverage,
      riskMargin: Number(r.risk_margin),
      belowMargin: r.below,
      stages: (r.stages ?? []).map((s) => ({
        stageId: s.stageId,
        riskMargin: Number(s.riskMargin),
        pipeline: s.pipeline,
        needed: s.needed,
        belowMargin: s.below,
      })),
    });
    return { period, byOwner: byOwner.map(line), byAccount: byAccount.map(line) };
  }
}
