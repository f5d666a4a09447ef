import request from 'supertest';
import type { DataSource } from 'typeorm';
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

  it('a mutation whose every pooled connection died silently is done once, on a new one', async () => {
    const login = await gql(
      'mutation { login(email: "sales@trident.demo", password: "trident-demo") { token } }',
      {},
    );
    const token = (login.data?.login as unknown as { token: string }).token;
    const [{ id: accountId }] = await app.db.query(
      `SELECT a.id FROM account a JOIN account_team_member m ON m.account_id = a.id
         JOIN "user" u ON u.id = m.user_id WHERE u.email = 'sales@trident.demo' LIMIT 1`,
    );
    // The pool full of connections that carry this caller's scope, then all cut.
    const reads = await Promise.all(
      [1, 2, 3].map(() => gql('{ accounts(first: 1) { nodes { id } } }', {}, token)),
    );
    for (const read of reads) expect(read.errors).toBeUndefined();
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
});
