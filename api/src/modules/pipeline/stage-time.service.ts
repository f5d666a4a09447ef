import { parsePeriod } from '@trident/domain';
import type { DataSource } from 'typeorm';
import { badInput } from '../../common/app-error';
import type { Caller } from '../../graphql/caller';
import { rawAccountScopeCondition } from '../accounts/account-scope';
import type { StageTimeGroup } from './pipeline.enums';
import type { DealVelocity, StageTime } from './stage-time.types';

/** The group a deal counts in: its owner, its owner's manager (the team), or everyone. */
const KEY: Record<StageTimeGroup, string> = {
  NONE: "'ALL'",
  OWNER: 'o.owner_id::text',
  TEAM: 'COALESCE(u.manager_id::text, u.id::text)',
};

function periodRange(period: string, timeZone: string) {
  const range = parsePeriod(period, timeZone);
  if (!range) throw badInput('period', 'PERIOD_FORM');
  return range;
}

/**
 * Where deals wait (seed 001's funnel read as time): every stint of a deal in a stage runs
 * from its move in to its next move, so days per stage come from the stage history alone.
 * Won and lost are where deals end, not where they wait, and are left out. SQL only.
 */
export class StageTimeService {
  constructor(private readonly db: DataSource) {}

  /**
   * Per stage and group: stints that ended in the period (median and 90th percentile of
   * their days), and the open deals sitting in the stage now with their median age.
   */
  async timeInStage(ctx: Caller, period: string, groupBy: StageTimeGroup): Promise<StageTime[]> {
    const range = periodRange(period, ctx.timeZone);
    const scope = rawAccountScopeCondition(await ctx.accountScope(), 'o.account_id', 3);
    const rows: {
      stage_id: string;
      key: string;
      completed: number;
      median: number | null;
      p90: number | null;
      open_deals: number;
      open_median: number | null;
    }[] = await this.db.query(
      `WITH stints AS (
         SELECT sc.to_stage_id AS stage_id, ${KEY[groupBy]} AS key, sc.at AS entered,
                lead(sc.at) OVER (PARTITION BY sc.opportunity_id ORDER BY sc.at, sc.id) AS left_at
           FROM stage_change sc
           JOIN opportunity o ON o.id = sc.opportunity_id
           JOIN "user" u ON u.id = o.owner_id
          WHERE ${scope.sql}
       ), timed AS (
         SELECT t.stage_id, t.key, t.left_at,
                extract(epoch FROM COALESCE(t.left_at, now()) - t.entered) / 86400 AS days
           FROM stints t JOIN funnel_stage s ON s.id = t.stage_id
          WHERE NOT s.is_won AND NOT s.is_lost
       )
       SELECT stage_id, key,
              count(*) FILTER (WHERE left_at >= $1 AND left_at < $2)::int AS completed,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY days) FILTER (WHERE left_at >= $1 AND left_at < $2) AS median,
              percentile_cont(0.9) WITHIN GROUP (ORDER BY days) FILTER (WHERE left_at >= $1 AND left_at < $2) AS p90,
              count(*) FILTER (WHERE left_at IS NULL)::int AS open_deals,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY days) FILTER (WHERE left_at IS NULL) AS open_median
         FROM timed
        GROUP BY stage_id, key
       HAVING count(*) FILTER (WHERE left_at IS NULL OR (left_at >= $1 AND left_at < $2)) > 0
        ORDER BY key, stage_id`,
      [range.from, range.to, ...scope.values],
    );
    const round = (days: number | null) => (days === null ? null : Math.round(days * 10) / 10);
    return rows.map((r) => ({
      stageId: r.stage_id,
      key: r.key,
      ownerId: groupBy === 'OWNER' ? r.key : null,
      completed: r.completed,
      medianDays: round(r.median),
      p90Days: round(r.p90),
      openDeals: r.open_deals,
      openMedianDays: round(r.open_median),
    }));
  }

  /**
   * Sales velocity per group: open deals × win rate × average won amount ÷ median sales
   * cycle, in money per day. Won and lost count when they closed in the period.
   */
  async velocity(
    ctx: Caller,
    period: string,
    groupBy: StageTimeGroup,
    currency: string,
  ): Promise<DealVelocity[]> {
    const range = periodRange(period, ctx.timeZone);
    const scope = rawAccountScopeCondition(await ctx.accountScope(), 'o.account_id', 4);
    const rows: {
      key: string;
      open_deals: number;
      won: number;
      lost: number;
      average_won: string | null;
      cycle_days: number | null;
      per_day: string | null;
    }[] = await this.db.query(
      `WITH deals AS (
         SELECT ${KEY[groupBy]} AS key, s.is_won, s.is_lost, COALESCE(o.contract_amount, o.amount) AS amount,
                o.closed_at >= $1 AND o.closed_at < $2 AS closed_in_period,
                extract(epoch FROM o.closed_at - o.created_at) / 86400 AS cycle
           FROM opportunity o
           JOIN funnel_stage s ON s.id = o.stage_id
           JOIN "user" u ON u.id = o.owner_id
          WHERE o.currency = $3 AND ${scope.sql}
       ), grouped AS (
         SELECT key,
                count(*) FILTER (WHERE NOT is_won AND NOT is_lost)::int AS open_deals,
                count(*) FILTER (WHERE is_won AND closed_in_period)::int AS won,
                count(*) FILTER (WHERE is_lost AND closed_in_period)::int AS lost,
                round(avg(amount) FILTER (WHERE is_won AND closed_in_period), 2) AS average_won,
                percentile_cont(0.5) WITHIN GROUP (ORDER BY cycle) FILTER (WHERE is_won AND closed_in_period) AS cycle_days
           FROM deals GROUP BY key
       )
       SELECT g.*,
              CASE WHEN g.won > 0 AND g.cycle_days > 0
                   THEN round(g.open_deals * (g.won::numeric / (g.won + g.lost)) * g.average_won
                              / greatest(g.cycle_days, 1)::numeric, 2)
              END AS per_day
         FROM grouped g
        ORDER BY g.key`,
      [range.from, range.to, currency, ...scope.values],
    );
    return rows.map((r) => ({
      key: r.key,
      ownerId: groupBy === 'OWNER' ? r.key : null,
      openDeals: r.open_deals,
      won: r.won,
      lost: r.lost,
      winRate: r.won + r.lost > 0 ? Math.round((r.won / (r.won + r.lost)) * 1000) / 1000 : null,
      averageWon: r.average_won === null ? null : String(r.average_won),
      cycleDays: r.cycle_days === null ? null : Math.round(r.cycle_days * 10) / 10,
      perDay: r.per_day === null ? null : String(r.per_day),
      currency,
    }));
  }
}
