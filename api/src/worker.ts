import 'reflect-metadata';
import { ConfigError, loadConfig } from './config/config';
import { createDataSource } from './db/data-source';
import { createLogger } from './logging/logger';
import { handleSignals } from './main';
import { EscalationEngine } from './modules/escalations/escalation-engine';
import { startEscalationWorker } from './modules/escalations/escalation-worker';
import { startDeliveryWorker } from './modules/delivery/delivery-worker';

/**
 * The workers on their own: escalations and outgoing messages (API processes then run with
 * ESCALATION_WORKER=off and DELIVERY_WORKER=off).
 */
async function main() {
  const config = loadConfig();
  const log = createLogger(config.LOG_LEVEL);
  const db = createDataSource({ url: config.DATABASE_URL, poolSize: 3 });
  await db.initialize();
  const worker = await startEscalationWorker({
    databaseUrl: config.DATABASE_URL,
    engine: new EscalationEngine(db, config.BUSINESS_TIME_ZONE),
    log,
  });
  const delivery = await startDeliveryWorker({
    databaseUrl: config.DATABASE_URL,
    db,
    config,
    log,
  });
  handleSignals(
    async () => {
      await worker.stop();
      await delivery.stop();
      await db.destroy();
    },
    config.SHUTDOWN_TIMEOUT_MS,
    log,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof ConfigError ? error.message : String((error as Error)?.stack ?? error)}\n`,
  );
  process.exit(1);
});
