import { QUERY_LIMITS } from '../src/graphql/query-limits';
import { startTestApp, type TestApp } from './support/test-app';

/** Hostile queries are refused while validating: coded errors, no resolver runs. */
describe('query limits', () => {
  let app: TestApp;
  let sales: string;

  beforeAll(async () => {
    app = await startTestApp();
    sales = await app.login('sales@trident.demo');
  });
  afterAll(() => app.close());

  it('refuses a query 12 levels deep without touching the database', async () => {
    let selection = 'id';
    for (let i = 0; i < 12; i++) selection = `parent { ${selection} }`;
    app.statements.length = 0;
    const res = await app.gql(`{ accounts(first: 1) { nodes { ${selection} } } }`, {}, sales);
    expect(res.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(/depth/i);
    // Only the caller was looked up; no account was read.
    expect(app.statements.some((s) => /FROM "account"/.test(s))).toBe(false);
  });

  it('refuses 500 aliases', async () => {
    const aliases = Array.from({ length: 500 }, (_, i) => `a${i}: me { id }`).join(' ');
    const res = await app.gql(`{ ${aliases} }`, {}, sales);
    expect(res.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(/alias/i);
  });

  it('lets the normal queries through', async () => {
    const res = await app.gql(
      '{ accounts(first: 5) { nodes { id parent { id parent { id } } team { user { name } } } } }',
      {},
      sales,
    );
    expect(res.errors).toBeUndefined();
    expect(QUERY_LIMITS.maxDepth).toBeGreaterThanOrEqual(8);
  });
});
