/**
 * The funnel's cohort: deals created in a period. The funnel counts its stages over it and
 * the deal list filters by it (`createdIn`), so a stage of the chart opens the same deals.
 */
export const createdInSql = (deal: string, from: string, to: string) =>
  `${deal}.created_at >= ${from} AND ${deal}.created_at < ${to}`;
