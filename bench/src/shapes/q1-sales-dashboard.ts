import type { ReadShape } from './shape';

/**
 * Q1 — the SALES dashboard: my 20 open deals with their account, the next step (the
 * earliest-due open task: win steps are tasks, DESIGN §2) and the last 5 visits.
 * PostGraphile's generated conditions are equalities only, so its next step is the
 * earliest-due task whatever its status (a little less work than ours).
 */
export const q1: ReadShape = {
  id: 'Q1',
  title: 'SALES dashboard: 20 open deals with account, next step, last 5 activities',
  trident: (p) => ({
    token: p.salesToken,
    variables: { owner: p.salesUserId },
    query: `query Q1($owner: ID!) {
      opportunities(first: 20, filter: { ownerIds: [$owner], open: true },
                    orderBy: [{ field: EXPECTED_CLOSE, direction: ASC }]) {
        nodes {
          id name amount { amount currency } expectedCloseDate
          account { id name }
          nextStep { id title due status }
          recentActivities(first: 5) { id kind occurredAt summary }
        }
      }
    }`,
  }),
  postgraphile: (p) => ({
    variables: { owner: p.salesUserId },
    query: `query Q1($owner: UUID!) {
      allOpportunities(first: 20, condition: { ownerId: $owner, closedAt: null },
                       orderBy: [EXPECTED_CLOSE_DATE_ASC, PRIMARY_KEY_ASC]) {
        nodes {
          rowId name amount currency expectedCloseDate
          accountByAccountId { rowId name }
          tasksByOpportunityId(first: 1, orderBy: [DUE_ASC]) { nodes { rowId title due status } }
          activitiesByOpportunityId(first: 5, orderBy: [OCCURRED_AT_DESC]) {
            nodes { rowId kind occurredAt summary }
          }
        }
      }
    }`,
  }),
  sql: async (pool, p) =>
    (
      await pool.query(
        `SELECT o.id, o.name, o.amount, o.currency, o.expected_close_date,
                json_build_object('id', a.id, 'name', a.name) AS account,
                (SELECT json_build_object('id', t.id, 'title', t.title, 'due', t.due, 'status', t.status)
                   FROM task t
                  WHERE t.opportunity_id = o.id AND t.status NOT IN ('DONE', 'CANCELLED')
                  ORDER BY t.due, t.id LIMIT 1) AS next_step,
                (SELECT COALESCE(json_agg(v), '[]') FROM (
                   SELECT x.id, x.kind, x.occurred_at, x.summary FROM activity x
                    WHERE x.opportunity_id = o.id ORDER BY x.occurred_at DESC, x.id DESC LIMIT 5) v
                ) AS recent_activities
           FROM opportunity o JOIN account a ON a.id = o.account_id
          WHERE o.owner_id = $1 AND o.closed_at IS NULL
          ORDER BY o.expected_close_date NULLS LAST, o.id
          LIMIT 20`,
        [p.salesUserId],
      )
    ).rows,
};
