import request from 'supertest';
import type { DataSource } from 'typeorm';
import { connectionLost } from '../src/db/connection-lost';
import { createDataSource } from '../src/db/data-source';
import type { TridentServer } from '../src/server';
import { startPgProxy, type PgProxy } from './support/pg-proxy';
import { createTestServer, startTestApp, type TestApp } from './support/test-app';

/**
 * Connections that died while idle in the pool (a firewall's timeout, a failover, an
 * administrator's pg_terminate_backend): the pool hears of it only when it next uses one.
 * A request that meets one before doing anything is served on another connection; one whose
 * work had begun answers UNAVAILABLE and writes nothing (faults.test.ts).
 */
describe('connections lost while idle in the pool', () => {
  let app: TestApp;
  let proxy: PgProxy;
  let viaProxy: DataSource;
  let server: TridentServer;

  beforeAll(async () => {
    app = await startTestApp();
    proxy = await startPgProxy((app.db.options as { url: string }).url);
    viaProxy = createDataSource({ url: proxy.url, poolSize: 3 });
    await viaProxy.initialize();
    server = await createTestServer(viaProxy);
  });
  afterAll(async () => {
    await server?.stop();
    await viaProxy?.destroy();
    await proxy?.close();
    await app?.close();
  });

  const gql = async (query: string, variables: Record<string, unknown>, token?: string) => {
    const req = request(server.app).post('/graphql');
    if (token) req.set('authorization', `Bearer ${token}`);
    return (await req.send({ query, variables })).body as {
      data?: Record<string, { id: string }> | null;
      errors?: { extensions: { code: string } }[];
    };
  };

  /** sales@'s token and an account on its team. */
  const signInSales = async () => {
    const login = await gql(
      'mutation { login(email: "sales@trident.demo", password: "trident-demo") { token } }',
      {},
    );
    const token = (login.data?.login as unknown as { token: string }).token;
    const [account] = (await app.db.query(
      `SELECT a.id FROM account a JOIN account_team_member m ON m.account_id = a.id
         JOIN "user" u ON u.id = m.user_id WHERE u.email = 'sales@trident.demo' LIMIT 1`,
    )) as { id: string }[];
    return { token, accountId: account!.id };
  };

  /** The pool full of connections that carry this caller's scope (a test then cuts them). */
  const fillPoolAs = async (token: string) => {
    const reads = await Promise.all(
      [1, 2, 3].map(() => gql('{ accounts(first: 1) { nodes { id } } }', {}, token)),
    );
    for (const read of reads) expect(read.errors).toBeUndefined();
  };

  it('a mutation whose every pooled connection died silently is done once, on a new one', async () => {
    const { token, accountId } = await signInSales();
    await fillPoolAs(token);
    const before = proxy.opened();
    proxy.severAll();

    const summary = `lost-connection-${Date.now()}`;
    const answer = await gql(
      `mutation($a: ID!, $s: String!) {
        createActivity(input: { accountId: $a, kind: CALL, occurredAt: "2026-01-05T02:00:00Z", summary: $s }) { id }
      }`,
      { a: accountId, s: summary },
      token,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer).toMatchObject({ data: { createActivity: { id: expect.any(String) } } });
    expect(proxy.opened()).toBeGreaterThan(before);
    const rows = await app.db.query(`SELECT id FROM activity WHERE summary = $1`, [summary]);
    expect(rows).toEqual([{ id: answer.data?.createActivity?.id }]);
    const events = await app.db.query(
      `SELECT 1 FROM audit_event WHERE entity = 'Activity' AND entity_id = $1`,
      [answer.data?.createActivity?.id],
    );
    expect(events).toHaveLength(1);
  });

  it('a stage move (one statement, no transaction) on dead pooled connections is done once', async () => {
    const { token, accountId } = await signInSales();
    const created = await gql(
      `mutation($a: ID!) {
        createOpportunity(input: { accountId: $a, name: "Lost connection deal", amount: { amount: "1", currency: "CNY" } }) { id }
      }`,
      { a: accountId },
      token,
    );
    expect(created.errors).toBeUndefined();
    const [deal] = await app.db.query(
      `SELECT o.id, o.version, (SELECT id FROM funnel_stage WHERE is_lost) AS lost_id
         FROM opportunity o WHERE o.id = $1`,
      [created.data?.createOpportunity?.id],
    );
    await fillPoolAs(token);
    proxy.severAll();

    const answer = await gql(
      `mutation($id: ID!, $s: ID!, $v: Int!) {
        moveOpportunity(id: $id, stageId: $s, version: $v, note: "Budget cut") { id }
      }`,
      { id: deal.id, s: deal.lost_id, v: deal.version },
      token,
    );
    expect(answer.errors).toBeUndefined();
    const [row] = await app.db.query(`SELECT stage_id, version FROM opportunity WHERE id = $1`, [
      deal.id,
    ]);
    expect(row).toEqual({ stage_id: deal.lost_id, version: deal.version + 1 });
    const history = await app.db.query(
      `SELECT 1 FROM stage_change WHERE opportunity_id = $1 AND to_stage_id = $2
          AND at > now() - interval '1 minute'`,
      [deal.id, deal.lost_id],
    );
    expect(history).toHaveLength(1);
    const events = await app.db.query(
      `SELECT 1 FROM audit_event WHERE entity = 'Opportunity' AND entity_id = $1
          AND action = 'opportunity.move'`,
      [deal.id],
    );
    expect(events).toHaveLength(1);
  });

  it('a pooled connection ended while no statement runs on it does not end the process', async () => {
    // Checked out from the pool itself, as pg-boss and the credential cache's listener do,
    // with no query runner around it to listen.
    const driver = app.appDb.driver as unknown as {
      obtainMasterConnection(): Promise<
        [{ query(sql: string): Promise<{ rows: { pid: number }[] }> }, (error?: unknown) => void]
      >;
    };
    const [client, release] = await driver.obtainMasterConnection();
    const { pid } = (await client.query('SELECT pg_backend_pid() AS pid')).rows[0]!;
    // Postgres's FATAL reaches the client with no statement running: pg emits 'error', which
    // with no listener throws out of the socket's handler and ends the process (Jest only
    // prints it), so each 'error' emitted is checked for a listener.
    const emitter = client as unknown as NodeJS.EventEmitter;
    const heard: boolean[] = [];
    const emit = emitter.emit.bind(emitter);
    emitter.emit = (event: string | symbol, ...args: unknown[]) => {
      if (event === 'error') heard.push(emitter.listenerCount('error') > 0);
      return emit(event, ...args);
    };
    await app.db.query('SELECT pg_terminate_backend($1)', [pid]);
    for (let waited = 0; waited < 50; waited++) {
      const [{ alive }] = await app.db.query(
        'SELECT count(*)::int AS alive FROM pg_stat_activity WHERE pid = $1',
        [pid],
      );
      if (!alive) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    const next = await client.query('SELECT 1').then(
      () => null,
      (error: unknown) => error,
    );
    expect(heard.length).toBeGreaterThan(0);
    expect(heard).not.toContain(false);
    expect(connectionLost(next)).toBe(true);
    release(next);
  });
});
