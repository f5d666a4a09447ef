import { pollQueue, startJobQueue } from '../../jobs/job-queue';
import type { Logger } from 'pino';
import type { EscalationEngine } from './escalation-engine';
import {
  ESCALATION_QUEUE,
  ensureEscalationQueue,
  triggersOf,
  type EscalationJobData,
} from './escalation-requests';

export { ESCALATION_QUEUE } from './escalation-requests';

export interface EscalationWorker {
  /** Asks for a run now (deduplicated with any run already waiting). */
  kick(): Promise<void>;
  /** Settles when the run at start has finished (tests wait for it). */
  caughtUp: Promise<void>;
  stop(): Promise<void>;
}

/**
 * The escalation engine on pg-boss, a job queue kept in the same Postgres (schema
 * `pgboss`; no second server): a cron job every minute (the sweep, all rules) plus jobs that
 * mutations send after they commit (feedback reported or acknowledged, a run step moved),
 * each naming the triggers to evaluate. The queue's singleton policy lets one run be active at
 * a time; the engine itself is idempotent, so several API processes may each run a worker.
 */
export async function startEscalationWorker(options: {
  databaseUrl: string;
  engine: EscalationEngine;
  log: Logger;
  cron?: string;
  /** Run every rule once at start (default); tests of the queue switch it off. */
  catchUpAtStart?: boolean;
}): Promise<EscalationWorker> {
  const { engine, log } = options;
  const queue = await startJobQueue(options.databaseUrl, 'trident-worker', log);
  const { boss } = queue;
  await ensureEscalationQueue(boss);
  await boss.schedule(ESCALATION_QUEUE, options.cron ?? '* * * * *');
  const loop = pollQueue<EscalationJobData>(boss, ESCALATION_QUEUE, 1, log, async (job) => {
    const only = triggersOf(job.data);
    const result = await engine.run(new Date(), only);
    if (result.created || result.resolved)
      log.info({ ...result, reason: job.data?.reason }, 'escalations evaluated');
    // The sweep (cron) also raises risks and refresh reminders; a mutation's kick does not.
    if (!only) {
      const raised = await engine.sweepSignals(new Date());
      if (raised.risks || raised.reminders) log.info(raised, 'signals swept');
    }
  });
  log.info('escalation worker started');
  // A worker killed mid-run (SIGKILL, out of memory) leaves its job active, and the
  // singleton queue starts no other run until pg-boss expires it (15 minutes): catch up at
  // start instead. The run is idempotent, so racing a queued run or another worker is safe.
  const catchUp =
    options.catchUpAtStart === false
      ? Promise.resolve()
      : (async () => {
          log.info(await engine.run(new Date()), 'escalations caught up at start');
          log.info(await engine.sweepSignals(new Date()), 'signals swept at start');
        })().catch((error: unknown) => log.error({ err: error }, 'escalation run at start failed'));
  return {
    caughtUp: catchUp,
    kick: async () => {
      await boss.send(ESCALATION_QUEUE, {});
    },
    stop: async () => {
      await catchUp;
      await loop.stop();
      await queue.stop();
    },
  };
}
