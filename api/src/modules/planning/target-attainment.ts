import { parsePeriod } from '@trident/domain';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { SalesTarget } from './sales-target.entity';
import type { TargetAttainment } from './planning.types';

type Target = Pick<
  SalesTarget,
  'id' | 'userId' | 'period' | 'currency' | 'revenue' | 'newAccounts' | 'renewalRate'
>;

/**
 * Seed 004's team goals measured, for many targets in one statement: revenue won, new
 * accounts won (an account's first contract, on the user's deal) and the renewal rate of
 * the accounts the user is AR of.
 */
export function attainmentLoader(db: DataSource, today: () => string, timeZone: string) {
  return new DataLoader<Target, TargetAttainment, string>(
    async (targets) => {
      const ranges = targets.map((t) => parsePeriod(t.period, timeZone));
      const rows: {
        n: string;
        revenue_won: string;
        new_accounts: number;
        due: number;
        signed: number;
        revenue_met: boolean | null;
      }[] = await db.query(
        `SELECT k.n, w.revenue_won, na.new_accounts, rn.due, rn.signed,
                CASE WHEN k.target IS NULL THEN NULL ELSE w.revenue_won >= k.target END AS revenue_met
           FROM unnest($1::uuid[], $2::date[], $3::date[], $4::text[], $5::numeric[],
                       $6::timestamptz[], $7::timestamptz[])
                WITH ORDINALITY AS k(user_id, first_day, end_day, currency, target, from_at, to_at, n)
           CROSS JOIN LATERAL (
             SELECT COALESCE(sum(COALESCE(o.contract_amount, o.amount)), 0.00) AS revenue_won
               FROM opportunity o JOIN funnel_stage s ON s.id = o.stage_id
              WHERE s.is_won AND o.owner_id = k.user_id AND o.currency = k.currency
                AND o.closed_at >= k.from_at AND o.closed_at < k.to_at) w
           CROSS JOIN LATERAL (
             SELECT count(DISTINCT c.account_id)::int AS new_accounts
               FROM contract c JOIN opportunity o ON o.id = c.opportunity_id
              WHERE o.owner_id = k.user_id AND c.signed_at >= k.first_day AND c.signed_at < k.end_day
                AND NOT EXISTS (SELECT 1 FROM contract e
                                 WHERE e.account_id = c.account_id AND e.signed_at < c.signed_at)) na
           CROSS JOIN LATERAL (
             SELECT count(*) FILTER (WHERE r.status <> 'OPEN' OR r.expected_sign_date < $8::date)::int AS due,
                    count(*) FILTER (WHERE r.status = 'SIGNED')::int AS signed
               FROM renewal r
               JOIN account_team_member ar ON ar.account_id = r.account_id AND ar.team_role = 'AR'
              WHERE ar.user_id = k.user_id
                AND r.expected_sign_date >= k.first_day AND r.expected_sign_date < k.end_day) rn
          ORDER BY k.n`,
        [
          targets.map((t) => t.userId),
          ranges.map((r) => r?.firstDay ?? '1970-01-01'),
          ranges.map((r) => r?.endDay ?? '1970-01-01'),
          targets.map((t) => t.currency),
          targets.map((t) => t.revenue ?? null),
          // A deal closes at an instant: the period's days begin at the company's midnight.
          ranges.map((r) => r?.from ?? new Date(0)),
          ranges.map((r) => r?.to ?? new Date(0)),
          today(),
        ],
      );
      return rows.map((r, i) => {
        const target = targets[i]!;
        const rate = r.due > 0 ? Math.round((r.signed / r.due) * 1000) / 10 : null;
        return {
          revenueWon: String(r.revenue_won),
          newAccountsWon: r.new_accounts,
          renewalsDue: r.due,
          renewalsSigned: r.signed,
          renewalRate: rate,
          revenueMet: r.revenue_met,
          newAccountsMet: target.newAccounts == null ? null : r.new_accounts >= target.newAccounts,
          renewalRateMet:
            target.renewalRate == null || rate === null ? null : rate >= target.renewalRate,
        };
      });
    },
    { cacheKeyFn: (t) => t.id },
  );
}
