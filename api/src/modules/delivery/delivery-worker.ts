import { Client } from 'pg';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { Config } from '../../config/config';
import { pollQueue, startJobQueue } from '../../jobs/job-queue';
import { NOTIFICATION_CHANNEL } from '../notifications/notify-user';
import { DELIVERY_CHANNEL } from './delivery-log.service';
import { DeliveryPlanner, type TickResult } from './delivery-planner';
import { DeliverySender, type Enqueue } from './delivery-sender';
import {
  LiveTransport,
  OutboxTransport,
  type DeliveryConfig,
  type Transport,
} from './delivery-transport';
import { SecretBox } from './secret-box';

/** One job per outgoing message (data: the delivery's id; singleton key: the delivery's key). */
export const SEND_QUEUE = 'delivery-send';
/** Planning, digests and the sweep: on a cron, and kicked by every new notification. */
export const TICK_QUEUE = 'delivery-tick';

export interface DeliveryWorker {
  /** Asks for planning now (deduplicated with a tick already waiting). */
  kick(): Promise<void>;
  /** Plans, digests and sweeps at `now` in this process (tests inject the time). */
  tick(now?: Date): Promise<TickResult>;
  stop(): Promise<void>;
}

export type DeliveryWorkerConfig = DeliveryConfig &
  Pick<Config, 'NODE_ENV' | 'JWT_SECRET'> &
  Partial<Pick<Config, 'DELIVERY_SECRET_KEY'>>;

/**
 * Delivery on pg-boss, the job queue already in the database (schema `pgboss`). Any number
 * of these may run: pg-boss hands each job to one of them, the claim in the sender makes a
 * duplicated job harmless, and the planner's unique keys make planning idempotent.
 * Every new notification's NOTIFY kicks a tick, so messages leave within a second or two.
 */
export async function startDeliveryWorker(options: {
  databaseUrl: string;
  db: DataSource;
  config: DeliveryWorkerConfig;
  log: Logger;
  /** The tick's schedule; null: none (tests tick by hand). */
  cron?: string | null;
  /** Also start a tick when a notification is announced (default true). */
  listen?: boolean;
}): Promise<DeliveryWorker> {
  const { db, config, log } = options;
  const queue = await startJobQueue(options.databaseUrl, 'trident-delivery', log);
  const { boss } = queue;
  // Retries here are for failures of our own (the database away); a channel's failures are
  // retried by the sender with its own backoff, as new jobs.
  await boss.createQueue(SEND_QUEUE, {
    name: SEND_QUEUE,
    policy: 'stately',
    retryLimit: 3,
    retryDelay: 5,
    retryBackoff: true,
    expireInSeconds: 120,
  });
  await boss.createQueue(TICK_QUEUE, { name: TICK_QUEUE, policy: 'stately', retryLimit: 1 });

  const enqueue: Enqueue = async (jobs) => {
    if (!jobs.length) return;
    await boss.insert(
      jobs.map((job) => ({
        name: SEND_QUEUE,
        data: { deliveryId: job.id },
        singletonKey: job.key,
        ...(job.startAfter ? { startAfter: new Date(job.startAfter) } : {}),
      })),
    );
  };
  const transport: Transport =
    config.DELIVERY_MODE === 'live'
      ? new LiveTransport(db, SecretBox.fromConfig(config), config)
      : new OutboxTransport(db, log);
  const sender = new DeliverySender(db, transport, config, enqueue, log);
  const planner = new DeliveryPlanner(db, enqueue);
  const tick = async (now = new Date()) => {
    const result = await planner.tick(now);
    if (result.planned || result.digests || result.requeued || result.interrupted)
      log.info(result, 'deliveries planned');
    return result;
  };

  const loops = [
    pollQueue<{ deliveryId: string }>(boss, SEND_QUEUE, 5, log, (job) =>
      sender.send(job.data.deliveryId),
    ),
    pollQueue(boss, TICK_QUEUE, 1, log, () => tick()),
  ];
  if (options.cron !== null) await boss.schedule(TICK_QUEUE, options.cron ?? '* * * * *');
  const kick = async () => {
    await boss.send(TICK_QUEUE, {});
  };

  const listener =
    options.listen === false ? null : await listenForNotifications(options.databaseUrl, kick, log);
  await kick();
  log.info({ mode: config.DELIVERY_MODE }, 'delivery worker started');
  return {
    kick,
    tick,
    stop: async () => {
      await listener?.stop();
      // The loops finish the jobs in hand (a message being sent is sent), then stop fetching.
      await Promise.all(loops.map((loop) => loop.stop()));
      await queue.stop();
      transport.close();
    },
  };
}

/**
 * A LISTEN connection that kicks a tick for each new notification or retried message (at
 * most one per 200 ms).
 */
async function listenForNotifications(
  databaseUrl: string,
  kick: () => Promise<void>,
  log: Logger,
): Promise<{ stop(): Promise<void> }> {
  const client = new Client({
    connectionString: databaseUrl,
    application_name: 'trident-delivery-listen',
  });
  let timer: NodeJS.Timeout | null = null;
  client.on('notification', () => {
    timer ??= setTimeout(() => {
      timer = null;
      kick().catch((error: unknown) => log.warn({ err: error }, 'delivery kick failed'));
    }, 200);
  });
  // Without it the cron still plans every minute: a lost listener only slows delivery down.
  client.on('error', (error) => log.warn({ err: error }, 'delivery listener lost its connection'));
  await client.connect();
  await client.query(`LISTEN ${NOTIFICATION_CHANNEL}`);
  await client.query(`LISTEN ${DELIVERY_CHANNEL}`);
  return {
    stop: async () => {
      if (timer) clearTimeout(timer);
      timer = null;
      await client.end().catch(() => undefined);
    },
  };
}
