import { badInput } from '../../common/app-error';

/** Decision level: whom "universal relationship coverage" (seed 003) must reach first. */
export const DECISION_LEVELS = `('EXECUTIVE', 'DECISION')`;

/**
 * Whether contact `c` is covered: it has a relationship owner who holds a seat on its account's
 * team (issue 20: someone who cannot see the account covers nobody). Every coverage count, list
 * and gap uses this one predicate.
 */
export const coveredSql = (c: string) =>
  `(${c}.relationship_owner_id IS NOT NULL AND EXISTS (
     SELECT 1 FROM account_team_member owner_seat
      WHERE owner_seat.account_id = ${c}.account_id AND owner_seat.user_id = ${c}.relationship_owner_id))`;

/**
 * An account's decision coverage as one SQL expression: the share of its active decision-level
 * contacts that have a relationship owner. With no decision maker known at all it is 0, the
 * thinnest there is. The desk's count (`coverageByAccount`) and the accounts list
 * (`AccountFilter.decisionCoverageBelow`) both compare this expression, so they cannot drift.
 */
export const decisionCoverageSql = (accountId: string) =>
  `(SELECT CASE WHEN count(*) = 0 THEN 0 ELSE count(*) FILTER (WHERE ${coveredSql('dc')})::float / count(*) END
      FROM contact dc
     WHERE dc.account_id = ${accountId} AND dc.status = 'ACTIVE' AND dc.level IN ${DECISION_LEVELS})`;

/** A "thin" threshold is a share in (0, 1]: below 0 nothing is thin, above 1 everything. */
export function requireCoverageShare(field: string, share: number) {
  if (!(share > 0 && share <= 1)) throw badInput(field, 'SHARE_RANGE');
}
