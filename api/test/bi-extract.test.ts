import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { createTestServer, startTestApp, type TestApp } from './support/test-app';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** What a BI tool relies on: cursor paging that never skips or repeats, and persisted queries. */
describe('BI extract', () => {
  let app: TestApp;
  let bi: string;

  beforeAll(async () => {
    app = await startTestApp({ demoMaps: true });
    const admin = await app.login('admin@trident.demo');
    bi = (
      await app.must<{ createApiToken: { token: string } }>(
        'mutation { createApiToken(input: { name: "extract" }) { token } }',
        {},
        admin,
      )
    ).createApiToken.token;
  });
  afterAll(() => app.close());

  it('pages through every activity exactly once while rows are inserted concurrently', async () => {
    const before: { id: string }[] = await app.db.query('SELECT id FROM activity');
    expect(before.length).toBeGreaterThan(100);
    const [{ account_id: accountId, created_by_id: authorId }] = await app.db.query(
      'SELECT account_id, created_by_id FROM activity LIMIT 1',
    );
    const [{ lo, hi }] = await app.db.query(
      'SELECT min(occurred_at) AS lo, max(occurred_at) AS hi FROM activity',
    );
    // Writers add visits at random times across the whole range: some land in pages
    // already read, some in pages still to come, some on the very cursor boundary.
    let writing = true;
    let inserted = 0;
    const writer = (async () => {
      while (writing) {
        await app.db.query(
          `INSERT INTO activity (account_id, kind, occurred_at, summary, created_by_id)
           SELECT $1, 'CALL', $2::timestamptz + random() * ($3::timestamptz - $2::timestamptz), 'inserted while paging', $4
             FROM generate_series(1, 5)`,
          [accountId, lo, hi, authorId],
        );
        inserted += 5;
      }
    })();

    const seen = new Map<string, number>();
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const res: {
        data?: {
          activities: {
            pageInfo: { endCursor: string | null; hasNextPage: boolean };
            nodes: { id: string }[];
          };
        } | null;
        errors?: unknown;
      } = await app.gql(
        'query($after: String) { activities(first: 37, after: $after) { pageInfo { endCursor hasNextPage } nodes { id } } }',
        { after },
        bi,
      );
      expect(res.errors).toBeUndefined();
      const page = res.data!.activities;
      for (const node of page.nodes) seen.set(node.id, (seen.get(node.id) ?? 0) + 1);
      pages += 1;
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    writing = false;
    await writer;

    expect(pages).toBeGreaterThan(3);
    expect(inserted).toBeGreaterThan(0);
    expect([...seen.values()].filter((n) => n > 1)).toEqual([]);
    const missing = before.filter((row) => !seen.has(row.id));
    expect(missing).toEqual([]);
  });

  it("gives every edge the cursor that resumes right after it, and pageInfo the ends' cursors", async () => {
    type Edges = {
      pageInfo: { startCursor: string | null; endCursor: string | null };
      edges: { cursor: string; node: { id: string } }[];
      nodes: { id: string }[];
    };
    const page = (after: string | null, first: number) =>
      app.must<{ activities: Edges }>(
        `query($after: String, $first: Int) { activities(first: $first, after: $after) {
            pageInfo { startCursor endCursor } edges { cursor node { id } } nodes { id } } }`,
        { after, first },
        bi,
      );
    const { activities: whole } = await page(null, 12);
    expect(whole.edges.map((e) => e.node.id)).toEqual(whole.nodes.map((n) => n.id));
    expect(new Set(whole.edges.map((e) => e.cursor)).size).toBe(12);
    expect(whole.pageInfo.startCursor).toBe(whole.edges[0]!.cursor);
    expect(whole.pageInfo.endCursor).toBe(whole.edges[11]!.cursor);
    for (const k of [0, 4, 10]) {
      const { activities: rest } = await page(whole.edges[k]!.cursor, 12 - k - 1);
      expect(rest.nodes.map((n) => n.id)).toEqual(whole.nodes.slice(k + 1).map((n) => n.id));
    }
  });

  it('answers an automatic persisted query by its hash once it has seen the document', async () => {
    const query = '{ accounts(first: 3) { totalCount nodes { id } } }';
    const extensions = { persistedQuery: { version: 1, sha256Hash: sha256(query) } };
    const post = (body: object) =>
      request(app.server.app)
        .post('/graphql')
        .set('authorization', `Bearer ${bi}`)
        .send(body)
        .then((res) => res.body);
    const unknown = await post({ extensions });
    expect(unknown.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const registered = await post({ query, extensions });
    expect(registered.data.accounts.nodes).toHaveLength(3);
    const byHash = await post({ extensions });
    expect(byHash.data).toEqual(registered.data);
    // A hash that does not match its document is the client's mistake, coded as one.
    const mismatch = await post({
      query,
      extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } },
    });
    expect(mismatch.errors[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'BAD_REQUEST',
    });
  });

  it('runs only the manifest operations in safelist mode', async () => {
    const allowed = '{ accounts(first: 2) { nodes { id } } }';
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'safelist-')), 'manifest.json');
    fs.writeFileSync(
      file,
      JSON.stringify({
        format: 'apollo-persisted-query-manifest',
        version: 1,
        operations: [{ id: sha256(allowed), body: allowed }],
      }),
    );
    const safe = await createTestServer(app.appDb, { GRAPHQL_SAFELIST: file });
    try {
      const post = (query: string) =>
        request(safe.app)
          .post('/graphql')
          .set('authorization', `Bearer ${bi}`)
          .send({ query })
          .then((res) => ({ ...res.body, status: res.status }));
      const ok = await post(allowed);
      expect(ok.data.accounts.nodes).toHaveLength(2);
      app.statements.length = 0;
      const refused = await post('{ accounts(first: 500) { nodes { id name } } }');
      expect(refused.errors[0].extensions).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'NOT_SAFELISTED',
      });
      expect(refused.status).toBe(403);
      expect(app.statements.some((s) => /FROM "account"/.test(s))).toBe(false);
    } finally {
      await safe.stop();
    }
  });
});
