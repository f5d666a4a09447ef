import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import pino from 'pino';
import request from 'supertest';
import { GraphQLError } from 'graphql';
import { createDataSource } from '../src/db/data-source';
import { MAX_STREAMS_PER_USER } from '../src/http/events';
import { createFormatError } from '../src/graphql/format-error';
import { createServer, type TridentServer } from '../src/server';
import { createTestServer, startTestApp, TEST_CONFIG, type TestApp } from './support/test-app';

/** Limits and headers in front of the GraphQL API (security and reliability issue). */
describe('HTTP hardening', () => {
  let app: TestApp;
  let limited: TridentServer;
  let bi: string;

  beforeAll(async () => {
    app = await startTestApp();
    const admin = await app.login('admin@trident.demo');
    bi = (
      await app.must<{ createApiToken: { token: string } }>(
        'mutation { createApiToken(input: { name: "limited" }) { token } }',
        {},
        admin,
      )
    ).createApiToken.token;
    limited = await createTestServer(app.appDb, {
      BI_TOKEN_REQUESTS_PER_MINUTE: 5,
      CORS_ORIGINS: ['https://bi.example.com'],
    });
  });
  afterAll(async () => {
    await limited.stop();
    await app.close();
  });

  /** The test app's server on a port, for what must go over a real socket; listened to once. */
  let address: Promise<string> | undefined;
  const listening = () =>
    (address ??= app.server.listen(0, '127.0.0.1').then((port) => `http://127.0.0.1:${port}`));

  const accounts = (server: TridentServer, token: string) =>
    request(server.app)
      .post('/graphql')
      .set('authorization', `Bearer ${token}`)
      .send({ query: '{ accounts(first: 1) { totalCount } }' })
      .then((res) => res.body);

  it('limits the requests of one BI token per minute, with a coded answer', async () => {
    for (let i = 0; i < 5; i += 1) {
      expect((await accounts(limited, bi)).data.accounts.totalCount).toBeGreaterThan(0);
    }
    const refused = await accounts(limited, bi);
    expect(refused.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', limitPerMinute: 5 });
    expect(refused.errors[0].extensions.retryAfterSeconds).toBeGreaterThan(0);
    // Signed-in users are not counted against a token's limit.
    const sales = await app.login('sales@trident.demo');
    for (let i = 0; i < 6; i += 1) expect((await accounts(limited, sales)).errors).toBeUndefined();
  });

  it('compresses answers when asked, and serves built assets pre-compressed and immutable', async () => {
    const page = (encoding: string) =>
      request(app.server.app)
        .post('/graphql')
        .set('authorization', `Bearer ${bi}`)
        .set('accept-encoding', encoding)
        .send({ query: '{ accounts(first: 200) { nodes { id name region } } }' });
    const big = await page('gzip');
    expect(big.headers['content-encoding']).toBe('gzip');
    expect(big.body.data.accounts.nodes.length).toBeGreaterThan(1);
    // Brotli when the client takes it (browsers, fetch): the same answer.
    const br = await page('gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.body).toEqual(big.body);
    // A POST's answer is never revalidated: it is not hashed for an ETag.
    expect(big.headers.etag).toBeUndefined();

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trident-console-'));
    fs.mkdirSync(path.join(dir, 'assets'));
    fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Trident</title>');
    const script = 'console.log("trident");'.repeat(200);
    fs.writeFileSync(path.join(dir, 'assets', 'app-1a2b.js'), script);
    fs.writeFileSync(path.join(dir, 'assets', 'app-1a2b.js.br'), zlib.brotliCompressSync(script));
    fs.writeFileSync(path.join(dir, 'assets', 'app-1a2b.js.gz'), zlib.gzipSync(script));
    const withConsole = await createServer({
      config: { ...TEST_CONFIG, CONSOLE_DIR: dir },
      db: app.appDb,
      log: pino({ level: 'silent' }),
    });
    try {
      const asset = await request(withConsole.app)
        .get('/assets/app-1a2b.js')
        .set('accept-encoding', 'gzip, br')
        .buffer(true)
        .parse((res, done) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => done(null, Buffer.concat(chunks)));
        });
      expect(asset.headers['content-encoding']).toBe('br');
      expect(asset.headers['cache-control']).toContain('immutable');
      expect(Number(asset.headers['content-length'])).toBe(
        fs.statSync(path.join(dir, 'assets', 'app-1a2b.js.br')).size,
      );
      const page = await request(withConsole.app)
        .get('/accounts/123')
        .set('accept-encoding', 'identity');
      expect(page.text).toContain('<title>Trident</title>');
      expect(page.headers['cache-control']).toBe('no-cache');
    } finally {
      await withConsole.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('sends security headers on every answer', async () => {
    const res = await request(app.server.app).get('/healthz');
    const csp = res.headers['content-security-policy'] as string;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('answers a method or path no route takes with a coded JSON 404, not an HTML page', async () => {
    for (const res of [
      await request(app.server.app).delete('/files/00000000-0000-4000-8000-000000000000'),
      await request(app.server.app).put('/healthz'),
      await request(app.server.app).patch('/'),
    ]) {
      expect([res.status, res.headers['content-type']]).toEqual([
        404,
        expect.stringMatching(/^application\/json/),
      ]);
      expect(res.body.errors[0].extensions).toEqual({ code: 'NOT_FOUND' });
    }
  });

  it('answers cross-origin callers only from the allow-list', async () => {
    const preflight = (server: TridentServer, origin: string) =>
      request(server.app)
        .options('/graphql')
        .set('origin', origin)
        .set('access-control-request-method', 'POST')
        .set('access-control-request-headers', 'content-type,authorization');
    const allowed = await preflight(limited, 'https://bi.example.com');
    expect(allowed.headers['access-control-allow-origin']).toBe('https://bi.example.com');
    const other = await preflight(limited, 'https://evil.example.com');
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
    const noList = await preflight(app.server, 'https://bi.example.com');
    expect(noList.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('refuses a body over 1 MB or not JSON with a coded GraphQL answer', async () => {
    const big = await request(app.server.app)
      .post('/graphql')
      .set('content-type', 'application/json')
      .send(JSON.stringify({ query: `{ me { id } }`, variables: { pad: 'x'.repeat(1_100_000) } }));
    expect(big.status).toBe(413);
    expect(big.body.errors[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'BODY_TOO_LARGE',
    });
    const broken = await request(app.server.app)
      .post('/graphql')
      .set('content-type', 'application/json')
      .send('{"query": "{ me { id } }"');
    expect(broken.status).toBe(400);
    expect(broken.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a body nested past 64 levels at once, gzipped or not, never with a 5xx', async () => {
    const url = `${await listening()}/graphql`;
    // Sent as raw bytes (supertest would not pass gzip through untouched).
    const post = async (body: Buffer | string, encoding?: string) => {
      const res = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(encoding ? { 'content-encoding': encoding } : {}),
        },
        body: typeof body === 'string' ? body : new Uint8Array(body),
      });
      const text = await res.text();
      return {
        status: res.status,
        type: (res.headers.get('content-type') ?? '').split(';')[0],
        body: JSON.parse(text) as { errors?: { extensions: unknown }[] },
      };
    };
    // 100,000 levels: walking it by recursion overflowed the stack (an HTML 500).
    const deepest = `{"query":"{ __typename }","variables":{"a":${'['.repeat(100_000)}${']'.repeat(100_000)}}}`;
    // 2,500 levels around 480,000 numbers: 1 kB gzipped, seconds of work for a walk that
    // copied its path at every value.
    const wide = zlib.gzipSync(
      `{"query":"{ __typename }","variables":{"a":${'['.repeat(2500)}${Array(480_000).fill(0).join(',')}${']'.repeat(2500)}}}`,
    );
    expect(wide.length).toBeLessThan(5_000);
    for (const res of [await post(deepest), await post(wide, 'gzip')]) {
      expect([res.status, res.type, res.body.errors?.[0]?.extensions]).toEqual([
        400,
        'application/json',
        { code: 'BAD_USER_INPUT', reason: 'BODY_NOT_JSON', field: 'a' },
      ]);
    }
    // Inputs nested as deep as any real one pass the door.
    const fine = await post(
      `{"query":"{ __typename }","variables":{"a":${'['.repeat(40)}${']'.repeat(40)}}}`,
    );
    expect([fine.status, fine.body]).toEqual([200, { data: { __typename: 'Query' } }]);
    // A gzip body that does not inflate is unreadable, not an error of ours.
    const corrupt = await post(wide.subarray(0, 200), 'gzip');
    expect([corrupt.status, corrupt.body.errors?.[0]?.extensions]).toEqual([
      400,
      { code: 'BAD_USER_INPUT', reason: 'BODY_NOT_JSON' },
    ]);
  });

  it('answers a body it cannot read (unknown charset or encoding) with a coded JSON refusal', async () => {
    const charset = await request(app.server.app)
      .post('/graphql')
      .set('content-type', 'application/json; charset=x-evil')
      .send('{"query":"{ __typename }"}');
    const encoding = await request(app.server.app)
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('content-encoding', 'evil')
      .send('{"query":"{ __typename }"}');
    for (const res of [charset, encoding]) {
      expect([res.status, res.type, res.body.errors?.[0]?.extensions]).toEqual([
        415,
        'application/json',
        { code: 'BAD_USER_INPUT', reason: 'BODY_NOT_JSON' },
      ]);
      expect(res.text).not.toMatch(/node_modules|at \w+ \(/);
    }
  });

  it('holds a BI person signed in with a password to what a BI token may do', async () => {
    const person = await app.login('bi@trident.demo');
    // Counted as a token is: five a minute on this server, then refused.
    const answers = [];
    for (let i = 0; i < 6; i += 1) answers.push(await accounts(limited, person));
    expect(answers.slice(0, 5).every((a) => a.data?.accounts.totalCount > 0)).toBe(true);
    expect(answers[5].errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED' });
    // No documents and no live events.
    const [file] = await app.db.query('SELECT id FROM attachment LIMIT 1');
    const download = await request(app.server.app)
      .get(`/files/${file?.id ?? '00000000-0000-4000-8000-000000000000'}`)
      .set('authorization', `Bearer ${person}`);
    expect([
      download.status,
      download.body.error?.code ?? download.body.errors?.[0]?.extensions?.code,
    ]).toEqual([403, 'FORBIDDEN']);
    const events = await request(app.server.app)
      .get('/events')
      .set('authorization', `Bearer ${person}`);
    expect([events.status, events.body]).toEqual([403, { error: { code: 'FORBIDDEN' } }]);
  });

  it(`keeps at most ${MAX_STREAMS_PER_USER} live event streams open per person`, async () => {
    const url = await listening();
    const token = await app.login('sales2@trident.demo');
    const open = () =>
      new Promise<http.IncomingMessage>((resolve, reject) => {
        const req = http.get(`${url}/events`, { headers: { authorization: `Bearer ${token}` } });
        req.on('error', reject);
        req.on('response', resolve);
      });
    const streams = [];
    for (let i = 0; i < MAX_STREAMS_PER_USER; i += 1) streams.push(await open());
    expect(streams.map((s) => s.statusCode)).toEqual(Array(MAX_STREAMS_PER_USER).fill(200));
    const refused = await open();
    expect(refused.statusCode).toBe(429);
    refused.resume();
    // Another person is not held by it; one closed stream frees its place.
    const other = await new Promise<http.IncomingMessage>((resolve, reject) => {
      const token2 = app.login('sales4@trident.demo');
      void token2.then((t) => {
        const req = http.get(`${url}/events`, { headers: { authorization: `Bearer ${t}` } });
        req.on('error', reject);
        req.on('response', resolve);
      }, reject);
    });
    expect(other.statusCode).toBe(200);
    other.destroy();
    streams.pop()!.destroy();
    let again: http.IncomingMessage | undefined;
    for (let i = 0; i < 50 && again?.statusCode !== 200; i += 1) {
      again?.resume();
      await new Promise((r) => setTimeout(r, 50));
      again = await open();
    }
    expect(again?.statusCode).toBe(200);
    again?.destroy();
    for (const s of streams) s.destroy();
  });

  it('refuses an answer over the response size limit with a coded error', async () => {
    const small = await createTestServer(app.appDb, { RESPONSE_MAX_BYTES: 2_000 });
    try {
      const ask = (first: number) =>
        request(small.app)
          .post('/graphql')
          .set('authorization', `Bearer ${bi}`)
          .send({ query: `{ accounts(first: ${first}) { nodes { id name region industry } } }` })
          .then((res) => res.body);
      const fits = await ask(2);
      expect(fits.errors).toBeUndefined();
      const tooLarge = await ask(200);
      expect(tooLarge.data).toBeUndefined();
      expect(tooLarge.errors[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'RESPONSE_TOO_LARGE',
        maxBytes: 2_000,
      });
      expect(tooLarge.errors[0].extensions.size).toBeGreaterThan(2_000);
    } finally {
      await small.stop();
    }
  });

  it('refuses a request that arrives once shutdown has begun, before running it', async () => {
    const draining = await createTestServer(app.appDb);
    const closing = draining.stop();
    const late = await request(draining.app).post('/graphql').send({
      query: 'mutation { login(email: "sales@trident.demo", password: "trident-demo") { token } }',
    });
    await closing;
    expect(late.status).toBe(503);
    expect(late.headers.connection).toBe('close');
    expect(late.body.errors[0].extensions.code).toBe('UNAVAILABLE');
    expect(late.body.data).toBeUndefined();
  });

  it('takes the client address from X-Forwarded-For only behind a trusted proxy', async () => {
    const behindProxy = await createTestServer(app.appDb, { TRUST_PROXY: 1 });
    try {
      const failLogin = (server: TridentServer, forwardedFor: string) =>
        request(server.app).post('/graphql').set('x-forwarded-for', forwardedFor).send({
          query:
            'mutation { login(email: "nobody@trident.demo", password: "wrong-password") { token } }',
        });
      await failLogin(behindProxy, '203.0.113.7');
      await failLogin(app.server, '198.51.100.9');
      const keys: { key: string }[] = await app.db.query(
        `SELECT key FROM login_throttle WHERE key LIKE 'ip:%' ORDER BY key`,
      );
      const addresses = keys.map((k) => k.key);
      expect(addresses).toContain('ip:203.0.113.7');
      // Without a trusted proxy the header is the client's word, not its address.
      expect(addresses).not.toContain('ip:198.51.100.9');
    } finally {
      await behindProxy.stop();
    }
  });

  it('cancels a statement running past the timeout and says so with TIMEOUT', async () => {
    const url = (app.db.options as { url: string }).url;
    const db = createDataSource({ url, poolSize: 1, statementTimeoutMs: 200 });
    await db.initialize();
    try {
      const [{ statement_timeout }] = await db.query('SHOW statement_timeout');
      expect(statement_timeout).toBe('200ms');
      await expect(db.query('SELECT pg_sleep(2)')).rejects.toMatchObject({
        driverError: { code: '57014' },
      });
    } finally {
      await db.destroy();
    }
    // What the API answers when that happens inside a resolver.
    const cancelled = Object.assign(new Error('canceling statement due to statement timeout'), {
      driverError: { code: '57014' },
    });
    const error = new GraphQLError('x', { path: ['accounts'], originalError: cancelled });
    const formatted = createFormatError(pino({ level: 'silent' }))(
      { message: 'x', path: ['accounts'] },
      error,
    );
    expect(formatted.extensions).toEqual({ code: 'TIMEOUT' });
  });
});
