import type { MatrixQuadrant } from './enums';

/**
 * The customer matrix of seed 002: potential (what the customer can buy per year)
 * against the strength of our relationship (1–5, from the relationship assessment).
 *
 *                     weak relationship   strong relationship
 *   high potential        GROWTH               CORE
 *   low potential         PROBLEM              TRACTION
 */
export const HIGH_POTENTIAL_THRESHOLD = 5_000_000;
export const STRONG_RELATIONSHIP_THRESHOLD = 3;

export function matrixQuadrant(
  potentialAmount: string | number | null | undefined,
  relationshipLevel: number | null | undefined,
): MatrixQuadrant | null {
  if (potentialAmount === null || potentialAmount === undefined || relationshipLevel == null) {
    return null;
  }
  const potential = typeof potentialAmount === 'number' ? potentialAmount : Number(potentialAmount);
  if (!Number.isFinite(potential)) return null;
  const high = potential >= HIGH_POTENTIAL_THRESHOLD;
  const strong = relationshipLevel >= STRONG_RELATIONSHIP_THRESHOLD;
  if (high) return strong ? 'CORE' : 'GROWTH';
  return strong ? 'TRACTION' : 'PROBLEM';
}
