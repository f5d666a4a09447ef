import { HIGH_POTENTIAL_THRESHOLD, STRONG_RELATIONSHIP_THRESHOLD } from '@trident/domain';
import type { AccountMatrixQuery, FunnelQuery } from '../gql/graphql';
import { listUrl } from '../resources/list-url';

type AccountMatrixResult = AccountMatrixQuery['accountMatrix'];
type FunnelResult = FunnelQuery['funnel'];

export interface FunnelChartRow {
  stageId: string;
  code: string;
  stage: { nameZh: string; nameEn: string };
  reached: number;
  /** Deals of the cohort in this stage now: what its drill-down lists. */
  currentCount: number;
  /** null when the caller's role does not see amounts. */
  amount: number | null;
  weightedAmount: number | null;
  conversionToNext: number | null;
}

const num = (value: string | null) => (value === null ? null : Number(value));

/**
 * The funnel's rows in stage order, without lost stages (they are not a step of the
 * funnel: their count is given on its own).
 */
export function funnelRows(funnel: FunnelResult): { rows: FunnelChartRow[]; lost: number } {
  const ordered = [...funnel.stages].sort((a, b) => a.stage.position - b.stage.position);
  return {
    rows: ordered
      .filter((s) => !s.stage.isLost)
      .map((s) => ({
        stageId: s.stage.id,
        code: s.stage.code,
        stage: s.stage,
        reached: s.reached,
        currentCount: s.currentCount,
        amount: num(s.amount),
        weightedAmount: num(s.weightedAmount),
        conversionToNext: s.conversionToNext,
      })),
    lost: ordered.filter((s) => s.stage.isLost).reduce((sum, s) => sum + s.reached, 0),
  };
}

export interface MatrixPoint {
  id: string;
  name: string;
  quadrant: string;
  /** Relationship level, spread a little so accounts on the same level do not overlap. */
  x: number;
  level: number;
  potential: number;
}

/** A stable spread in [-0.3, 0.3] from the id, so points keep their place across renders. */
export function jitter(id: string): number {
  let hash = 0;
  for (const char of id) hash = (hash * 31 + char.charCodeAt(0)) | 0;
  return ((Math.abs(hash) % 61) - 30) / 100;
}

/** Points for the potential × relationship scatter; accounts with a hidden potential are left out. */
export function matrixPoints(matrix: AccountMatrixResult): MatrixPoint[] {
  return matrix.cells.flatMap((cell) =>
    cell.accounts
      .filter((a) => a.potential !== null && a.relationshipLevel !== null)
      .map((a) => ({
        id: a.id,
        name: a.name,
        quadrant: cell.quadrant,
        level: a.relationshipLevel!,
        x: a.relationshipLevel! + jitter(a.id),
        potential: Math.max(Number(a.potential!.amount), 1),
      })),
  );
}

/** Where the quadrants split: the same thresholds the API derives the quadrant with. */
export const MATRIX_SPLIT = {
  relationship: STRONG_RELATIONSHIP_THRESHOLD - 0.5,
  potential: HIGH_POTENTIAL_THRESHOLD,
};

/**
 * The deals now in a stage of the funnel: its cohort (created in the period) in the currency
 * it sums, as `funnel` counts them (`currentCount`).
 */
export const funnelStageUrl = (stageId: string, period: string, currency: string) =>
  listUrl('opportunities', { stageIds: [stageId], createdIn: period, currency });
