import {
  getNullableType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isNonNullType,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { SignJWT } from 'jose';
import { buildTridentSchema } from '../src/graphql/schema';
import request from 'supertest';
import { createTestServer, startTestApp, TEST_JWT_SECRET, type TestApp } from './support/test-app';

/** A query calling `field` with placeholder values for its required arguments. */
function minimalQuery(schema: GraphQLSchema, fieldName: string): string {
  const field = schema.getQueryType()!.getFields()[fieldName]!;
  // Valid values: an argument the schema refuses is refused before anyone is asked who they are.
  const placeholder = (arg: { type: GraphQLInputType }): string => {
    const type = getNullableType(arg.type);
    if (isEnumType(type)) return type.getValues()[0]!.name;
    if (isInputObjectType(type))
      return `{ ${Object.values(type.getFields())
        .filter((f) => isNonNullType(f.type))
        .map((f) => `${f.name}: ${placeholder(f)}`)
        .join(', ')} }`;
    const name = type.toString();
    if (name === 'Int') return '1';
    if (name === 'Period') return '"2026"';
    if (name === 'LocalDate') return '"2026-01-01"';
    return '"00000000-0000-0000-0000-000000000000"';
  };
  const args = field.args
    .filter((a) => isNonNullType(a.type))
    .map((a) => `${a.name}: ${placeholder(a)}`);
  const selection = isLeafType(getNullableType(field.type)) ? '' : ' { __typename }';
  return `{ ${fieldName}${args.length ? `(${args.join(', ')})` : ''}${selection} }`;
}

describe('authentication', () => {
  let app: TestApp;
  let schema: GraphQLSchema;
  beforeAll(async () => {
    app = await startTestApp();
    schema = await buildTridentSchema();
  });
  afterAll(() => app.close());

  const LOGIN =
    'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token user { id email roles } } }';

  it('signs in with the right password and returns a token and the user', async () => {
    const res = await app.gql<{
      login: { token: string; user: { email: string; roles: string[] } };
    }>(LOGIN, {
      e: 'Sales@Trident.demo',
      p: 'trident-demo',
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.login.user).toMatchObject({ email: 'sales@trident.demo', roles: ['SALES'] });
    const me = await app.gql<{ me: { email: string } }>(
      '{ me { email } }',
      {},
      res.data?.login.token,
    );
    expect(me.data?.me.email).toBe('sales@trident.demo');
  });

  it('refuses a wrong password and an unknown email with the same answer', async () => {
    const wrong = await app.gql(LOGIN, { e: 'sales@trident.demo', p: 'not-the-password' });
    const unknown = await app.gql(LOGIN, { e: 'nobody@trident.demo', p: 'trident-demo' });
    expect(wrong.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect(unknown.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect(wrong.errors?.[0]?.message).toBe(unknown.errors?.[0]?.message);
  });

  it('refuses a user who has departed, and cuts off their existing token', async () => {
    const token = await app.login('delivery@trident.demo');
    await app.db.query(
      `UPDATE "user" SET status = 'DEPARTED' WHERE email = 'delivery@trident.demo'`,
    );
    const login = await app.gql(LOGIN, { e: 'delivery@trident.demo', p: 'trident-demo' });
    expect(login.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect(login.errors?.[0]?.message).toMatch(/left/);
    const me = await app.gql('{ me { id } }', {}, token);
    expect(me.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    await app.db.query(`UPDATE "user" SET status = 'ACTIVE' WHERE email = 'delivery@trident.demo'`);
  });

  it('signs out one session on every API process, while the other sessions of the user go on', async () => {
    // Another API process on the same database: its own credential cache, told by NOTIFY.
    const other = await createTestServer(app.appDb);
    try {
      const meOn = async (server: 'this' | 'other', token: string) => {
        if (server === 'this') return app.gql<{ me: { id: string } }>('{ me { id } }', {}, token);
        const res = await request(other.app)
          .post('/graphql')
          .set('authorization', `Bearer ${token}`)
          .send({ query: '{ me { id } }' });
        return { data: res.body.data, errors: res.body.errors } as Awaited<
          ReturnType<typeof app.gql<{ me: { id: string } }>>
        >;
      };
      const first = await app.login('finance@trident.demo');
      const second = await app.login('finance@trident.demo');
      // Both processes know the first session (and cache who it is).
      for (const server of ['this', 'other'] as const)
        expect((await meOn(server, first)).data?.me.id).toBeTruthy();
      const audits = () =>
        app.db.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'user.sign_out'`);
      const [before] = await audits();

      const out = await app.gql<{ signOut: boolean }>('mutation { signOut }', {}, first);
      expect(out).toMatchObject({ data: { signOut: true } });
      const refused = await meOn('this', first);
      expect(refused.errors?.[0]?.extensions).toMatchObject({
        code: 'UNAUTHENTICATED',
        reason: 'SIGNED_OUT',
      });
      // The other process refuses it once the NOTIFY of the sign-out reached it.
      let elsewhere = await meOn('other', first);
      for (let i = 0; i < 50 && !elsewhere.errors; i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        elsewhere = await meOn('other', first);
      }
      expect(elsewhere.errors?.[0]?.extensions.reason).toBe('SIGNED_OUT');
      for (const server of ['this', 'other'] as const)
        expect((await meOn(server, second)).data?.me.id).toBeTruthy();
      expect((await audits())[0]).toEqual({ n: before.n + 1 });

      // Nothing left to end: the same token again, parallel sign-outs of one session, no token.
      expect(await app.gql('mutation { signOut }', {}, first)).toMatchObject({
        data: { signOut: false },
      });
      const third = await app.login('finance@trident.demo');
      const parallel = await Promise.all(
        Array.from({ length: 8 }, () =>
          app.gql<{ signOut: boolean }>('mutation { signOut }', {}, third),
        ),
      );
      expect(parallel.filter((res) => res.data?.signOut === true)).toHaveLength(1);
      expect(await app.gql('mutation { signOut }')).toMatchObject({ data: { signOut: false } });
      expect((await audits())[0]).toEqual({ n: before.n + 2 });
    } finally {
      await other.stop();
    }
  });

  it('answers every query without a token with UNAUTHENTICATED', async () => {
    const names = Object.keys(schema.getQueryType()!.getFields());
    expect(names.length).toBeGreaterThan(5);
    for (const name of names) {
      const res = await app.gql(minimalQuery(schema, name));
      expect([name, res.errors?.[0]?.extensions.code]).toEqual([name, 'UNAUTHENTICATED']);
      expect(res.data?.[name] ?? null).toBeNull();
    }
  });

  it('rejects an expired token and a forged one', async () => {
    const [user] = await app.db.query(`SELECT id FROM "user" WHERE email = 'admin@trident.demo'`);
    const key = new TextEncoder().encode(TEST_JWT_SECRET);
    const expired = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(user.id)
      .setIssuer('trident')
      .setIssuedAt(Math.floor(Date.now() / 1000) - 7200)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 3600)
      .sign(key);
    const forged = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(user.id)
      .setIssuer('trident')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('another-secret-another-secret-another-secret'));
    const unsigned = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(`{"sub":"${user.id}","iss":"trident"}`).toString('base64url')}.`;

    const a = await app.gql('{ me { id } }', {}, expired);
    expect(a.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect(a.errors?.[0]?.message).toMatch(/expired/);
    for (const token of [forged, unsigned, 'garbage']) {
      const res = await app.gql('{ me { id } }', {}, token);
      expect(res.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
      expect(res.data).toBeNull();
    }
  });

  it('refuses a token once it expires, though it was accepted before', async () => {
    const [user] = await app.db.query(
      `SELECT id, credential_version AS cv FROM "user" WHERE email = 'admin@trident.demo'`,
    );
    const expiresAt = Math.floor(Date.now() / 1000) + 2;
    const token = await new SignJWT({ cv: user.cv })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(user.id)
      .setIssuer('trident')
      .setIssuedAt()
      .setExpirationTime(expiresAt)
      .sign(new TextEncoder().encode(TEST_JWT_SECRET));
    const before = await app.gql<{ me: { id: string } }>('{ me { id } }', {}, token);
    expect(before.data?.me.id).toBe(user.id);
    // Accepted tokens are remembered (their signature is not checked twice): not past expiry.
    await new Promise((resolve) => setTimeout(resolve, expiresAt * 1000 - Date.now() + 20));
    const after = await app.gql('{ me { id } }', {}, token);
    expect(after.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect(after.errors?.[0]?.message).toMatch(/expired/);
    expect(after.data).toBeNull();
  });

  it('lets a BI token read but never write, and stops it once revoked', async () => {
    const admin = await app.login('admin@trident.demo');
    const created = await app.gql<{
      createApiToken: { token: string; apiToken: { id: string; prefix: string } };
    }>(
      'mutation { createApiToken(input: { name: "Power BI" }) { token apiToken { id prefix } } }',
      {},
      admin,
    );
    const token = created.data!.createApiToken.token;
    expect(token.startsWith(created.data!.createApiToken.apiToken.prefix)).toBe(true);
    const [stored] = await app.db.query('SELECT token_hash FROM api_token');
    expect(stored.token_hash).not.toContain(token.slice(4));

    const read = await app.gql<{ accounts: { totalCount: number } }>(
      '{ accounts { totalCount } }',
      {},
      token,
    );
    expect(read.data?.accounts.totalCount).toBe(await app.count('account'));
    const write = await app.gql(
      'mutation { claimAccount(input: { name: "BI Corp", tier: CITY }) { id } }',
      {},
      token,
    );
    expect(write.errors?.[0]?.extensions.code).toBe('FORBIDDEN');

    await app.gql(
      'mutation($id: ID!) { revokeApiToken(id: $id) { revokedAt } }',
      { id: created.data!.createApiToken.apiToken.id },
      admin,
    );
    const after = await app.gql('{ accounts { totalCount } }', {}, token);
    expect(after.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuses an operation the role is not granted with FORBIDDEN', async () => {
    const sales = await app.login('sales@trident.demo');
    const res = await app.gql('{ auditEvents { totalCount } }', {}, sales);
    expect(res.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });
});
