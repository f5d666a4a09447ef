import request from 'supertest';
import { getNamedType, isObjectType, type GraphQLField } from 'graphql';
import { compiledRuns } from '../src/graphql/compiled/compiled-execution';
import type { TridentServer } from '../src/server';
import {
  connectionNodes,
  isRequired,
  nodeSelection,
  publishedSchema,
} from './support/schema-selection';
import { createTestServer, startTestApp, type TestApp } from './support/test-app';

/**
 * Issue 19: queries run on the compiled executor (`graphql/compiled`), which resolves and
 * completes fields without graphql-js. It must answer byte for byte what graphql-js answers:
 * the same rows, the same nulls where a role may not read a field, the same key order, the
 * same serialised scalars; and where anything goes wrong (an error, a null the schema
 * forbids), graphql-js must answer, with its own errors. A second server on the same
 * database runs every operation on graphql-js (`GRAPHQL_EXECUTOR=graphql-js`) to compare.
 */
describe('the compiled executor answers what graphql-js answers', () => {
  const schema = publishedSchema();
  const queryType = schema.getQueryType()!;
  let app: TestApp;
  let reference: TridentServer;
  const tokens: Record<string, string> = {};
  const USERS = ['sales', 'sales2', 'tech', 'delivery', 'finance', 'manager', 'admin'];

  beforeAll(async () => {
    app = await startTestApp({ demoMaps: true });
    reference = await createTestServer(app.appDb, { GRAPHQL_EXECUTOR: 'graphql-js' });
    for (const user of USERS) tokens[user] = await app.login(`${user}@trident.demo`);
    tokens.bi = (
      await app.must<{ createApiToken: { token: string } }>(
        'mutation { createApiToken(input: { name: "compiled" }) { token } }',
        {},
        tokens.admin!,
      )
    ).createApiToken.token;
  });
  afterAll(async () => {
    await reference.stop();
    await app.close();
  });

  const post = async (
    server: TridentServer,
    query: string,
    variables: Record<string, unknown>,
    token?: string,
  ) => {
    const req = request(server.app).post('/graphql').set('content-type', 'application/json');
    if (token) req.set('authorization', `Bearer ${token}`);
    const res = await req.send({ query, variables });
    return { status: res.status, text: res.text };
  };

  /** Both answers, and whether the compiled executor answered (not graphql-js after it). */
  const both = async (query: string, variables: Record<string, unknown>, token?: string) => {
    const before = compiledRuns.answered;
    const compiled = await post(app.server, query, variables, token);
    const answered = compiledRuns.answered > before;
    const graphqlJs = await post(reference, query, variables, token);
    return { compiled, graphqlJs, answered };
  };

  /**
   * Equal answers, byte for byte, but for instants computed from the clock (a run's forecast
   * finish is now + what remains): those may differ by the milliseconds between the requests.
   */
  const expectSame = async (query: string, variables: Record<string, unknown>, token?: string) => {
    const result = await both(query, variables, token);
    expect(result.compiled.status).toBe(result.graphqlJs.status);
    expect(withinClock(result.compiled.text, result.graphqlJs.text)).toBe(result.graphqlJs.text);
    return result;
  };
  const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
  /** `text` with each instant within a minute of the reference's at the same place made equal. */
  const withinClock = (text: string, reference: string): string => {
    if (text === reference) return text;
    const align = (value: unknown, ref: unknown): unknown => {
      if (typeof value === 'string' && typeof ref === 'string' && INSTANT.test(value))
        return INSTANT.test(ref) && Math.abs(Date.parse(value) - Date.parse(ref)) < 60_000
          ? ref
          : value;
      if (Array.isArray(value) && Array.isArray(ref)) return value.map((v, i) => align(v, ref[i]));
      if (value && ref && typeof value === 'object' && typeof ref === 'object')
        return Object.fromEntries(
          Object.entries(value).map(([k, v]) => [k, align(v, (ref as Record<string, unknown>)[k])]),
        );
      return value;
    };
    // Apollo ends its answer with a newline, which JSON.stringify does not write.
    const end = text.endsWith('\n') ? '\n' : '';
    return JSON.stringify(align(JSON.parse(text), JSON.parse(reference))) + end;
  };

  /** Every root query callable without arguments, with each field of what it answers. */
  const selectionOf = (field: GraphQLField<unknown, unknown>): string => {
    const named = getNamedType(field.type);
    const nodes = connectionNodes(named);
    const first = field.args.some((arg) => arg.name === 'first') ? '(first: 10)' : '';
    if (nodes)
      return `${field.name}${first} { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { ${nodeSelection(nodes)} } }`;
    if (isObjectType(named)) return `${field.name}${first} { ${nodeSelection(named)} }`;
    return `${field.name}${first}`;
  };
  const roots = Object.values(queryType.getFields()).filter((f) => !f.args.some(isRequired));

  it('covers the root queries callable without arguments', () => {
    expect(roots.length).toBeGreaterThan(40);
  });

  const compiledFor: Record<string, string[]> = {};

  it.each(roots.map((field) => [field.name, field] as const))(
    '%s: same answer for every role and BI',
    async (name, field) => {
      const query = `{ ${selectionOf(field)} }`;
      for (const user of [...USERS, 'bi']) {
        const { compiled, answered } = await expectSame(query, {}, tokens[user]);
        const errors = (JSON.parse(compiled.text) as { errors?: unknown[] }).errors;
        // Only an answer with errors is left to graphql-js.
        if (!errors) expect({ name, user, answered }).toEqual({ name, user, answered: true });
        if (answered) (compiledFor[name] ??= []).push(user);
      }
    },
  );

  it('answers a signed-out query as graphql-js does (the gate refuses it)', async () => {
    await expectSame('{ opportunities(first: 3) { nodes { id } } }', {});
  });

  it('keeps aliases, fragments, literal directives, __typename, edges and variables', async () => {
    const query = `
      query Deals($first: Int!, $open: Boolean) {
        __typename
        mine: opportunities(first: $first, filter: { open: $open }) {
          __typename
          edges { cursor node { ...Deal } }
          pageInfo { endCursor hasNextPage }
        }
        all: opportunities(first: 2, orderBy: [{ field: NAME, direction: DESC }]) {
          nodes { id ... on Opportunity { name @include(if: true) amount @skip(if: true) { amount } } }
        }
      }
      fragment Deal on Opportunity {
        id name amount { amount currency } expectedCloseDate stage { nameEn probability }
        account { id name tier } owner { id email } nextStep { id title due status }
        last: recentActivities(first: 2) { id kind occurredAt }
        recentActivities { id summary }
      }`;
    for (const user of ['sales', 'tech', 'manager']) {
      const { answered } = await expectSame(query, { first: 4, open: true }, tokens[user]);
      expect(answered).toBe(true);
    }
  });

  it('leaves to graphql-js what goes wrong, with graphql-js errors', async () => {
    const before = compiledRuns.handedOver;
    // A nested argument out of range: the field's resolver refuses it, on one row or many.
    const nested = await expectSame(
      '{ opportunities(first: 3) { nodes { id recentActivities(first: 50) { id } } } }',
      {},
      tokens.sales,
    );
    expect(nested.answered).toBe(false);
    expect(nested.compiled.text).toContain('AT_MOST');
    // A root argument refused by its rules (a variable: a literal is refused while validating),
    // and a variable that does not coerce.
    await expectSame(
      'query($n: Int!) { activities(first: $n) { nodes { id } } }',
      { n: 5000 },
      tokens.bi,
    );
    await expectSame(
      'query($n: Int!) { activities(first: $n) { nodes { id } } }',
      { n: 'many' },
      tokens.bi,
    );
    expect(compiledRuns.handedOver).toBeGreaterThanOrEqual(before + 2);
  });

  it('does not compile a directive that depends on a variable, and answers the same', async () => {
    const query = 'query($x: Boolean!) { me { id name @include(if: $x) email @skip(if: $x) } }';
    for (const x of [true, false]) {
      const { answered } = await expectSame(query, { x }, tokens.sales);
      expect(answered).toBe(false);
    }
  });

  it('hides what a role may not read on every path it compiles', async () => {
    // Money by its type, through a deal, its account and a contract, for TECHNICAL.
    const query = `{
      opportunities(first: 5) { nodes { amount { amount } account { potential { amount } } } }
      contracts(first: 5) { nodes { amount { amount } } }
    }`;
    const { compiled, answered } = await expectSame(query, {}, tokens.tech);
    expect(answered).toBe(true);
    expect(compiled.text).not.toMatch(/"amount":"\d/);
  });
});
