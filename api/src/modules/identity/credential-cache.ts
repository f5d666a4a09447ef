import { Client } from 'pg';
import type { Logger } from 'pino';
import type { AccountScope } from '../accounts/account-scope';
import type { Viewer } from './viewer';

/** Triggers on "user" and api_token NOTIFY this channel (migration CredentialCache). */
export const CREDENTIALS_CHANNEL = 'trident_credentials';

interface Entry {
  viewer: Viewer;
  /** Users: the credential version a JWT must carry (null for API tokens). */
  credentialVersion: number | null;
  /** API tokens: when it stops working by itself. */
  expiresAt: number | null;
  /** Users: their signed-out sessions whose tokens have not expired yet. */
  endedSessions?: ReadonlySet<string>;
  scope?: Promise<AccountScope>;
  /** API tokens: when last_used_at was last written. */
  touchedAt?: number;
  cachedAt: number;
}

/**
 * Who a credential is (a user's signed-out sessions with it), and their account scope, kept for a few seconds so a request does
 * not re-read the user (and a manager's reporting line) every time. Any change to a
 * user's status, roles, manager or password, a sign-out, or a token's revocation or expiry,
 * NOTIFYs every API process (a database trigger, so direct SQL counts too) and each
 * clears its cache. While the LISTEN connection is down nothing is cached: a revoked
 * credential is never honoured longer than the trip of a NOTIFY.
 */
/** What a read of a credential finds, before the cache stamps it. */
export type CredentialRead = Omit<Entry, 'cachedAt'>;

export class CredentialCache {
  private readonly entries = new Map<string, Entry>();
  private client: Client | null = null;
  private listening = false;
  private stopped = false;
  private retry: NodeJS.Timeout | null = null;
  private readonly changeListeners = new Set<() => void>();
  /** Bumped by every clear: a read begun before it may hold what the change replaced. */
  private generation = 0;
  /** Reads under way, shared by the requests (and event streams) that ask for the same key. */
  private readonly loading = new Map<string, { generation: number; entry: Promise<Entry> }>();

  constructor(
    private readonly databaseUrl: string | null,
    private readonly log: Pick<Logger, 'warn'>,
    private readonly ttlMs = 10_000,
    private readonly maxEntries = 10_000,
  ) {}

  async start(): Promise<void> {
    if (!this.databaseUrl || this.stopped) return;
    const client = new Client({
      connectionString: this.databaseUrl,
      application_name: 'trident-credentials',
    });
    client.on('notification', () => {
      this.clear();
      this.changeListeners.forEach((listener) => listener());
    });
    client.on('error', (error) => {
      this.log.warn({ err: error }, 'credential cache lost its LISTEN connection');
      this.disconnected();
    });
    client.on('end', () => this.disconnected());
    try {
      await client.connect();
      await client.query(`LISTEN ${CREDENTIALS_CHANNEL}`);
      this.client = client;
      this.listening = true;
    } catch (error) {
      this.log.warn({ err: error }, 'credential cache cannot LISTEN: not caching');
      await client.end().catch(() => undefined);
      this.disconnected();
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    this.listening = false;
    this.clear();
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  get(key: string, now = Date.now()): Entry | undefined {
    if (!this.listening) return undefined;
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (now - entry.cachedAt > this.ttlMs || (entry.expiresAt !== null && entry.expiresAt <= now)) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  set(
    key: string,
    viewer: Viewer,
    expiresAt: number | null,
    credentialVersion: number | null,
    endedSessions?: ReadonlySet<string>,
  ): Entry {
    const entry: Entry = {
      viewer,
      expiresAt,
      credentialVersion,
      endedSessions,
      cachedAt: Date.now(),
    };
    if (!this.listening) return entry;
    if (this.entries.size >= this.maxEntries) {
      // Maps iterate in insertion order: drop the oldest.
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(key, entry);
    return entry;
  }

  /** The viewer's scope, computed once per cached credential. */
  scope(viewer: Viewer, key: string, resolve: () => Promise<AccountScope>) {
    const entry = this.get(key);
    if (!entry || entry.viewer.userId !== viewer.userId) return resolve();
    return (entry.scope ??= resolve().catch((error: unknown) => {
      entry.scope = undefined;
      throw error;
    }));
  }

  clear(): void {
    this.generation += 1;
    this.entries.clear();
  }

  /**
   * The credential `key` from the cache, or read once by `read` for everyone asking at the same
   * moment: after a NOTIFY every open event stream of a user checks again, and each used to read
   * the user itself (20 streams, 40 statements per change — one insider signing in and out in a
   * loop made every stream of every user hit the database). A read begun before a clear is
   * neither shared with later askers nor kept: it may hold what the change replaced.
   */
  load(key: string, read: () => Promise<CredentialRead>): Promise<Entry> {
    const cached = this.get(key);
    if (cached) return Promise.resolve(cached);
    const generation = this.generation;
    const pending = this.loading.get(key);
    if (pending && pending.generation === generation) return pending.entry;
    const entry = read().then((data) =>
      this.generation === generation
        ? this.set(key, data.viewer, data.expiresAt, data.credentialVersion, data.endedSessions)
        : { ...data, cachedAt: Date.now() },
    );
    const forget = () => {
      if (this.loading.get(key)?.entry === entry) this.loading.delete(key);
    };
    entry.then(forget, forget);
    this.loading.set(key, { generation, entry });
    return entry;
  }

  /**
   * Called whenever some credential changed (or may have: the LISTEN connection dropped).
   * Long-lived holders of a credential — live event streams — check theirs again.
   */
  onChange(listener: () => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  private disconnected(): void {
    this.listening = false;
    this.client = null;
    this.clear();
    this.changeListeners.forEach((listener) => listener());
    if (this.stopped || this.retry) return;
    this.retry = setTimeout(() => {
      this.retry = null;
      void this.start();
    }, 1_000);
    this.retry.unref();
  }
}
