import type { AgingBucket } from '@trident/domain';
import type { BattleMapQuery, CollectionAgingQuery, RevenueSummaryQuery } from '../gql/graphql';
import { listUrl } from '../resources/list-url';

export type BattleMapRow = BattleMapQuery['battleMap'][number];
export type AgingRow = CollectionAgingQuery['collectionAging'][number];
type RevenueRow = RevenueSummaryQuery['revenueSummary'][number];

/** Overdue first (most overdue money first), then the soonest next due date. */
export function battleMapOrder(rows: readonly BattleMapRow[]): BattleMapRow[] {
  return [...rows].sort((a, b) => {
    const overdue = Number(b.overdue ?? 0) - Number(a.overdue ?? 0);
    if (overdue !== 0) return overdue;
    if (b.overdueMilestones !== a.overdueMilestones) {
      return b.overdueMilestones - a.overdueMilestones;
    }
    return (a.nextDue ?? '9999').localeCompare(b.nextDue ?? '9999');
  });
}

export const AGING_BUCKETS = ['notDue', 'days0to30', 'days31to60', 'days61to90', 'over90'] as const;
export type AgingKey = (typeof AGING_BUCKETS)[number];

/** The milestone list's filter value for each bucket of the chart. */
export const AGING_BUCKET_OF: Record<AgingKey, AgingBucket> = {
  notDue: 'NOT_DUE',
  days0to30: 'DAYS_0_TO_30',
  days31to60: 'DAYS_31_TO_60',
  days61to90: 'DAYS_61_TO_90',
  over90: 'OVER_90',
};

/**
 * One bar per group, the buckets stacked; the label is the account, owner or region. `group`
 * narrows the milestone list to the bar's account or region (null where the list cannot:
 * an owner, or accounts without a region).
 */
export function agingBars(rows: readonly AgingRow[]) {
  return rows
    .map((row) => ({
      label: row.account?.name ?? row.owner?.name ?? row.region ?? row.key,
      currency: row.currency,
      group: row.account
        ? { accountId: row.account.id }
        : row.region
          ? { regionExactly: row.region }
          : null,
      ...Object.fromEntries(AGING_BUCKETS.map((bucket) => [bucket, Number(row[bucket])])),
      outstanding: Number(row.outstanding),
    }))
    .sort((a, b) => b.outstanding - a.outstanding);
}

export type AgingBar = ReturnType<typeof agingBars>[number];

/** The milestones behind one bucket, of one bar's account or region or of everyone. */
export const agingMilestonesUrl = (bucket: AgingKey, group: AgingBar['group'] = null) =>
  listUrl('paymentMilestones', { aging: AGING_BUCKET_OF[bucket], ...group });

/** Quarter labels (2026-Q1) from period starts; churn drawn below the axis. */
export function revenueBars(rows: readonly RevenueRow[]) {
  return rows.map((row) => {
    const [year, month] = row.periodStart.split('-');
    return {
      label: `${year}-Q${Math.floor((Number(month) - 1) / 3) + 1}`,
      new: Number(row.new),
      recurring: Number(row.recurring),
      expansion: Number(row.expansion),
      churned: -Number(row.churned),
      contraction: -Number(row.contraction),
      annualRecurring: Number(row.annualRecurring),
      cumulative: Number(row.cumulative),
    };
  });
}
