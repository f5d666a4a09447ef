// One throwaway Postgres for the whole run (unless DATABASE_URL names a server); every
// test suite then gets its own database in it (a copy of a migrated, seeded template), so
// suites never share rows.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { freePort, startEmbeddedPostgres } from '../../scripts/embedded-postgres.mjs';

export default async function globalSetup() {
  // Names this run's template databases (test-app.ts): suites copy them instead of migrating.
  process.env.TRIDENT_TEST_RUN = randomBytes(4).toString('hex');
  if (process.env.DATABASE_URL) {
    process.env.TRIDENT_TEST_SERVER_URL = process.env.DATABASE_URL;
    return;
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'trident-test-'));
  fs.chmodSync(dataDir, 0o755); // mkdtemp makes it 0700: the postgres user must enter it
  const pg = await startEmbeddedPostgres({
    dataDir: path.join(dataDir, 'pg'),
    port: await freePort(),
    fast: true,
  });
  process.env.TRIDENT_TEST_SERVER_URL = pg.url;
  globalThis.__TRIDENT_PG__ = { stop: pg.stop, dataDir, pgDataDir: pg.dataDir };
}
