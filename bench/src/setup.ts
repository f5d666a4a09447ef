import { Client } from 'pg';
import { FUNNEL_FUNCTION, MOVE_FUNCTION, type BenchParams, type WriterDeal } from './shapes';

/** The bench's own schema: the data-set marker and the PostGraphile peer's two functions. */
export async function installBenchSchema(client: Client): Promise<void> {
  await client.query(`CREATE SCHEMA IF NOT EXISTS bench`);
  await client.query(`CREATE TABLE IF NOT EXISTS bench.data_set (
    scale numeric NOT NULL, complete boolean NOT NULL, seconds numeric, rows jsonb,
    generated_at timestamptz NOT NULL DEFAULT now())`);
  await client.query(`DROP FUNCTION IF EXISTS bench.funnel, bench.move_opportunity;
                      DROP TYPE IF EXISTS bench.funnel_row`);
  await client.query(FUNNEL_FUNCTION);
  await client.query(MOVE_FUNCTION);
}

async function one<T>(client: Client, sql: string, values: unknown[] = []): Promise<T> {
  const { rows } = await client.query(sql, values);
  if (!rows[0]) throw new Error(`the data set has no answer to: ${sql}`);
  return rows[0] as T;
}

async function graphql<T>(url: string, query: string, variables: object, token?: string) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown };
  if (!body.data || body.errors) throw new Error(`${query}: ${JSON.stringify(body.errors)}`);
  return body.data;
}

export const BENCH_PASSWORD = 'trident-demo';

export async function login(tridentUrl: string, email: string): Promise<string> {
  const data = await graphql<{ login: { token: string } }>(
    tridentUrl,
    'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
    { e: email, p: BENCH_PASSWORD },
  );
  return data.login.token;
}

/** Ids, a region and a quarter with data, and the credentials each shape uses. */
export async function discoverParams(client: Client, tridentUrl: string): Promise<BenchParams> {
  const sales = await one<{ id: string; email: string }>(
    client,
    `SELECT id, email FROM "user" WHERE email = 'bench-sales-1@trident.bench'`,
  );
  const largest = await one<{ account_id: string }>(
    client,
    `SELECT account_id FROM contact GROUP BY account_id ORDER BY count(*) DESC LIMIT 1`,
  );
  const busiest = await one<{ region: string; quarter: string }>(
    client,
    `SELECT a.region, to_char(o.created_at AT TIME ZONE 'UTC', 'YYYY-"Q"Q') AS quarter
       FROM opportunity o JOIN account a ON a.id = o.account_id
      WHERE a.region IS NOT NULL
      GROUP BY 1, 2 ORDER BY count(*) DESC LIMIT 1`,
  );
  const year = Number(busiest.quarter.slice(0, 4));
  const q = Number(busiest.quarter.slice(-1));
  const salesToken = await login(tridentUrl, sales.email);
  const adminToken = await login(tridentUrl, 'bench-admin@trident.bench');
  const created = await graphql<{ createApiToken: { token: string } }>(
    tridentUrl,
    'mutation { createApiToken(input: { name: "pnpm bench" }) { token } }',
    {},
    adminToken,
  );
  return {
    salesUserId: sales.id,
    salesToken,
    biToken: created.createApiToken.token,
    largestAccountId: largest.account_id,
    region: busiest.region,
    quarter: busiest.quarter,
    // UTC instants, as the API computes them from the period's name.
    quarterFrom: new Date(Date.UTC(year, (q - 1) * 3, 1)).toISOString(),
    quarterTo: new Date(Date.UTC(year, q * 3, 1)).toISOString(),
  };
}

/**
 * Q5's writers: open deals in the second stage (entered by logging a visit, which they
 * have) that move back to the first stage and forward again, one deal per writer, each
 * written by its owner.
 */
export async function writerDeals(
  client: Client,
  tridentUrl: string,
  count: number,
): Promise<WriterDeal[]> {
  const stages = await client.query<{ id: string }>(
    `SELECT id FROM funnel_stage WHERE active AND NOT is_won AND NOT is_lost ORDER BY position LIMIT 2`,
  );
  const [first, second] = stages.rows.map((s) => s.id);
  if (!first || !second) throw new Error('the funnel has fewer than two open stages');
  const deals = await client.query<{ id: string; owner_id: string; email: string }>(
    `SELECT o.id, o.owner_id, u.email FROM opportunity o JOIN "user" u ON u.id = o.owner_id
      WHERE o.stage_id = $1 AND o.closed_at IS NULL AND u.status = 'ACTIVE'
        AND EXISTS (SELECT 1 FROM activity a WHERE a.opportunity_id = o.id)
      ORDER BY o.id LIMIT $2`,
    [second, count],
  );
  if (deals.rows.length < count) throw new Error(`only ${deals.rows.length} deals for Q5`);
  const tokens = new Map<string, string>();
  for (const deal of deals.rows) {
    if (!tokens.has(deal.email)) tokens.set(deal.email, await login(tridentUrl, deal.email));
  }
  return deals.rows.map((deal) => ({
    opportunityId: deal.id,
    ownerId: deal.owner_id,
    token: tokens.get(deal.email)!,
    stages: [first, second],
  }));
}
