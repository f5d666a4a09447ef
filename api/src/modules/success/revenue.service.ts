import {
  addMonths,
  parsePeriod,
  type RevenueGranularity,
  type RevenueGroup,
} from '@trident/domain';
import type { DataSource } from 'typeorm';
import { badInput } from '../../common/app-error';
import { ANALYTICS_LIMITS, periodCount } from '../../graphql/analytics-cost';
import type { Caller } from '../../graphql/caller';
import { rawAccountScopeCondition } from '../accounts/account-scope';
import type { RevenueRow } from './success.types';

/** Months in one bucket of each granularity. */
const STEP: Record<RevenueGranularity, number> = { YEAR: 12, QUARTER: 3, MONTH: 1 };
const KEY: Record<RevenueGroup, string> = {
  NONE: "'ALL'",
  ACCOUNT: 'c.account_id::text',
  OWNER: "COALESCE(ar.user_id::text, 'none')",
  REGION: "COALESCE(a.region, '—')",
};

/**
 * Revenue derived from contracts (seed 002's comparison of recurring, new, churned and
 * cumulative revenue). Bookings by signing date: RENEWAL contracts are recurring, NEW new,
 * EXPANSION expansion; cumulative counts every contract signed before the period ends.
 *
 * Recurring revenue is what contracts with a service term bring in a year while in force
 * (amount × 12 ÷ termMonths, from signedAt for termMonths months). An account's recurring
 * revenue on the day before the period (opening) is compared with its last day (closing):
 * none left is churn, less is contraction. A one-off sale (no term) never churns, and an
 * account that simply bought nothing this quarter is not lost. One statement.
 */
export class RevenueService {
  constructor(private readonly db: DataSource) {}

  async summary(
    ctx: Caller,
    from: string,
    to: string,
    granularity: RevenueGranularity,
    groupBy: RevenueGroup,
    currency: string,
  ): Promise<RevenueRow[]> {
    const start = parsePeriod(from);
    const end = parsePeriod(to);
    if (!start) throw badInput('from', 'PERIOD_FORM');
    if (!end) throw badInput('to', 'PERIOD_FORM');
    if (end.to <= start.from) throw badInput('to', 'END_BEFORE_START');
    const periods = periodCount(from, to, granularity);
    if (periods > ANALYTICS_LIMITS.maxPeriods)
      throw badInput('to', 'RANGE_TOO_WIDE', { periods, maxPeriods: ANALYTICS_LIMITS.maxPeriods });
    const scope = rawAccountScopeCondition(await ctx.accountScope(), 'c.account_id', 4);
    // The buckets, counted from the first day with the one calendar rule (domain dates).
    const starts: string[] = [];
    for (let i = 0; ; i += 1) {
      const bucket = addMonths(start.firstDay, i * STEP[granularity]);
      if (bucket >= end.endDay) break;
      starts.push(bucket);
    }
    const finishes = starts.map((_, i) => addMonths(start.firstDay, (i + 1) * STEP[granularity]));
    const rows: {
      key: string;
      start: string;
      recurring: string;
      new: string;
      expansion: string;
      churned: string;
      churned_accounts: number;
      contraction: string;
      annual_recurring: string;
      total: string;
      cumulative: string;
    }[] = await this.db.query(
      `WITH periods AS (
         SELECT p.start, p.finish, p.n
           FROM unnest($1::date[], $2::date[]) WITH ORDINALITY AS p(start, finish, n)
       ), deals AS (
         SELECT c.account_id, ${KEY[groupBy]} AS key, c.kind, c.amount, c.signed_at,
                round(c.amount * 12 / c.term_months, 2) AS yearly,
                (c.signed_at + make_interval(months => c.term_months))::date AS ends
           FROM contract c JOIN account a ON a.id = c.account_id
           LEFT JOIN account_team_member ar ON ar.account_id = a.id AND ar.team_role = 'AR'
          WHERE c.currency = $3 AND ${scope.sql}
       ), in_force AS (
         SELECT p.n, d.account_id, d.key,
                COALESCE(sum(d.yearly) FILTER (WHERE d.signed_at < p.start AND d.ends >= p.start), 0) AS opening,
                COALESCE(sum(d.yearly) FILTER (WHERE d.signed_at < p.finish AND d.ends >= p.finish), 0) AS closing
           FROM periods p
           JOIN deals d ON d.yearly IS NOT NULL AND d.signed_at < p.finish AND d.ends >= p.start
          GROUP BY p.n, d.account_id, d.key
       ), recurring AS (
         SELECT n, key, sum(closing) AS closing,
                sum(opening) FILTER (WHERE opening > 0 AND closing = 0) AS churned,
                count(*) FILTER (WHERE opening > 0 AND closing = 0) AS churned_accounts,
                sum(opening - closing) FILTER (WHERE closing > 0 AND closing < opening) AS contraction
           FROM in_force GROUP BY n, key
       ), keys AS (SELECT DISTINCT key FROM deals)
       SELECT k.key, to_char(p.start, 'YYYY-MM-DD') AS start,
              COALESCE(sum(d.amount) FILTER (WHERE d.kind = 'RENEWAL'), 0.00) AS recurring,
              COALESCE(sum(d.amount) FILTER (WHERE d.kind = 'NEW'), 0.00) AS new,
              COALESCE(sum(d.amount) FILTER (WHERE d.kind = 'EXPANSION'), 0.00) AS expansion,
              COALESCE(max(r.churned), 0.00) AS churned,
              COALESCE(max(r.churned_accounts), 0)::int AS churned_accounts,
              COALESCE(max(r.contraction), 0.00) AS contraction,
              COALESCE(max(r.closing), 0.00) AS annual_recurring,
              COALESCE(sum(d.amount), 0.00) AS total,
              (SELECT COALESCE(sum(x.amount), 0.00) FROM deals x WHERE x.key = k.key AND x.signed_at < p.finish)
                AS cumulative
         FROM periods p CROSS JOIN keys k
         LEFT JOIN deals d ON d.key = k.key AND d.signed_at >= p.start AND d.signed_at < p.finish
         LEFT JOIN recurring r ON r.n = p.n AND r.key = k.key
        GROUP BY k.key, p.start, p.finish, p.n
        ORDER BY k.key, p.start`,
      [starts, finishes, currency, ...scope.values],
    );
    return rows.map((r) => ({
      key: r.key,
      accountId: groupBy === 'ACCOUNT' ? r.key : null,
      ownerId: groupBy === 'OWNER' && r.key !== 'none' ? r.key : null,
      periodStart: r.start,
      recurring: String(r.recurring),
      new: String(r.new),
      expansion: String(r.expansion),
      churned: String(r.churned),
      churnedAccounts: r.churned_accounts,
      contraction: String(r.contraction),
      annualRecurring: String(r.annual_recurring),
      total: String(r.total),
      cumulative: String(r.cumulative),
    }));
  }
}
