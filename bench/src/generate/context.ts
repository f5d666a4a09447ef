import type { Client } from 'pg';
import type { Sizes } from './sizes';

/** What every step needs: the session (one transaction), the sizes, the tally. */
export interface GenerateContext {
  client: Client;
  sizes: Sizes;
  log: (msg: string) => void;
  /** Rows inserted per table, summed over the statements that wrote to it. */
  rows: Record<string, number>;
}

/** Runs one INSERT … SELECT and counts what it wrote to `table`. */
export async function insert(
  ctx: GenerateContext,
  table: string,
  sql: string,
  params: unknown[] = [],
): Promise<number> {
  const started = process.hrtime.bigint();
  const result = await ctx.client.query(sql, params);
  const count = result.rowCount ?? 0;
  ctx.rows[table] = (ctx.rows[table] ?? 0) + count;
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  ctx.log(`  ${table}: ${count.toLocaleString('en-US')} rows in ${seconds.toFixed(1)} s`);
  return count;
}

/** Runs a statement that writes no counted rows (temp tables of the plan). */
export async function prepare(ctx: GenerateContext, sql: string, params: unknown[] = []) {
  await ctx.client.query(sql, params);
}
