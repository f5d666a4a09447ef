import path from 'node:path';
import { Client } from 'pg';

export interface BenchDatabase {
  /** The bench database (trident_bench). */
  url: string;
  stop(): Promise<void>;
}

export const BENCH_DATABASE = 'trident_bench';

export interface ServerOptions {
  /** Folder under <repo>/.data holding the embedded server's data. */
  dataDir: string;
  database: string;
  /** A fixed port for the embedded server (else a free one). */
  port?: string;
}

/**
 * The Postgres server the bench runs on: DATABASE_URL's server when set, else an embedded
 * one whose data stays in <repo>/.data/bench-pg so a second run can reuse the data set.
 * `pnpm loadtest` passes its own folder and database.
 */
export async function openServer(
  repoRoot: string,
  options: ServerOptions = {
    dataDir: 'bench-pg',
    database: BENCH_DATABASE,
    port: process.env.BENCH_PG_PORT,
  },
): Promise<BenchDatabase> {
  const embedded = await import('@trident/api/scripts/embedded-postgres.mjs');
  if (process.env.DATABASE_URL) {
    const url = await embedded.ensureDatabase(process.env.DATABASE_URL, options.database);
    return { url, stop: async () => undefined };
  }
  const pg = await embedded.startEmbeddedPostgres({
    dataDir: path.join(repoRoot, '.data', options.dataDir),
    port: Number(options.port ?? (await embedded.freePort())),
  });
  const url = await embedded.ensureDatabase(pg.url, options.database);
  return { url, stop: () => pg.stop() };
}

/** The scale the database was generated at, or null when it has no complete data set. */
export async function generatedScale(url: string): Promise<number | null> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const found = await client.query<{ scale: string }>(
      `SELECT scale FROM bench.data_set WHERE complete`,
    );
    return found.rows[0] ? Number(found.rows[0].scale) : null;
  } catch {
    return null;
  } finally {
    await client.end();
  }
}

/** Drops and recreates the bench database, then runs Trident's migrations on it. */
export async function recreate(url: string): Promise<void> {
  const target = new URL(url);
  const name = target.pathname.slice(1);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
  const { createDataSource } = await import('@trident/api/dist/db/data-source.js');
  const db = createDataSource({ url, as: 'owner' });
  await db.initialize();
  try {
    await db.runMigrations({ transaction: 'each' });
  } finally {
    await db.destroy();
  }
}
