import { Client } from 'pg';
import type { Logger } from 'pino';
import { NOTIFICATION_CHANNEL, type NotificationEvent } from './notify-user';

type Listener = (event: NotificationEvent) => void;

/**
 * One LISTEN connection per API process, opened when the first console subscribes. Every
 * process hears every NOTIFY, so a notification written by any process (or the worker)
 * reaches the user's open consoles wherever they are connected.
 */
export class NotificationHub {
  private client: Client | null = null;
  private connecting: Promise<void> | null = null;
  private readonly listeners = new Map<string, Set<Listener>>();

  constructor(
    private readonly databaseUrl: string,
    private readonly log: Logger,
  ) {}

  async subscribe(userId: string, listener: Listener): Promise<() => void> {
    await this.connect();
    const set = this.listeners.get(userId) ?? new Set<Listener>();
    set.add(listener);
    this.listeners.set(userId, set);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(userId);
    };
  }

  async stop(): Promise<void> {
    this.listeners.clear();
    const client = this.client;
    this.client = null;
    this.connecting = null;
    if (client) await client.end().catch(() => undefined);
  }

  private connect(): Promise<void> {
    return (this.connecting ??= (async () => {
      const client = new Client({
        connectionString: this.databaseUrl,
        application_name: 'trident-listen',
      });
      client.on('notification', (message) => {
        if (message.channel !== NOTIFICATION_CHANNEL || !message.payload) return;
        try {
          const event = JSON.parse(message.payload) as NotificationEvent;
          this.listeners.get(event.userId)?.forEach((listener) => listener(event));
        } catch (error) {
          this.log.warn({ err: error }, 'unreadable notification payload');
        }
      });
      client.on('error', (error) => {
        // A dropped connection: forget it; the next subscriber reconnects.
        this.log.warn({ err: error }, 'notification listener lost its connection');
        this.client = null;
        this.connecting = null;
      });
      await client.connect();
      await client.query(`LISTEN ${NOTIFICATION_CHANNEL}`);
      this.client = client;
    })().catch((error: unknown) => {
      this.connecting = null;
      throw error;
    }));
  }
}
