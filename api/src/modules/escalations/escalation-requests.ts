import { ESCALATION_TRIGGERS, type EscalationTrigger } from '@trident/domain';
import type PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import { startJobQueue, type JobQueue } from '../../jobs/job-queue';

export const ESCALATION_QUEUE = 'escalations';

/** What a job on the escalation queue carries: the triggers to evaluate (none: all of them). */
export interface EscalationJobData {
  triggers?: EscalationTrigger[];
  /** Why it was asked for (the mutation), for the logs. */
  reason?: string;
}

/** The triggers a job asks for, ignoring anything that is not one (a job is data from the queue). */
export function triggersOf(
  data: EscalationJobData | null | undefined,
): EscalationTrigger[] | undefined {
  const asked = data?.triggers;
  if (!Array.isArray(asked)) return undefined;
  const known = asked.filter((t): t is EscalationTrigger =>
    (ESCALATION_TRIGGERS as readonly string[]).includes(t),
  );
  return known.length ? known : undefined;
}

/** The queue's settings, the same wherever it is created (worker or producer). */
export async function ensureEscalationQueue(boss: PgBoss): Promise<void> {
  await boss.createQueue(ESCALATION_QUEUE, {
    name: ESCALATION_QUEUE,
    policy: 'singleton',
    retryLimit: 2,
  });
}

/**
 * How a mutation asks for the escalation engine: after its transaction commits, a job on the
 * escalation queue; the worker runs the engine. Never throws: the mutation has committed and
 * must answer, and the worker's sweep (every minute) evaluates every rule anyway, so a job that
 * could not be sent only delays the escalation to the next sweep.
 */
export interface EscalationRequests {
  request(triggers: EscalationTrigger[], reason: string): Promise<void>;
  stop(): Promise<void>;
}

/** Asks for nothing: the sweep alone (scripts and fixtures without a queue). */
export const NO_ESCALATION_REQUESTS: EscalationRequests = {
  request: async () => undefined,
  stop: async () => undefined,
};

/**
 * A producer on pg-boss with the owner's connection (the request pool runs as the application
 * role, which has no rights on the `pgboss` schema). Started on first use, so a process that
 * never asks opens no connection.
 */
export function escalationQueueProducer(databaseUrl: string, log: Logger): EscalationRequests {
  let queue: Promise<JobQueue> | null = null;
  const open = () =>
    (queue ??= (async () => {
      const started = await startJobQueue(databaseUrl, 'trident-api-jobs', log, 'producer');
      await ensureEscalationQueue(started.boss);
      return started;
    })().catch((error: unknown) => {
      queue = null; // try again on the next request
      throw error;
    }));
  return {
    request: async (triggers, reason) => {
      try {
        const { boss } = await open();
        const data: EscalationJobData = { triggers, reason };
        await boss.send(ESCALATION_QUEUE, data);
      } catch (error) {
        log.warn(
          { err: error, triggers, reason },
          'escalation job not queued: the next sweep evaluates it',
        );
      }
    },
    stop: async () => {
      const running = queue;
      queue = null;
      if (running) await (await running.catch(() => null))?.stop();
    },
  };
}
