import PgBoss from 'pg-boss';
import type { Logger } from 'pino';

export interface JobQueue {
  boss: PgBoss;
  /** Stops pg-boss, letting the jobs in hand finish (up to 10 s). */
  stop(): Promise<void>;
}

/**
 * pg-boss, the job queue kept in the same Postgres (schema `pgboss`; no second server),
 * with errors logged. A query of pg-boss's own timers may still be on the wire when
 * Postgres shuts down right after us: once stopping, that is the end of a run, not an
 * error to report.
 */
export async function startJobQueue(
  databaseUrl: string,
  applicationName: string,
  log: Logger,
  /**
   * `producer`: only sends jobs (an API process whose worker runs elsewhere): one connection,
   * no maintenance and no cron clock of its own — the workers' instances keep those.
   */
  role: 'worker' | 'producer' = 'worker',
): Promise<JobQueue> {
  const boss = new PgBoss({
    connectionString: databaseUrl,
    schema: 'pgboss',
    max: role === 'producer' ? 1 : 3,
    application_name: applicationName,
    ...(role === 'producer' ? { supervise: false, schedule: false } : {}),
  });
  let stopping = false;
  boss.on('error', (error: Error & { code?: string }) =>
    stopping && error.code === '57P01'
      ? log.debug({ err: error, queue: applicationName }, 'job queue connection closed at shutdown')
      : log.error({ err: error, queue: applicationName }, 'job queue error'),
  );
  await boss.start();
  return {
    boss,
    stop: async () => {
      stopping = true;
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
}

/**
 * Fetches and settles jobs itself rather than through `boss.work`, whose loop does not await
 * completing or failing a job: with the database away at that moment, the rejection is
 * unhandled and ends the process. Here every step is awaited and a failure is logged; a job
 * fetched but not settled expires and comes back, so handlers must be idempotent.
 */
export function pollQueue<T extends object>(
  boss: PgBoss,
  name: string,
  batchSize: number,
  log: Logger,
  handle: (job: PgBoss.Job<T>) => Promise<unknown>,
): { stop(): Promise<void> } {
  let stopping = false;
  let wake: (() => void) | null = null;
  let timer: NodeJS.Timeout | undefined;
  const done = (async () => {
    while (!stopping) {
      let fetched = 0;
      try {
        const jobs = await boss.fetch<T>(name, { batchSize });
        fetched = jobs.length;
        const outcomes = await Promise.allSettled(jobs.map((job) => handle(job)));
        const succeeded = jobs.filter((_, i) => outcomes[i]!.status === 'fulfilled');
        if (succeeded.length)
          await boss.complete(
            name,
            succeeded.map((job) => job.id),
          );
        for (const [i, outcome] of outcomes.entries())
          if (outcome.status === 'rejected') {
            log.warn({ err: outcome.reason, queue: name }, 'job failed');
            await boss.fail(name, jobs[i]!.id, { message: String(outcome.reason) });
          }
      } catch (error) {
        // The database is away (or the queue is): try again after the interval.
        log.warn({ err: error, queue: name }, 'job queue unavailable');
      }
      if (!stopping && fetched < batchSize)
        await new Promise<void>((resolve) => {
          wake = resolve;
          timer = setTimeout(resolve, POLL_MS);
        });
      wake = null;
    }
  })();
  return {
    stop: async () => {
      stopping = true;
      clearTimeout(timer);
      (wake as (() => void) | null)?.();
      await done;
    },
  };
}

const POLL_MS = 1000;
