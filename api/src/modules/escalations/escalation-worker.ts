import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import type { EscalationEngine } from './escalation-engine';

export const ESCALATION_QUEUE = 'escalations';

export interface EscalationWorker {
  /** Asks for a run now (deduplicated with any run already waiting). */
  kick(): Promise<void>;
  /** Settles when the run at start has finished (tests wait for it). */
  caughtUp: Promise<void>;
  stop(): Promise<void>;
}

/**
 * The escalation engine on pg-boss, a job queue kept in the same Postgres (schema
 * `pgboss`; no second server): a cron job every minute plus on-demand kicks. The queue's
 * singleton policy lets one run be active at a time; the engine itself is idempotent, so
 * several API processes may each run a worker.
 */
export async function startEscalationWorker(options: {
  databaseUrl: string;
  engine: EscalationEngine;
  log: Logger;
  cron?: string;
}): Promise<EscalationWorker> {
  const { engine, log } = options;
  const boss = new PgBoss({
    connectionString: options.databaseUrl,
    schema: 'pgboss',
    max: 3,
    application_name: 'trident-worker',
  });
  let stopping = false;
  boss.on('error', (error: Error & { code?: string }) =>
    // A query of pg-boss's own timers may still be on the wire when Postgres shuts down
    // right after us: that is the end of a run, not an error to report.
    stopping && error.code === '57P01'
      ? log.debug({ err: error }, 'job queue connection closed at shutdown')
      : log.error({ err: error }, 'job queue error'),
  );
  await boss.start();
  await boss.createQueue(ESCALATION_QUEUE, {
    name: ESCALATION_QUEUE,
    policy: 'singleton',
    retryLimit: 2,
  });
  await boss.schedule(ESCALATION_QUEUE, options.cron ?? '* * * * *');
  await boss.work(ESCALATION_QUEUE, { pollingIntervalSeconds: 2 }, async () => {
    const result = await engine.run(new Date());
    if (result.created || result.resolved) log.info(result, 'escalations evaluated');
  });
  log.info('escalation worker started');
  // A worker killed mid-run (SIGKILL, out of memory) leaves its job active, and the
  // singleton queue starts no other run until pg-boss expires it (15 minutes): catch up at
  // start instead. The run is idempotent, so racing a queued run or another worker is safe.
  const catchUp = engine.run(new Date()).then(
    (result) => log.info(result, 'escalations caught up at start'),
    (error: unknown) => log.error({ err: error }, 'escalation run at start failed'),
  );
  return {
    caughtUp: catchUp,
    kick: async () => {
      await boss.send(ESCALATION_QUEUE, {});
    },
    stop: async () => {
      stopping = true;
      await catchUp;
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
}
