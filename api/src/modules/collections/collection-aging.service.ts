import type { AgingBucket } from '@trident/domain';
import type { DataSource } from 'typeorm';
import type { Caller } from '../../graphql/caller';
import { rawAccountScopeCondition } from '../accounts/account-scope';
import { agingBucketSql } from './aging-buckets';
import type { AgingRow } from './collections.types';

export const AGING_GROUPS = ['ACCOUNT', 'OWNER', 'REGION'] as const;
export type AgingGroup = (typeof AGING_GROUPS)[number];

const KEY: Record<AgingGroup, string> = {
  ACCOUNT: 'a.id::text',
  OWNER: "COALESCE(ar.user_id::text, 'none')",
  REGION: "COALESCE(a.region, '—')",
};

/**
 * Receivables as they stood at `asOf`, by how long they were past due then (0–30, 31–60,
 * 61–90, 90+ days),
 * grouped by account, owner (the account's AR) or region, in one SQL statement, per
 * currency; plus days sales outstanding.
 */
export class CollectionAgingService {
  constructor(private readonly db: DataSource) {}

  async aging(ctx: Caller, asOf: string, groupBy: AgingGroup): Promise<AgingRow[]> {
    const scope = rawAccountScopeCondition(await ctx.accountScope(), 'm.account_id', 2);
    const bucket = (name: AgingBucket) => agingBucketSql(name, 'i.stage', 'i.late');
    const rows: {
      key: string;
      account_id: string | null;
      owner_id: string | null;
      region: string | null;
      currency: string;
      not_due: string;
      d30: string;
      d60: string;
      d90: string;
      over90: string;
      outstanding: string;
      dso: number | null;
    }[] = await this.db.query(
      // As the books stood at the end of `asOf`: contracts signed by then, payments booked by
      // then, the stage those payments and the invoice made (a later payment is still owed
      // that day). Payments and signing days are never in the future, so at today this is the
      // milestones' own paid amount and stage.
      `WITH paid AS (
         SELECT p.milestone_id, sum(p.amount) AS paid
           FROM payment p WHERE p.paid_at <= $1::date GROUP BY p.milestone_id
       ),
       items AS (
         SELECT m.account_id, m.currency, m.amount, m.due, m.invoiced_at,
                COALESCE(paid.paid, 0.00) AS paid
           FROM payment_milestone m
           JOIN contract c ON c.id = m.contract_id AND c.signed_at <= $1::date
           LEFT JOIN paid ON paid.milestone_id = m.id
          WHERE ${scope.sql}
       ),
       open_items AS (
         SELECT account_id, currency, amount - paid AS open, $1::date - due AS late, amount,
                invoiced_at,
                CASE WHEN paid >= amount THEN 'PAID'
                     WHEN paid > 0 THEN 'PARTIALLY_PAID'
                     WHEN invoiced_at < $1::date + 1 THEN 'INVOICED'
                     ELSE 'PLANNED' END AS stage
           FROM items
       )
       SELECT ${KEY[groupBy]} AS key,
              ${groupBy === 'ACCOUNT' ? 'a.id' : 'NULL::uuid'} AS account_id,
              ${groupBy === 'OWNER' ? 'ar.user_id' : 'NULL::uuid'} AS owner_id,
              ${groupBy === 'REGION' ? 'a.region' : 'NULL::text'} AS region,
              i.currency,
              COALESCE(sum(i.open) FILTER (WHERE ${bucket('NOT_DUE')}), 0.00) AS not_due,
              COALESCE(sum(i.open) FILTER (WHERE ${bucket('DAYS_0_TO_30')}), 0.00) AS d30,
              COALESCE(sum(i.open) FILTER (WHERE ${bucket('DAYS_31_TO_60')}), 0.00) AS d60,
              COALESCE(sum(i.open) FILTER (WHERE ${bucket('DAYS_61_TO_90')}), 0.00) AS d90,
              COALESCE(sum(i.open) FILTER (WHERE ${bucket('OVER_90')}), 0.00) AS over90,
              COALESCE(sum(i.open) FILTER (WHERE i.stage <> 'PAID'), 0.00) AS outstanding,
              round(365 * sum(i.open) FILTER (WHERE i.stage IN ('INVOICED', 'PARTIALLY_PAID'))
                / NULLIF(sum(i.amount) FILTER (WHERE i.invoiced_at > $1::date - 365 AND i.invoiced_at <= $1::date + 1), 0), 1)::float8 AS dso
         FROM open_items i
         JOIN account a ON a.id = i.account_id
         LEFT JOIN account_team_member ar ON ar.account_id = a.id AND ar.team_role = 'AR'
        GROUP BY 1, 2, 3, 4, i.currency
        ORDER BY outstanding DESC, key`,
      [asOf, ...scope.values],
    );
    return rows.map((r) => ({
      key: r.key,
      accountId: r.account_id,
      ownerId: r.owner_id,
      region: r.region,
      currency: r.currency,
      notDue: String(r.not_due),
      days0to30: String(r.d30),
      days31to60: String(r.d60),
      days61to90: String(r.d90),
      over90: String(r.over90),
      outstanding: String(r.outstanding),
      dso: r.dso,
    }));
  }
}
