import type { AgingBucket } from '@trident/domain';

/**
 * Which unpaid milestones fall in an aging bucket, as SQL over `late` (the days from due to
 * the as-of date) and the milestone's stage. Due on the as-of day is not yet past due (as
 * OVERDUE means due before today): NOT_DUE is `late <= 0`, the first bucket days 1–30. The aging chart sums its buckets with these and
 * the milestone list filters by them, so a bar and the list it opens hold the same rows.
 */
export function agingBucketSql(bucket: AgingBucket, stage: string, late: string): string {
  const range: Record<AgingBucket, string> = {
    NOT_DUE: `${late} <= 0`,
    DAYS_0_TO_30: `${late} BETWEEN 1 AND 30`,
    DAYS_31_TO_60: `${late} BETWEEN 31 AND 60`,
    DAYS_61_TO_90: `${late} BETWEEN 61 AND 90`,
    OVER_90: `${late} > 90`,
  };
  return `${stage} <> 'PAID' AND ${range[bucket]}`;
}
