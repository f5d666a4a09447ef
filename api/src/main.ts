import 'reflect-metadata';
import type { Logger } from 'pino';
import { ConfigError, loadConfig, type Config } from './config/config';
import { applyHeapGrowth } from './config/heap-growth';
import { createDataSource } from './db/data-source';
import { SYSTEM_SCOPE, withDbScope } from './db/row-security';
import { withStartupLock } from './db/startup-lock';
import { DEMO_PASSWORD, DEMO_USERS } from './demo/demo-data';
import { seedDemoData } from './demo/seed-demo';
import { createLogger } from './logging/logger';
import { createFileStorage } from './modules/attachments/create-file-storage';
import { EscalationEngine } from './modules/escalations/escalation-engine';
import { startEscalationWorker } from './modules/escalations/escalation-worker';
import { startDeliveryWorker } from './modules/delivery/delivery-worker';
import { createServer } from './server';

export interface RunningApi {
  url: string;
  /** Graceful: stop accepting, finish in-flight requests, close the pool. */
  close(): Promise<void>;
}

/** Starts the API from the environment: migrate, seed the demo (dev only), listen. */
export async function startApi(env: NodeJS.ProcessEnv = process.env): Promise<RunningApi> {
  const config = loadConfig(env);
  applyHeapGrowth(config.HEAP_GROWTH_PERCENT);
  const log = createLogger(config.LOG_LEVEL);
  await checkFileStorage(config, log);
  const db = createDataSource({
    url: config.DATABASE_URL,
    poolSize: config.DATABASE_POOL_SIZE,
    statementTimeoutMs: config.STATEMENT_TIMEOUT_MS,
  });
  // Replicas starting together: one migrates and seeds under the lock, the others wait.
  await withStartupLock(config.DATABASE_URL, async () => {
    if (config.MIGRATE_ON_START) {
      // Migrations may build indexes on big tables: no statement timeout for them.
      const migrator = createDataSource({ url: config.DATABASE_URL, poolSize: 1, as: 'owner' });
      await migrator.initialize();
      try {
        const applied = await migrator.runMigrations({ transaction: 'each' });
        if (applied.length)
          log.info({ migrations: applied.map((m) => m.name) }, 'migrations applied');
      } finally {
        await migrator.destroy();
      }
    }
    await db.initialize();
    if (config.DEMO_DATA && (await withDbScope(SYSTEM_SCOPE, () => seedDemoData(db))))
      log.info('demo data loaded');
  });

  const server = await createServer({ config, db, log });
  const worker =
    config.ESCALATION_WORKER === 'inline'
      ? await startEscalationWorker({
          databaseUrl: config.DATABASE_URL,
          engine: new EscalationEngine(db, config.BUSINESS_TIME_ZONE),
          log,
        })
      : null;
  const delivery =
    config.DELIVERY_WORKER === 'inline'
      ? await startDeliveryWorker({ databaseUrl: config.DATABASE_URL, db, config, log })
      : null;
  const port = await server.listen(config.PORT, config.HOST);
  const url = `http://localhost:${port}`;
  log.info({ url }, 'Trident is listening');

  let closing: Promise<void> | undefined;
  return {
    url,
    close: () =>
      (closing ??= (async () => {
        log.info('shutting down: draining requests');
        await server.stop();
        await worker?.stop();
        await delivery?.stop();
        await db.destroy();
        log.info('shut down');
      })()),
  };
}

/**
 * A files folder that cannot be written is a mistake in the settings: found at start, not at
 * the first upload. A bucket out of reach may be a passing outage of the store: the rest of
 * Trident starts, and uploads fail (logged) until it is back.
 */
async function checkFileStorage(config: Config, log: Logger): Promise<void> {
  try {
    await createFileStorage(config).check();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (config.FILE_STORAGE === 'local')
      throw new ConfigError([`FILES_DIR: ${config.FILES_DIR} cannot be written (${reason})`]);
    log.warn({ bucket: config.S3_BUCKET, err: error }, 'the S3 bucket for files cannot be reached');
  }
}

export function printWelcome(url: string, demo: boolean): void {
  const lines = [
    '',
    `  Trident is running at ${url}`,
    `  GraphQL: ${url}/graphql   health: ${url}/healthz   ready: ${url}/readyz`,
  ];
  if (demo) {
    lines.push(`  Demo logins (password "${DEMO_PASSWORD}"):`);
    for (const user of DEMO_USERS.filter(
      (u) => !/\d$/.test(u.key) || ['sales2', 'sales4', 'sales5'].includes(u.key),
    )) {
      lines.push(`    ${user.email.padEnd(24)} ${user.roles.join(', ')}`);
    }
  }
  lines.push('  Press Ctrl+C to stop.', '');
  process.stdout.write(`${lines.join('\n')}\n`);
}

/** Stops gracefully on SIGTERM/SIGINT, forcing exit if draining takes too long. */
export function handleSignals(close: () => Promise<void>, timeoutMs: number, log?: Logger): void {
  const stop = (signal: string) => {
    log?.info({ signal }, 'signal received');
    setTimeout(() => process.exit(1), timeoutMs).unref();
    close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

if (require.main === module) {
  startApi()
    .then((api) => {
      const config = loadConfig();
      printWelcome(api.url, config.DEMO_DATA);
      handleSignals(api.close, config.SHUTDOWN_TIMEOUT_MS);
    })
    .catch((error: unknown) => {
      process.stderr.write(
        `${error instanceof ConfigError ? error.message : String((error as Error)?.stack ?? error)}\n`,
      );
      process.exit(1);
    });
}
