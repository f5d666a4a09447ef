import request from 'supertest';
import { createDataSource } from '../src/db/data-source';
import type { TridentServer } from '../src/server';
import { createTestServer, startTestApp, type TestApp } from './support/test-app';

/**
 * Credentials are cached for a few seconds per API process (the request path then reads
 * no user row); a revocation or departure must still take effect at once, on this
 * process and on every other one.
 */
describe('credential cache', () => {
  let app: TestApp;
  let admin: string;
  let other: TridentServer;
  let otherDb: ReturnType<typeof createDataSource>;

  const me = (server: TridentServer, token: string) =>
    request(server.app)
      .post('/graphql')
      .set('authorization', `Bearer ${token}`)
      .send({ query: '{ me { id } }' })
      .then((res) => (res.body.errors?.[0]?.extensions?.code as string | undefined) ?? 'OK');

  const eventually = async (read: () => Promise<string>, expected: string) => {
    let value = await read();
    for (let i = 0; value !== expected && i < 50; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      value = await read();
    }
    return value;
  };

  const newToken = async (name: string) =>
    app.must<{ createApiToken: { token: string; apiToken: { id: string } } }>(
      'mutation($n: String!) { createApiToken(input: { name: $n }) { token apiToken { id } } }',
      { n: name },
      admin,
    );

  beforeAll(async () => {
    app = await startTestApp();
    admin = await app.login('admin@trident.demo');
    otherDb = createDataSource({ url: (app.db.options as { url: string }).url, poolSize: 2 });
    await otherDb.initialize();
    other = await createTestServer(otherDb);
  });
  afterAll(async () => {
    await other.stop();
    await otherDb.destroy();
    await app.close();
  });

  it('reads the credential once, then serves it from the cache', async () => {
    const { createApiToken } = await newToken('cached');
    await me(app.server, createApiToken.token);
    app.statements.length = 0;
    expect(await me(app.server, createApiToken.token)).toBe('OK');
    expect(app.statements.filter((s) => /api_token/.test(s))).toEqual([]);
  });

  it('refuses a revoked token at once on this process and soon on another', async () => {
    const { createApiToken } = await newToken('revoked');
    const token = createApiToken.token;
    expect(await me(app.server, token)).toBe('OK');
    expect(await me(other, token)).toBe('OK');
    await app.must(
      'mutation($id: ID!) { revokeApiToken(id: $id) { id } }',
      { id: createApiToken.apiToken.id },
      admin,
    );
    expect(await me(app.server, token)).toBe('UNAUTHENTICATED');
    expect(await eventually(() => me(other, token), 'UNAUTHENTICATED')).toBe('UNAUTHENTICATED');
  });

  it('cuts off a user whose status is changed by plain SQL, on every process', async () => {
    const token = await app.login('delivery@trident.demo');
    expect(await me(app.server, token)).toBe('OK');
    expect(await me(other, token)).toBe('OK');
    await app.db.query(
      `UPDATE "user" SET status = 'DEPARTED' WHERE email = 'delivery@trident.demo'`,
    );
    try {
      expect(await eventually(() => me(app.server, token), 'UNAUTHENTICATED')).toBe(
        'UNAUTHENTICATED',
      );
      expect(await eventually(() => me(other, token), 'UNAUTHENTICATED')).toBe('UNAUTHENTICATED');
    } finally {
      await app.db.query(
        `UPDATE "user" SET status = 'ACTIVE' WHERE email = 'delivery@trident.demo'`,
      );
    }
  });

  it('ends the session at once when an admin changes the roles; signing in again gets them', async () => {
    const [{ id, version }] = await app.db.query(
      `SELECT id, version FROM "user" WHERE email = 'tech@trident.demo'`,
    );
    const tech = await app.login('tech@trident.demo');
    const before = await app.gql<{ me: { roles: string[] } }>('{ me { roles } }', {}, tech);
    expect(before.data?.me.roles).toEqual(['TECHNICAL']);
    await app.must(
      'mutation($id: ID!, $v: Int!) { updateUser(id: $id, version: $v, input: { roles: [TECHNICAL, DELIVERY] }) { id } }',
      { id, v: version },
      admin,
    );
    const old = await app.gql('{ me { roles } }', {}, tech);
    expect(old.errors?.[0]?.extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'SESSION_ENDED',
    });
    const again = await app.login('tech@trident.demo');
    const after = await app.gql<{ me: { roles: string[] } }>('{ me { roles } }', {}, again);
    expect(after.data?.me.roles).toEqual(['TECHNICAL', 'DELIVERY']);
  });
});
