import pino from 'pino';
import { EscalationEngine } from '../../src/modules/escalations/escalation-engine';
import { ESCALATION_QUEUE } from '../../src/modules/escalations/escalation-requests';
import { startEscalationWorker } from '../../src/modules/escalations/escalation-worker';
import type { TestApp } from './test-app';

/** Escalation jobs waiting or running (not the cron's future ones: it has none in a test). */
export async function pendingEscalationJobs(
  app: Pick<TestApp, 'db'>,
): Promise<{ state: string; data: { triggers?: string[]; reason?: string } }[]> {
  const exists: { t: string | null }[] = await app.db.query(
    `SELECT to_regclass('pgboss.job') AS t`,
  );
  if (!exists[0]?.t) return [];
  return app.db.query(
    `SELECT state, data FROM pgboss.job WHERE name = $1 AND state IN ('created', 'retry', 'active')
      ORDER BY created_on`,
    [ESCALATION_QUEUE],
  );
}

/**
 * Runs the escalation worker (as its own pg-boss instance, without the run at start, so only
 * queued jobs run) until the queue holds no waiting job, then stops it.
 */
export async function drainEscalationJobs(app: Pick<TestApp, 'db' | 'appDb'>): Promise<void> {
  const worker = await startEscalationWorker({
    databaseUrl: (app.db.options as { url: string }).url,
    engine: new EscalationEngine(app.appDb),
    log: pino({ level: 'silent' }),
    catchUpAtStart: false,
  });
  try {
    const deadline = Date.now() + 20_000;
    while ((await pendingEscalationJobs(app)).length > 0) {
      if (Date.now() > deadline) throw new Error('escalation jobs were not processed in 20 s');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } finally {
    await worker.stop();
  }
}
