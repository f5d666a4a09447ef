import fc from 'fast-check';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * Hostile and random input to the pipeline and planning mutations: every answer is data
 * or a coded error (never a 500), and a refused mutation writes nothing.
 */
describe('pipeline mutations under random input', () => {
  let app: TestApp;
  let sales: string;
  let manager: string;
  let accountId: string;
  let dealId: string;
  let salesId: string;

  beforeAll(async () => {
    app = await startTestApp();
    sales = await app.login('sales@trident.demo');
    manager = await app.login('manager@trident.demo');
    [{ id: accountId }] = await app.db.query(
      `SELECT id FROM account WHERE name = '中国移动通信集团广东有限公司深圳分公司'`,
    );
    [{ id: salesId }] = await app.db.query(
      `SELECT id FROM "user" WHERE email = 'sales@trident.demo'`,
    );
    const deal = await app.must<{ createOpportunity: { id: string } }>(
      `mutation($a: ID!) { createOpportunity(input: { accountId: $a, name: "d", amount: { amount: "1", currency: "CNY" } }) { id } }`,
      { a: accountId },
      sales,
    );
    dealId = deal.createOpportunity.id;
  });
  afterAll(() => app.close());

  const hostile = fc.oneof(
    fc.string(),
    fc.constantFrom(
      '',
      ' ',
      "'; DROP TABLE opportunity; --",
      '-1',
      '1e99',
      'NaN',
      '9'.repeat(40),
      '\u0000',
    ),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.uuid(),
  );
  const maybe = <T>(value: fc.Arbitrary<T>) => fc.option(value, { nil: undefined });

  const TABLES = [
    'lead',
    'opportunity',
    'stage_change',
    'activity',
    'sales_target',
    'target_adjustment',
    'audit_event',
  ];
  const counts = async () => Promise.all(TABLES.map((t) => app.count(t)));

  const cases: [string, string, fc.Arbitrary<Record<string, unknown>>, () => string][] = [
    [
      'createLead',
      'mutation($input: CreateLeadInput!) { createLead(input: $input) { id } }',
      fc.record({
        input: fc.record({
          accountId: fc.oneof(fc.constant('ACCOUNT'), hostile),
          title: hostile,
          source: maybe(fc.constantFrom('REFERRAL', 'NOPE')),
          estimated: maybe(fc.record({ amount: hostile, currency: hostile })),
          budget: maybe(fc.record({ confirmed: fc.boolean(), note: maybe(hostile) })),
          authorityContactId: maybe(hostile),
        }),
      }),
      () => sales,
    ],
    [
      'createOpportunity',
      'mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id } }',
      fc.record({
        input: fc.record({
          accountId: fc.oneof(fc.constant('ACCOUNT'), hostile),
          name: hostile,
          amount: fc.record({ amount: hostile, currency: hostile }),
          expectedCloseDate: maybe(hostile),
          stageId: maybe(hostile),
          ownerId: maybe(hostile),
          team: maybe(
            fc.array(fc.record({ userId: hostile, teamRole: fc.constantFrom('AR', 'SR', 'XX') }), {
              maxLength: 3,
            }),
          ),
          competitors: maybe(
            fc.array(fc.record({ name: hostile, strengths: maybe(hostile) }), { maxLength: 3 }),
          ),
        }),
      }),
      () => sales,
    ],
    [
      'moveOpportunity',
      'mutation($id: ID!, $s: ID!, $v: Int!, $n: String, $c: Decimal) { moveOpportunity(id: $id, stageId: $s, version: $v, note: $n, contractAmount: $c) { id } }',
      fc.record({
        id: fc.oneof(fc.constant('DEAL'), hostile),
        s: hostile,
        v: fc.oneof(fc.integer(), hostile),
        n: maybe(hostile),
        c: maybe(hostile),
      }),
      () => sales,
    ],
    [
      'createActivity',
      'mutation($input: CreateActivityInput!) { createActivity(input: $input) { id } }',
      fc.record({
        input: fc.record({
          accountId: fc.oneof(fc.constant('ACCOUNT'), hostile),
          kind: fc.constantFrom('VISIT', 'DINNER', 'PARTY'),
          occurredAt: fc.oneof(
            hostile,
            fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
          ),
          summary: hostile,
          participantIds: maybe(fc.array(hostile, { maxLength: 3 })),
          contactIds: maybe(fc.array(hostile, { maxLength: 3 })),
        }),
      }),
      () => sales,
    ],
    [
      'adjustTarget',
      'mutation($u: ID!, $p: Period!, $v: Decimal!, $r: String!) { adjustTarget(userId: $u, period: $p, newValue: $v, reason: $r) { flagged } }',
      fc.record({ u: fc.oneof(fc.constant('SALES'), hostile), p: hostile, v: hostile, r: hostile }),
      () => manager,
    ],
  ];

  it.each(cases)(
    '%s answers data or a coded error, and a refusal writes nothing',
    async (_name, query, arb, token) => {
      await fc.assert(
        fc.asyncProperty(arb, async (raw) => {
          const variables = JSON.parse(
            JSON.stringify(raw)
              .replaceAll('"ACCOUNT"', JSON.stringify(accountId))
              .replaceAll('"DEAL"', JSON.stringify(dealId))
              .replaceAll('"SALES"', JSON.stringify(salesId)),
          );
          const before = await counts();
          const res = await app.gql(query, variables, token());
          expect(res.status).toBeLessThan(500);
          if (res.errors) {
            for (const error of res.errors) {
              expect(error.extensions.code).toMatch(
                /^(BAD_USER_INPUT|NOT_FOUND|FORBIDDEN|CONFLICT|GRAPHQL_VALIDATION_FAILED|BAD_REQUEST)$/,
              );
            }
            expect(await counts()).toEqual(before);
          }
        }),
        { numRuns: 60 },
      );
    },
  );
});
