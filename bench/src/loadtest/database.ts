import { openServer, recreate, type BenchDatabase } from '../database';

/** The load test's own database, on its own embedded server (never the bench's or the tests'). */
export const LOADTEST_DATABASE = 'trident_loadtest';
export const LOADTEST_DATA_DIR = 'loadtest-pg';

/**
 * Starts the load test's Postgres (<repo>/.data/loadtest-pg, a free port unless
 * LOADTEST_PG_PORT is set; DATABASE_URL's server when set) and gives it a fresh database:
 * dropped, migrated and seeded with the demo data of `pnpm start` on every run, so two
 * runs start from the same rows.
 */
export async function freshDemoDatabase(repoRoot: string): Promise<BenchDatabase> {
  const server = await openServer(repoRoot, {
    dataDir: LOADTEST_DATA_DIR,
    database: LOADTEST_DATABASE,
    port: process.env.LOADTEST_PG_PORT,
  });
  try {
    await recreate(server.url);
    const { createDataSource } = await import('@trident/api/dist/db/data-source.js');
    const { seedDemoData } = await import('@trident/api/dist/demo/seed-demo.js');
    // As the owner, like the migrations: the demo rows are written past row-level security.
    const db = createDataSource({ url: server.url, as: 'owner' });
    await db.initialize();
    try {
      await seedDemoData(db);
    } finally {
      await db.destroy();
    }
    return server;
  } catch (error) {
    await server.stop();
    throw error;
  }
}
