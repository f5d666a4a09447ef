import { startTestApp, type TestApp } from './support/test-app';

/**
 * The statements each benchmark shape (docs/benchmarks.md) may run, so an N+1 cannot
 * come back unnoticed. Counted on the second request: the first one reads the caller's
 * credential, later ones find it in the credential cache, as a busy client does.
 */
describe('statement budget of the benchmark shapes', () => {
  let app: TestApp;
  let sales: string;
  let salesId: string;
  let bi: string;

  const measure = async <T>(query: string, variables: Record<string, unknown>, token: string) => {
    const warm = await app.gql(query, variables, token);
    expect(warm.errors).toBeUndefined();
    app.statements.length = 0;
    const res = await app.gql<T>(query, variables, token);
    expect(res.errors).toBeUndefined();
    return { statements: [...app.statements], data: res.data as T };
  };

  beforeAll(async () => {
    app = await startTestApp({ demoMaps: true });
    sales = await app.login('sales@trident.demo');
    const admin = await app.login('admin@trident.demo');
    [{ id: salesId }] = await app.db.query(
      `SELECT id FROM "user" WHERE email = 'sales@trident.demo'`,
    );
    bi = (
      await app.must<{ createApiToken: { token: string } }>(
        'mutation { createApiToken(input: { name: "budget" }) { token } }',
        {},
        admin,
      )
    ).createApiToken.token;
  });
  afterAll(() => app.close());

  it('Q1 sales dashboard: 20 open deals with account, next step and last 5 visits in ≤ 4', async () => {
    const { statements, data } = await measure<{
      opportunities: {
        nodes: {
          id: string;
          account: { name: string };
          nextStep: { id: string; due: string } | null;
          recentActivities: { id: string; occurredAt: string }[];
        }[];
      };
    }>(
      `query($me: ID!) { opportunities(first: 20, filter: { ownerIds: [$me], open: true },
                                       orderBy: [{ field: EXPECTED_CLOSE, direction: ASC }]) {
          nodes { id name amount { amount currency } account { id name } nextStep { id title due status }
                  recentActivities(first: 5) { id kind occurredAt summary } } } }`,
      { me: salesId },
      sales,
    );
    expect(statements.length).toBeLessThanOrEqual(4);
    const deals = data.opportunities.nodes;
    expect(deals.length).toBe(20);
    // The answers equal what SQL says, deal by deal.
    const ids = deals.map((d) => d.id);
    const recent: { opportunity_id: string; ids: string[] }[] = await app.db.query(
      `SELECT d.id AS opportunity_id,
              ARRAY(SELECT a.id::text FROM activity a WHERE a.opportunity_id = d.id
                     ORDER BY a.occurred_at DESC, a.id DESC LIMIT 5) AS ids
         FROM unnest($1::uuid[]) AS d(id)`,
      [ids],
    );
    const next: { opportunity_id: string; id: string }[] = await app.db.query(
      `SELECT DISTINCT ON (opportunity_id) opportunity_id, id FROM task
        WHERE opportunity_id = ANY($1::uuid[]) AND status NOT IN ('DONE', 'CANCELLED')
        ORDER BY opportunity_id, due, id`,
      [ids],
    );
    for (const deal of deals) {
      expect(deal.recentActivities.map((a) => a.id)).toEqual(
        recent.find((r) => r.opportunity_id === deal.id)?.ids,
      );
      expect(deal.nextStep?.id ?? null).toBe(
        next.find((n) => n.opportunity_id === deal.id)?.id ?? null,
      );
    }
    expect(deals.some((d) => d.recentActivities.length > 0)).toBe(true);
  });

  it('Q1 refuses more than 20 recent visits per deal', async () => {
    const res = await app.gql(
      '{ opportunities(first: 1) { nodes { recentActivities(first: 21) { id } } } }',
      {},
      sales,
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('Q2 org chart of the largest account with owners in ≤ 3', async () => {
    const [{ account_id: accountId, n }] = await app.db.query(
      `SELECT account_id, count(*)::int AS n FROM contact GROUP BY account_id ORDER BY 2 DESC LIMIT 1`,
    );
    const { statements, data } = await measure<{
      orgChart: { units: unknown[]; contacts: { createdAt: string }[]; influences: unknown[] };
    }>(
      `query($a: ID!) { orgChart(accountId: $a) {
          units { id name kind parentId }
          contacts { id name title level stance reportsToId orgUnitId createdAt relationshipOwner { id name } }
          influences { fromContactId toContactId strength } } }`,
      { a: accountId },
      bi,
    );
    expect(statements.length).toBeLessThanOrEqual(3);
    expect(data.orgChart.contacts).toHaveLength(n);
    expect(Number.isNaN(Date.parse(data.orgChart.contacts[0]!.createdAt))).toBe(false);
  });

  it('Q3 BI extract: one statement per page of 1,000', async () => {
    const query = `query($after: String) { activities(first: 1000, after: $after) {
        pageInfo { endCursor hasNextPage } nodes { id accountId opportunityId kind occurredAt summary } } }`;
    const first = await measure<{
      activities: { pageInfo: { endCursor: string; hasNextPage: boolean } };
    }>(query, { after: null }, bi);
    expect(first.statements).toHaveLength(1);
    const second = await measure(query, { after: first.data.activities.pageInfo.endCursor }, bi);
    expect(second.statements).toHaveLength(1);
    // A later page must be an index range scan in sort order — no sort of everything before
    // it — or page 900 costs 900 times page 1 (the plan, not a timing, is what is checked).
    const runner = app.db.createQueryRunner();
    try {
      await runner.query('SET enable_sort = off');
      const plan: { 'QUERY PLAN': string }[] = await runner.query(
        `EXPLAIN (GENERIC_PLAN) ${second.statements[0]}`,
      );
      const text = plan.map((line) => line['QUERY PLAN']).join('\n');
      expect(text).toMatch(/Index Scan Backward using activity_occurred_idx/);
      expect(text).not.toMatch(/Sort/);
    } finally {
      await runner.release();
    }
  });

  it('Q4 funnel for a quarter and a region: one statement', async () => {
    const [{ region, quarter }] = await app.db.query(
      `SELECT a.region, to_char(o.created_at AT TIME ZONE 'UTC', 'YYYY-"Q"Q') AS quarter
         FROM opportunity o JOIN account a ON a.id = o.account_id WHERE a.region IS NOT NULL
        GROUP BY 1, 2 ORDER BY count(*) DESC LIMIT 1`,
    );
    const { statements, data } = await measure<{ funnel: { totalDeals: number } }>(
      `query($p: Period!, $r: String!) { funnel(filter: { period: $p, region: $r }) {
          totalDeals stages { stageId reached amount conversionToNext } } }`,
      { p: quarter, r: region },
      bi,
    );
    expect(statements).toHaveLength(1);
    expect(data.funnel.totalDeals).toBeGreaterThan(0);
  });
});
