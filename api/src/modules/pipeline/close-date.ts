import type { Opportunity } from './opportunity.entity';

/**
 * An open deal whose expected close date is before today (the company's business day) has a
 * stale forecast: the funnel still counts it to close in a period that is over. The field and
 * the list's filter say the same thing, from the row or in SQL.
 */
export function closeDatePassed(
  deal: Pick<Opportunity, 'closedAt' | 'expectedCloseDate'>,
  today: string,
): boolean {
  return (
    deal.closedAt === null && deal.expectedCloseDate !== null && deal.expectedCloseDate < today
  );
}

/** The same rule as a condition on the deal `alias`, with `:today` to be bound. */
export function closeDatePassedSql(alias: string, passed: boolean): string {
  return passed
    ? `(${alias}.closed_at IS NULL AND ${alias}.expected_close_date < :today)`
    : `(${alias}.closed_at IS NOT NULL OR ${alias}.expected_close_date IS NULL OR ${alias}.expected_close_date >= :today)`;
}
