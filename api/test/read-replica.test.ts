import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import pino from 'pino';
import { Client } from 'pg';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../src/db/data-source';
import { NO_CALLER, SYSTEM_SCOPE, withDbScope } from '../src/db/row-security';
import { seedDemoData } from '../src/demo/seed-demo';
import { DEMO_PASSWORD } from '../src/demo/demo-data';
import { createServer, type TridentServer } from '../src/server';
import { TEST_CONFIG } from './support/test-app';

/**
 * Issue 23, item 3: BI on a replica. A real primary and a real hot standby (streaming
 * replication from the embedded binaries, test/support/replica-pair.mjs); the API runs on the
 * primary with DATABASE_READ_URL on the standby. Replay on the standby is paused to make the
 * two tell apart: what the BI token reads is then the standby's (older) state.
 */
describe('BI queries on a read replica (DATABASE_READ_URL)', () => {
  let pair: ChildProcess;
  let primaryUrl: string;
  let standbyUrl: string;
  let owner: DataSource;
  let appDb: DataSource;
  let server: TridentServer;
  let plain: TridentServer;
  let admin: string;
  let biToken: string;
  let standbyAdmin: Client;

  const dbUrl = (serverUrl: string) => {
    const url = new URL(serverUrl);
    url.pathname = '/trident';
    return url.toString();
  };
  const gql = async <T>(srv: TridentServer, query: string, token?: string) => {
    const req = request(srv.app).post('/graphql').set('content-type', 'application/json');
    if (token) req.set('authorization', `Bearer ${token}`);
    const res = await req.send({ query });
    if (res.body.errors) throw new Error(JSON.stringify(res.body.errors));
    return res.body.data as T;
  };
  /** Waits until the standby has replayed everything the primary has written so far. */
  const caughtUp = async () => {
    const [current] = (await owner.query(`SELECT pg_current_wal_lsn()::text AS lsn`)) as {
      lsn: string;
    }[];
    const lsn = current?.lsn;
    for (const deadline = Date.now() + 30_000; Date.now() < deadline;) {
      const { rows } = await standbyAdmin.query(
        `SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS done`,
        [lsn],
      );
      if (rows[0]?.done) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('the standby did not catch up in 30 s');
  };
  const ACCOUNTS = '{ accounts(first: 1) { totalCount } }';

  beforeAll(async () => {
    pair = spawn(process.execPath, [path.join(__dirname, 'support', 'replica-pair.mjs')], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    const started = await new Promise<{ primaryUrl: string; standbyUrl: string }>(
      (resolve, reject) => {
        let out = '';
        pair.stdout!.on('data', (chunk: Buffer) => {
          out += String(chunk);
          const line = out.split('\n').find((l) => l.startsWith('{'));
          if (!line) return;
          const event = JSON.parse(line) as {
            event: string;
            primaryUrl: string;
            standbyUrl: string;
            message?: string;
          };
          if (event.event === 'started') resolve(event);
          else reject(new Error(event.message));
        });
        pair.once('exit', (code) => reject(new Error(`replica pair exited (${code})`)));
      },
    );
    ({ primaryUrl, standbyUrl } = started);
    const setup = new Client({ connectionString: primaryUrl });
    await setup.connect();
    await setup.query('CREATE DATABASE trident');
    await setup.end();
    owner = createDataSource({ url: dbUrl(primaryUrl), poolSize: 2, as: 'owner' });
    await owner.initialize();
    await owner.runMigrations();
    await seedDemoData(owner, { customerMaps: false });
    appDb = createDataSource({ url: dbUrl(primaryUrl), poolSize: 5 });
    await appDb.initialize();
    const log = pino({ level: 'silent' });
    server = await createServer({
      config: { ...TEST_CONFIG, DATABASE_READ_URL: dbUrl(standbyUrl) },
      db: appDb,
      log,
      serveConsole: false,
    });
    plain = await createServer({ config: TEST_CONFIG, db: appDb, log, serveConsole: false });
    standbyAdmin = new Client({ connectionString: dbUrl(standbyUrl) });
    await standbyAdmin.connect();

    admin = (
      await gql<{ login: { token: string } }>(
        server,
        `mutation { login(email: "admin@trident.demo", password: "${DEMO_PASSWORD}") { token } }`,
      )
    ).login.token;
    biToken = (
      await gql<{ createApiToken: { token: string } }>(
        server,
        'mutation { createApiToken(input: { name: "replica" }) { token } }',
        admin,
      )
    ).createApiToken.token;
    await caughtUp();
  }, 120_000);

  afterAll(async () => {
    await standbyAdmin?.query('SELECT pg_wal_replay_resume()').catch(() => undefined);
    await standbyAdmin?.end();
    await server?.stop();
    await plain?.stop();
    await appDb?.destroy();
    await owner?.destroy();
    pair?.stdin?.end();
    await new Promise((resolve) => pair?.once('exit', resolve));
  });

  it('is a real hot standby, and row-level security holds on it as on the primary', async () => {
    const { rows } = await standbyAdmin.query('SELECT pg_is_in_recovery() AS standby');
    expect(rows[0].standby).toBe(true);
    // The replica's pool is built like the primary's: the application role, the caller's
    // scope on each connection (set_config works on a standby), the same policies.
    const replicaPool = createDataSource({ url: dbUrl(standbyUrl), poolSize: 1 });
    await replicaPool.initialize();
    try {
      const count = async () =>
        Number((await replicaPool.query('SELECT count(*) AS n FROM account'))[0].n);
      const all = await withDbScope(SYSTEM_SCOPE, count);
      expect(all).toBeGreaterThan(0);
      expect(await withDbScope(NO_CALLER, count)).toBe(0);
      expect((await replicaPool.query('SELECT current_user AS u'))[0].u).toBe('trident_app');
    } finally {
      await replicaPool.destroy();
    }
  });

  it('a BI query reads the replica; writes and token bookkeeping go to the primary', async () => {
    // The standby has caught up with the setup (the token's row) before replay is paused.
    for (let i = 0; i < 200; i++) {
      const { rows } = await standbyAdmin.query(`SELECT 1 FROM api_token WHERE name = 'replica'`);
      if (rows.length) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await standbyAdmin.query('SELECT pg_wal_replay_pause()');
    for (let i = 0; i < 100; i++) {
      const { rows } = await standbyAdmin.query('SELECT pg_get_wal_replay_pause_state() AS s');
      if (rows[0].s === 'paused') break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const before = (await gql<{ accounts: { totalCount: number } }>(server, ACCOUNTS, admin))
      .accounts.totalCount;

    // An admin's mutation: written on the primary (the standby is read-only and paused).
    await gql(
      server,
      'mutation { claimAccount(input: { name: "副本延迟测试 Replica Lag Ltd", tier: CITY }) { id } }',
      admin,
    );
    const onPrimary = await owner.query(`SELECT 1 FROM account WHERE name LIKE '副本延迟测试%'`);
    expect(onPrimary).toHaveLength(1);

    // The signed-in user reads the primary; the BI token the replica, which lags.
    expect(
      (await gql<{ accounts: { totalCount: number } }>(server, ACCOUNTS, admin)).accounts
        .totalCount,
    ).toBe(before + 1);
    expect(
      (await gql<{ accounts: { totalCount: number } }>(server, ACCOUNTS, biToken)).accounts
        .totalCount,
    ).toBe(before);
    // Without DATABASE_READ_URL a BI token reads the primary, as it always did.
    expect(
      (await gql<{ accounts: { totalCount: number } }>(plain, ACCOUNTS, biToken)).accounts
        .totalCount,
    ).toBe(before + 1);

    // The replica's pool is what answered: its connections are on the standby.
    const { rows: sessions } = await standbyAdmin.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'trident-bi-replica'`,
    );
    expect(sessions[0].n).toBeGreaterThan(0);

    // The token's last use was written on the primary (best effort, just after the answer);
    // the paused standby has not seen it.
    let lastUsed: { last_used_at: Date | null }[] = [];
    for (let i = 0; i < 100; i++) {
      lastUsed = await owner.query(`SELECT last_used_at FROM api_token WHERE name = 'replica'`);
      if (lastUsed[0]?.last_used_at) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(lastUsed[0]?.last_used_at).not.toBeNull();
    const { rows: onStandby } = await standbyAdmin.query(
      `SELECT last_used_at FROM api_token WHERE name = 'replica'`,
    );
    expect(onStandby[0].last_used_at).toBeNull();

    // A BI token still may not write, replica or not.
    const res = await request(server.app)
      .post('/graphql')
      .set('authorization', `Bearer ${biToken}`)
      .send({ query: 'mutation { claimAccount(input: { name: "BI Corp", tier: CITY }) { id } }' });
    expect(res.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    // Replay resumes: the BI token sees the write once the standby has replayed it.
    await standbyAdmin.query('SELECT pg_wal_replay_resume()');
    await caughtUp();
    let seen = before;
    for (let i = 0; i < 100 && seen !== before + 1; i++) {
      seen = (await gql<{ accounts: { totalCount: number } }>(server, ACCOUNTS, biToken)).accounts
        .totalCount;
      if (seen !== before + 1) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(seen).toBe(before + 1);
  });
});
