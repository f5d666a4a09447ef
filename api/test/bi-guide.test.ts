import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * docs/bi.md promises what a BI token can read: every ```graphql block of the guide runs
 * here, as written, with a BI token and answers without an error. The one mutation (how an
 * ADMIN creates the token) runs with the ADMIN's session instead, as the guide says.
 */
const GUIDE = path.resolve(__dirname, '..', '..', 'docs', 'bi.md');

function examples(): { title: string; source: string; operation: OperationDefinitionNode }[] {
  const text = fs.readFileSync(GUIDE, 'utf8');
  const blocks = [...text.matchAll(/```graphql\n([\s\S]*?)```/g)];
  return blocks.map((block, i) => {
    const source = block[1]!;
    const operation = parse(source).definitions.find(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
    )!;
    // The nearest heading or sentence above the block names it in a failure.
    const before = text.slice(0, block.index).trimEnd().split('\n').pop() ?? '';
    return { title: `#${i + 1} ${before.replace(/^#+\s*/, '')}`, source, operation };
  });
}

describe('docs/bi.md: every example runs with a BI token', () => {
  let app: TestApp;
  let admin: string;
  let bi: string;
  let variables: Record<string, unknown>;

  beforeAll(async () => {
    app = await startTestApp();
    admin = await app.login('admin@trident.demo');
    bi = (
      await app.must<{ createApiToken: { token: string } }>(
        'mutation { createApiToken(input: { name: "BI guide" }) { token } }',
        {},
        admin,
      )
    ).createApiToken.token;
    const [{ id: owner }] = await app.db.query(
      `SELECT id FROM "user" WHERE email = 'sales@trident.demo'`,
    );
    const [{ id: account }] = await app.db.query(
      `SELECT id FROM account WHERE name = '中国移动通信集团广东有限公司深圳分公司'`,
    );
    // The values a reader would pass: an owner, an account, the first page.
    variables = { owner, account, after: null };
  });
  afterAll(() => app.close());

  const all = examples();

  it('finds the examples, queries and the one mutation', () => {
    expect(all.length).toBeGreaterThanOrEqual(20);
    expect(all.filter((e) => e.operation.operation === 'mutation').map((e) => e.title)).toEqual([
      expect.stringContaining('An ADMIN creates a token'),
    ]);
  });

  it.each(all.map((e) => [e.title, e] as const))('%s', async (_title, example) => {
    const asked = Object.fromEntries(
      (example.operation.variableDefinitions ?? []).map((definition) => {
        const name = definition.variable.name.value;
        expect(Object.keys(variables)).toContain(name);
        return [name, variables[name]];
      }),
    );
    const mutation = example.operation.operation === 'mutation';
    const res = await app.gql(example.source, asked, mutation ? admin : bi);
    expect(res.errors).toBeUndefined();
    expect(res.data).toBeTruthy();
    // Every top-level field the example asks for answers (a list may be empty, not refused).
    for (const key of Object.keys(res.data!)) expect(res.data![key]).not.toBeUndefined();
  });

  it('reads the task table without the reviewer’s notes', async () => {
    const sales = await app.login('sales@trident.demo');
    await app.must(
      `mutation($a: ID!, $d: DateTime!) { createTask(input: { accountId: $a, title: "方案评审", due: $d }) { id } }`,
      { a: variables.account, d: new Date(Date.now() + 86_400_000).toISOString() },
      sales,
    );
    await app.db.query(`UPDATE task SET review_notes = 'private words'`);
    const res = await app.gql<{ tasks: { nodes: { reviewNotes: string | null }[] } }>(
      '{ tasks(first: 1000) { nodes { reviewNotes } } }',
      {},
      bi,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.tasks.nodes.length).toBeGreaterThan(0);
    expect(res.data!.tasks.nodes.every((t) => t.reviewNotes === null)).toBe(true);
    const mine = await app.must<{ tasks: { nodes: { reviewNotes: string | null }[] } }>(
      '{ tasks(first: 1000) { nodes { reviewNotes } } }',
      {},
      admin,
    );
    expect(mine.tasks.nodes.some((t) => t.reviewNotes === 'private words')).toBe(true);
  });
});
