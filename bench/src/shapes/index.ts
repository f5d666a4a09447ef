import { q1 } from './q1-sales-dashboard';
import { q2 } from './q2-org-chart';
import { q4 } from './q4-funnel';
import { q6Aliases, q6Depth } from './q6-hostile';
import type { ReadShape } from './shape';

export { q3, PAGE_SIZE } from './q3-extract';
export { q5, MOVE_FUNCTION, type WriterDeal } from './q5-stage-moves';
export { FUNNEL_FUNCTION } from './q4-funnel';
export type { BenchParams, GraphqlRequest, ReadShape } from './shape';

/** The request/response shapes a load generator can repeat as they are. */
export const READ_SHAPES: ReadShape[] = [q1, q2, q4, q6Depth, q6Aliases];
