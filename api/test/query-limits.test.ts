import { MAX_PAGE_SIZE, OPERATIONS, type Role } from '@trident/domain';
import { getNamedType } from 'graphql';
import { QUERY_LIMITS, queryLimitRefusal } from '../src/graphql/query-limits';
import { connectionNodes, isRequired, publishedSchema } from './support/schema-selection';
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
    // Said as the limit it is, not as graphql-armor's "Syntax Error" of a well-formed query.
    expect(res.errors?.[0]).toMatchObject({
      message: `The query nests 15 levels, over the limit of ${QUERY_LIMITS.maxDepth}`,
      extensions: {
        code: 'BAD_USER_INPUT',
        reason: 'GRAPHQL_VALIDATION_FAILED',
        limit: 'DEPTH',
        max: QUERY_LIMITS.maxDepth,
        found: 15,
      },
    });
    // Only the caller was looked up; no account was read.
    expect(app.statements.some((s) => /FROM "account"/.test(s))).toBe(false);
  });

  it('refuses 500 aliases', async () => {
    const aliases = Array.from({ length: 500 }, (_, i) => `a${i}: me { id }`).join(' ');
    const res = await app.gql(`{ ${aliases} }`, {}, sales);
    expect(res.errors?.[0]).toMatchObject({
      message: `The query has 500 aliases, over the limit of ${QUERY_LIMITS.maxAliases}`,
      extensions: { code: 'BAD_USER_INPUT', limit: 'ALIASES', max: QUERY_LIMITS.maxAliases },
    });
  });

  it('refuses a query whose lists multiply past the cost limit, saying how to ask less', async () => {
    const res = await app.gql(
      '{ accounts(first: 500) { nodes { id contacts(first: 500) { nodes { id name } } } } }',
      {},
      sales,
    );
    const error = res.errors?.[0];
    expect(error?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'GRAPHQL_VALIDATION_FAILED',
      limit: 'COST',
      max: QUERY_LIMITS.maxCost,
    });
    expect(error?.extensions.found).toBeGreaterThan(QUERY_LIMITS.maxCost);
    expect(error?.message).toBe(
      `The query would cost ${error?.extensions.found}, over the limit of ${QUERY_LIMITS.maxCost}: ask fewer rows per list (first) or fewer nested lists`,
    );
  });

  it("reads graphql-armor's words for every limit, a fractional cost too", () => {
    expect(
      queryLimitRefusal('Syntax Error: Query Cost limit of 50000 exceeded, found 1265.5.'),
    ).toMatchObject({ limit: 'COST', max: 50000, found: 1265.5 });
    expect(
      queryLimitRefusal('Syntax Error: Directives limit of 50 exceeded, found 51.'),
    ).toMatchObject({ limit: 'DIRECTIVES', max: 50, found: 51 });
    expect(queryLimitRefusal('Syntax Error: Unexpected Name "x".')).toBeUndefined();
  });

  it('refuses a document of too many tokens as such', async () => {
    const fields = Array.from({ length: QUERY_LIMITS.maxTokens }, () => 'id').join(' ');
    const res = await app.gql(`{ me { ${fields} } }`, {}, sales);
    expect(res.errors?.[0]).toMatchObject({
      message: `The document has more than ${QUERY_LIMITS.maxTokens} tokens, over the limit`,
      extensions: { limit: 'TOKENS', max: QUERY_LIMITS.maxTokens, reason: 'GRAPHQL_PARSE_FAILED' },
    });
  });

  /** Every paged list of the schema callable without arguments. */
  const pagedLists = Object.values(publishedSchema().getQueryType()!.getFields()).filter(
    (field) =>
      field.args.some((arg) => arg.name === 'first') &&
      !field.args.some(isRequired) &&
      connectionNodes(getNamedType(field.type)) !== undefined,
  );

  it.each(pagedLists.map((field) => [field.name]))(
    '%s: a page size out of bounds in the document is refused naming `first`, before the cost limit',
    async (name) => {
      app.statements.length = 0;
      const huge = await app.gql(`{ ${name}(first: 100000) { totalCount } }`, {}, sales);
      // The argument first: the cost limit's refusal of the same document comes after it.
      expect(huge.errors?.[0]?.extensions).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'first',
        reason: 'AT_MOST',
        max: MAX_PAGE_SIZE,
      });
      const none = await app.gql(`{ ${name}(first: 0) { totalCount } }`, {}, sales);
      expect(none.errors?.[0]?.extensions).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'first',
        reason: 'AT_LEAST',
        min: 1,
      });
      // Refused while validating: nothing was read but the caller.
      expect(app.statements.filter((sql) => !/FROM "user"|api_token/.test(sql))).toEqual([]);
    },
  );

  it.each(pagedLists.map((field) => [field.name]))(
    '%s: a page size out of bounds in a variable is refused with the same reason as written inline',
    async (name) => {
      // Someone the access matrix lets call the list: the role check comes before the arguments.
      const grant = OPERATIONS[`Query.${name}` as keyof typeof OPERATIONS];
      const callers = ['SALES', 'ADMIN', 'FINANCE', 'MANAGER'] as const;
      const role =
        callers.find((r) => grant === 'PUBLIC' || (grant as readonly Role[]).includes(r)) ??
        'ADMIN';
      const token =
        role === 'SALES' ? sales : await app.login(`${role.toLowerCase()}@trident.demo`);
      const ask = (n: number) =>
        app.gql(`query($n: Int) { ${name}(first: $n) { totalCount } }`, { n }, token);
      // A variable is not seen while validating: the list's own rules refuse it, as the literal.
      expect((await ask(100000)).errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'first',
        reason: 'AT_MOST',
      });
      expect((await ask(0)).errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'first',
        reason: 'AT_LEAST',
      });
    },
  );

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
