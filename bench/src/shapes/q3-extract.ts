import type { Pool } from 'pg';
import type { BenchParams, GraphqlRequest } from './shape';

export const PAGE_SIZE = 1000;

/** Q3 — a BI extract of every activity, 1,000 rows a page, by cursor (newest first). */
export const q3 = {
  id: 'Q3' as const,
  title: 'BI extract of all activities, cursor pages of 1,000',
  trident: (p: BenchParams, after: string | null): GraphqlRequest => ({
    token: p.biToken,
    variables: { after },
    query: `query Q3($after: String) {
      activities(first: ${PAGE_SIZE}, after: $after) {
        pageInfo { endCursor hasNextPage }
        nodes { id accountId opportunityId kind occurredAt summary }
      }
    }`,
  }),
  postgraphile: (_p: BenchParams, after: string | null): GraphqlRequest => ({
    variables: { after },
    query: `query Q3($after: Cursor) {
      allActivities(first: ${PAGE_SIZE}, after: $after, orderBy: [OCCURRED_AT_DESC, PRIMARY_KEY_DESC]) {
        pageInfo { endCursor hasNextPage }
        nodes { rowId accountId opportunityId kind occurredAt summary }
      }
    }`,
  }),
  /** The SQL peer's page: keyset on (occurred_at, id); the cursor is the last row's pair. */
  sql: async (pool: Pool, after: string | null) => {
    const [at, id] = after ? (JSON.parse(after) as [string, string]) : [null, null];
    // Two statements, not one with `$1 IS NULL OR …`: that OR would hide the index. ORDER BY
    // names the table's column: bare, `occurred_at` would be the text alias, sorted as text.
    const columns =
      'id, account_id, opportunity_id, kind, occurred_at::text AS occurred_at, summary';
    const { rows } = await pool.query<{ id: string; occurred_at: string }>(
      at
        ? `SELECT ${columns} FROM activity a WHERE (a.occurred_at, a.id) < ($1::timestamptz, $2::uuid)
            ORDER BY a.occurred_at DESC, a.id DESC LIMIT ${PAGE_SIZE}`
        : `SELECT ${columns} FROM activity a ORDER BY a.occurred_at DESC, a.id DESC LIMIT ${PAGE_SIZE}`,
      at ? [at, id] : [],
    );
    const last = rows[rows.length - 1];
    return {
      rows,
      endCursor: last ? JSON.stringify([last.occurred_at, last.id]) : null,
      hasNextPage: rows.length === PAGE_SIZE,
    };
  },
};
