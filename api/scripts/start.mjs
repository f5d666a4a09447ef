// `pnpm start`: the API and the console on one port, on an embedded Postgres whose data
// lives in <repo>/.data (kept across restarts), unless DATABASE_URL names another one.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { ensureDatabase, startEmbeddedPostgres } from './embedded-postgres.mjs';

const require = createRequire(import.meta.url);
const repoRoot = path.resolve(import.meta.dirname, '../..');
// Optional overrides in <repo>/.env (see .env.example); real environment variables win.
if (fs.existsSync(path.join(repoRoot, '.env'))) process.loadEnvFile(path.join(repoRoot, '.env'));

let pg;
if (!process.env.DATABASE_URL) {
  const port = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
  process.stdout.write(`Starting embedded Postgres on 127.0.0.1:${port}…\n`);
  pg = await startEmbeddedPostgres({
    dataDir: path.join(repoRoot, '.data', 'pg'),
    port,
    log: (line) => line.startsWith('stopping') && process.stdout.write(line),
  });
  if (pg.dataDir !== path.join(repoRoot, '.data', 'pg')) {
    process.stdout.write(
      `(running as root in a folder Postgres cannot enter: data is in ${pg.dataDir})\n`,
    );
  }
  process.env.DATABASE_URL = await ensureDatabase(pg.url, 'trident');
}

const { startApi, printWelcome, handleSignals } = require('../dist/main.js');
const { loadConfig, ConfigError } = require('../dist/config/config.js');
try {
  const config = loadConfig();
  const api = await startApi();
  printWelcome(api.url, config.DEMO_DATA);
  handleSignals(async () => {
    await api.close();
    await pg?.stop();
  }, config.SHUTDOWN_TIMEOUT_MS);
} catch (error) {
  process.stderr.write(
    `${error instanceof ConfigError ? error.message : (error?.stack ?? error)}\n`,
  );
  await pg?.stop();
  process.exit(1);
}
