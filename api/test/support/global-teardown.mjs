import fs from 'node:fs';
import pg from 'pg';

export default async function globalTeardown() {
  const embedded = globalThis.__TRIDENT_PG__;
  if (!embedded) {
    await dropTemplates();
    return;
  }
  await embedded.stop();
  fs.rmSync(embedded.dataDir, { recursive: true, force: true });
  fs.rmSync(embedded.pgDataDir, { recursive: true, force: true });
}

/** On a server named by DATABASE_URL the run's template databases would outlive it. */
async function dropTemplates() {
  const run = process.env.TRIDENT_TEST_RUN;
  const url = process.env.TRIDENT_TEST_SERVER_URL;
  if (!run || !url) return;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(
      "SELECT datname FROM pg_database WHERE datname LIKE 'trident\\_template\\_' || $1 || '%'",
      [run],
    );
    for (const { datname } of rows) {
      await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
  } finally {
    await client.end();
  }
}
