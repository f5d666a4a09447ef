import 'reflect-metadata';
import { ConfigError, loadConfig } from './config/config';
import { applyHeapGrowth } from './config/heap-growth';
import { createDataSource } from './db/data-source';
import { createLogger } from './logging/logger';
import { handleSignals } from './main';
import { EscalationEngine } from './modules/escalations/escalation-engine';
import { startEscalationWorker } from './modules/escalations/escalation-worker';
import { startDeliveryWorker } from './modules/delivery/delivery-worker';

export interface RunningWorker {
  /** Settles when the escalation run at start has finished. */
  caughtUp: Promise<void>;
  close(): Promise<void>;
}

/**
 * The workers on their own: escalations and outgoing messages (API processes then run with
 * ESCALATION_WORKER=off and DELIVERY_WORKER=off). Any number may run: pg-boss hands each job
 * to one of them, and the escalation run is idempotent.
 */
export async function startWorker(env: NodeJS.ProcessEnv = process.env): Promise<RunningWorker> {
  const config = loadConfig(env);
  applyHeapGrowth(config.HEAP_GROWTH_PERCENT);
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
  let closing: Promise<void> | undefined;
  return {
    caughtUp: worker.caughtUp,
    close: () =>
      (closing ??= (async () => {
        await worker.stop();
        await delivery.stop();
        await db.destroy();
      })()),
  };
}

if (require.main === module) {
  startWorker()
    .then((worker) => handleSignals(worker.close, loadConfig().SHUTDOWN_TIMEOUT_MS))
    .catch((error: unknown) => {
      process.stderr.write(
        `${error instanceof ConfigError ? error.message : String((error as Error)?.stack ?? error)}\n`,
      );
      process.exit(1);
    });
}
