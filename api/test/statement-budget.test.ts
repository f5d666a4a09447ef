import { OPERATIONS, PUBLIC, type Role } from '@trident/domain';
import { getNamedType, isObjectType, type GraphQLObjectType } from 'graphql';
import {
  connectionNodes,
  isRequired,
  nodeSelection,
  publishedSchema,
} from './support/schema-selection';
import { auditSnapshot } from '../src/modules/audit/audit.service';
import { Opportunity } from '../src/modules/pipeline/opportunity.entity';
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

  it('Q1 sales dashboard: 20 open deals with account, next step and last 5 visits in one statement', async () => {
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
    // The relations are planned into the page's statement (issue 19); the scope is cached.
    expect(statements.length).toBe(1);
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

  it("an account's timeline, its total and its visibility in one statement; the accounts list with owners in two", async () => {
    const [{ account_id: accountId }] = await app.db.query(
      `SELECT v.account_id FROM activity v
         JOIN account_team_member m ON m.account_id = v.account_id AND m.user_id = $1
        GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
      [salesId],
    );
    const timeline = await measure<{ timeline: { totalCount: number; nodes: unknown[] } }>(
      `query($a: ID!) { timeline(accountId: $a, first: 5) { totalCount nodes { id kind at } } }`,
      { a: accountId },
      sales,
    );
    expect(timeline.statements).toHaveLength(1);
    expect(timeline.data.timeline.nodes.length).toBeGreaterThan(0);
    expect(timeline.data.timeline.totalCount).toBeGreaterThanOrEqual(
      timeline.data.timeline.nodes.length,
    );
    const accounts = await measure<{ accounts: { totalCount: number } }>(
      `{ accounts(first: 25) { totalCount nodes { id name owner { id name } ownerId } } }`,
      {},
      sales,
    );
    expect(accounts.statements).toHaveLength(2);
    expect(accounts.data.accounts.totalCount).toBeGreaterThan(0);
  });

  it('Q1 refuses more than 20 recent visits per deal', async () => {
    const res = await app.gql(
      '{ opportunities(first: 1) { nodes { recentActivities(first: 21) { id } } } }',
      {},
      sales,
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('Q2 org chart of the largest account with owners in one statement', async () => {
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
    // The visibility check and the owners are part of the chart's statement (issue 19).
    expect(statements.length).toBe(1);
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

  it("Q5 a deal's owner moves it a stage back and forward: version check, criteria, history and audit in 2", async () => {
    // An open deal of sales@ past its first stage, whose stage's criteria hold (it got there).
    const [deal] = await app.db.query(
      `SELECT o.id, o.version, o.stage_id, prev.id AS back_id
         FROM opportunity o JOIN funnel_stage s ON s.id = o.stage_id
         JOIN LATERAL (SELECT p.id FROM funnel_stage p
                        WHERE p.position < s.position AND NOT p.is_lost AND p.active
                        ORDER BY p.position DESC LIMIT 1) prev ON true
        WHERE o.owner_id = $1 AND NOT s.is_won AND NOT s.is_lost
        ORDER BY o.id LIMIT 1`,
      [salesId],
    );
    const MOVE = `mutation($id: ID!, $s: ID!, $v: Int!) {
      moveOpportunity(id: $id, stageId: $s, version: $v) { id version stageEnteredAt } }`;
    const counts: number[] = [];
    let version = deal.version as number;
    for (const stage of [deal.back_id, deal.stage_id, deal.back_id, deal.stage_id]) {
      app.statements.length = 0;
      const res = await app.gql<{ moveOpportunity: { version: number } }>(
        MOVE,
        { id: deal.id, s: stage, v: version },
        sales,
      );
      expect(res.errors).toBeUndefined();
      const [{ stage_id: now }] = await app.db.query(
        'SELECT stage_id FROM opportunity WHERE id = $1',
        [deal.id],
      );
      expect(now).toBe(stage);
      version = res.data!.moveOpportunity.version;
      counts.push(app.statements.length);
    }
    // The read of the deal, with the caller's rights, the stages and the entry criteria; the
    // update guarded by the version, returning the row, with its history row and its audit
    // event — one statement, so no BEGIN and no COMMIT. (The first may also read the caller's
    // credential, when the cache has let it go.)
    expect(counts.slice(1)).toEqual([2, 2, 2]);
    expect(counts[0]).toBeLessThanOrEqual(3);
    // The audit event written in that statement is the row as written, as `record` would have it.
    const [event] = await app.db.query(
      `SELECT actor_id, actor_kind, before, after FROM audit_event
        WHERE entity = 'Opportunity' AND entity_id = $1 AND action = 'opportunity.move'
        ORDER BY id DESC LIMIT 1`,
      [deal.id],
    );
    const written = await app.db.getRepository(Opportunity).findOneByOrFail({ id: deal.id });
    expect(event.after).toEqual(auditSnapshot(written));
    expect(event.before.version).toBe(version - 1);
    expect(event).toMatchObject({ actor_id: salesId, actor_kind: 'USER' });
    const [{ moves }] = await app.db.query(
      'SELECT count(*)::int AS moves FROM stage_change WHERE opportunity_id = $1',
      [deal.id],
    );
    expect(moves).toBeGreaterThanOrEqual(4);
  });
});

/**
 * Every list shape, generated from the committed schema: each list query with every field of
 * its node that takes no required argument (relations one level deep, with their id), asked
 * for 5 rows and for 50. With every relation through a DataLoader the two cost the same
 * statements; a relation resolved once per parent makes the 50-row answer cost 45 more.
 * Lists the schema does not page (`handovers`) are measured with 5 and with 55 rows in the
 * database instead.
 */
describe('statement budget of every list shape', () => {
  const schema = publishedSchema();
  const queryType = schema.getQueryType()!;

  /** Relation fields of the node (object or list of objects): what the shape exercises. */
  const relationsOf = (node: GraphQLObjectType) =>
    Object.values(node.getFields())
      .filter((f) => !f.args.some(isRequired) && isObjectType(getNamedType(f.type)))
      .map((f) => f.name);

  /**
   * Lists whose answer is not a page of records to lay out with their relations: the
   * full-text search (its hits are a union of kinds, one statement per kind by design) and
   * lists that need arguments no schema default gives.
   */
  const paged = Object.values(queryType.getFields()).filter(
    (field) =>
      field.args.some((arg) => arg.name === 'first') &&
      !field.args.some(isRequired) &&
      connectionNodes(getNamedType(field.type)) !== undefined,
  );

  /**
   * Lists the demo data holds fewer than 50 rows of (as ADMIN sees them): their shape is
   * run and must not grow from 5 rows to all of them, but that is not yet a proof at 50.
   * Each one here is a gap to close with fixture rows, not a pass.
   */
  const THIN = new Set([
    'accounts', // 42 accounts
    'claimAttempts', // none in the demo
    'auditEvents', // one (the token made above)
    'contracts', // 36
    'surveyInvitations', // 36 links sent in the demo
    'coverageByAccount', // one row per account: 42
    'deliveries', // none
    'outbox', // none for ADMIN
    'notifications', // none for ADMIN
    'feedbacks', // 7
    'users', // 13
    'leads', // 24
    'accountPlans', // 34
    'salesTargets', // 5
    'targetAdjustments', // 5
    'processTemplates', // 42
    'blockedSteps', // 2
    'resourceRequests', // 4
    'renewals', // 6
  ]);

  // Lists of at least 50 parents with children are made here where the demo has fewer.
  const FIXTURE_PARENTS = 55;

  let app: TestApp;
  let tokens: Partial<Record<Role, string>>;
  const rows: {
    shape: string;
    role: string;
    rows5: number;
    rows50: number;
    s5: number;
    s50: number;
  }[] = [];

  const measure = async (query: string, token: string) => {
    const warm = await app.gql(query, {}, token);
    app.statements.length = 0;
    const res = await app.gql<Record<string, { nodes?: unknown[] } | unknown[]>>(query, {}, token);
    return { warm, res, statements: app.statements.length };
  };

  /** The caller who sees the most: ADMIN, else BI, else another role the matrix allows. */
  const callerFor = (key: string): Role | undefined => {
    const grant = (OPERATIONS as Record<string, readonly Role[] | typeof PUBLIC>)[key];
    if (grant === undefined) return undefined;
    if (grant === PUBLIC) return 'ADMIN';
    return (['ADMIN', 'BI', 'FINANCE', 'MANAGER', 'SALES'] as const).find((r) => grant.includes(r));
  };

  beforeAll(async () => {
    app = await startTestApp({ demoMaps: true });
    const admin = await app.login('admin@trident.demo');
    const bi = (
      await app.must<{ createApiToken: { token: string } }>(
        'mutation { createApiToken(input: { name: "shapes" }) { token } }',
        {},
        admin,
      )
    ).createApiToken.token;
    tokens = {
      ADMIN: admin,
      BI: bi,
      FINANCE: await app.login('finance@trident.demo'),
      MANAGER: await app.login('manager@trident.demo'),
      SALES: await app.login('sales@trident.demo'),
    };
    // 55 work plans of two tasks each, on the demo's accounts (the demo has a few plans).
    await app.db.query(
      `WITH plans AS (
         INSERT INTO work_plan (account_id, name, created_by_id)
         SELECT a.id, 'Budget plan ' || n, (SELECT id FROM "user" WHERE email = 'sales@trident.demo')
           FROM generate_series(1, $1) AS n
           JOIN LATERAL (SELECT id FROM account ORDER BY name OFFSET (n % 20) LIMIT 1) a ON true
         RETURNING id, account_id)
       INSERT INTO task (account_id, plan_id, title, due, requester_id, assignee_id)
       SELECT p.account_id, p.id, 'Budget task ' || k, now() + k * interval '1 day',
              (SELECT id FROM "user" WHERE email = 'sales@trident.demo'),
              (SELECT id FROM "user" WHERE email = 'tech@trident.demo')
         FROM plans p CROSS JOIN generate_series(1, 2) AS k`,
      [FIXTURE_PARENTS],
    );
  });
  afterAll(async () => {
    // What was measured, for docs/benchmarks.md and the reader of a failure.
    process.stdout.write(
      `${rows.map((r) => `${r.shape} as ${r.role}: ${r.rows5}→${r.rows50} rows, ${r.s5}→${r.s50} statements`).join('\n')}\n`,
    );
    await app.close();
  });

  it('covers every paged list of the schema', () => {
    expect(paged.map((f) => f.name)).toEqual(
      expect.arrayContaining(['workPlans', 'tasks', 'opportunities', 'accounts', 'processRuns']),
    );
  });

  it.each(paged.map((field) => [field.name]))(
    '%s: 50 rows with their relations cost the statements 5 rows do',
    async (name) => {
      const field = queryType.getFields()[name]!;
      const node = connectionNodes(getNamedType(field.type))!;
      const role = callerFor(`Query.${name}`);
      expect(role).toBeDefined();
      const token = tokens[role!]!;
      const doc = (first: number) =>
        `{ ${name}(first: ${first}) { nodes { ${nodeSelection(node)} } } }`;
      const five = await measure(doc(5), token);
      const fifty = await measure(doc(50), token);
      expect(five.res.errors).toBeUndefined();
      expect(fifty.res.errors).toBeUndefined();
      const count = (res: typeof five.res) =>
        ((res.data?.[name] as { nodes: unknown[] } | undefined)?.nodes ?? []).length;
      rows.push({
        shape: `${name} { ${relationsOf(node).join(' ')} }`,
        role: role!,
        rows5: count(five.res),
        rows50: count(fifty.res),
        s5: five.statements,
        s50: fifty.statements,
      });
      // A loader runs only for rows that have something to load (a task's deal; a deal's
      // chain reads steps only when it has runs): a relation none of the first 5 rows needs
      // costs its one batch only on the 50-row page. So each relation may add at most one
      // statement between 5 and 50 rows — far below the 45 a relation read once per row adds.
      expect(fifty.statements).toBeLessThanOrEqual(five.statements + relationsOf(node).length);
      expect(fifty.statements).toBeGreaterThanOrEqual(five.statements);
      // The demo (with the work plans made above) has 50 rows of this list, or it is one of
      // the thin lists named below: a shape measured on 5 rows proves nothing about 50.
      if (!THIN.has(name)) {
        expect(count(fifty.res)).toBe(50);
        expect(fifty.statements - five.statements).toBeLessThan(45);
      }
    },
  );

  it('handovers: 55 with their items cost the statements 5 do', async () => {
    const query = `{ handovers { ${nodeSelection(schema.getType('Handover') as GraphQLObjectType)} } }`;
    const users: { id: string }[] = await app.db.query(
      `SELECT id FROM "user" WHERE email LIKE '%@trident.demo' ORDER BY email LIMIT 2`,
    );
    const [from, to] = users.map((u) => u.id);
    const add = async (n: number) =>
      app.db.query(
        `WITH h AS (
           INSERT INTO handover (from_user_id, to_user_id, status, started_by_id, done_at)
           SELECT $1, $2, 'DONE', $2, now() FROM generate_series(1, $3) RETURNING id)
         INSERT INTO task (account_id, handover_id, kind, title, due, requester_id, assignee_id, status)
         SELECT (SELECT id FROM account ORDER BY name LIMIT 1), h.id, 'HANDOVER', 'Budget item ' || k,
                now(), $2, $2, 'DONE'
           FROM h CROSS JOIN generate_series(1, 2) AS k`,
        [from, to, n],
      );
    const existing = await app.count('handover');
    await add(Math.max(0, 5 - existing));
    const five = await measure(query, tokens.ADMIN!);
    await add(50);
    const many = await measure(query, tokens.ADMIN!);
    expect(five.res.errors).toBeUndefined();
    expect(many.res.errors).toBeUndefined();
    const items = (res: typeof five.res) => res.data?.handovers as { items: unknown[] }[];
    expect(items(five.res).length).toBeGreaterThanOrEqual(5);
    expect(items(many.res).length).toBeGreaterThanOrEqual(55);
    expect(items(many.res).filter((h) => h.items.length > 0).length).toBeGreaterThanOrEqual(50);
    rows.push({
      shape: `handovers { ${relationsOf(schema.getType('Handover') as GraphQLObjectType).join(' ')} }`,
      role: 'ADMIN',
      rows5: items(five.res).length,
      rows50: items(many.res).length,
      s5: five.statements,
      s50: many.statements,
    });
    expect(many.statements).toBe(five.statements);
  });

  it('work plans: 50 plans answer their own tasks, as SQL says', async () => {
    const res = await app.must<{ workPlans: { nodes: { id: string; tasks: { id: string }[] }[] } }>(
      '{ workPlans(first: 50) { nodes { id tasks { id } } } }',
      {},
      tokens.ADMIN!,
    );
    const plans = res.workPlans.nodes;
    expect(plans.length).toBe(50);
    const sql: { plan_id: string; ids: string[] }[] = await app.db.query(
      `SELECT p.id AS plan_id,
              ARRAY(SELECT t.id::text FROM task t WHERE t.plan_id = p.id ORDER BY t.due, t.id) AS ids
         FROM unnest($1::uuid[]) AS p(id)`,
      [plans.map((p) => p.id)],
    );
    for (const plan of plans)
      expect(plan.tasks.map((t) => t.id)).toEqual(sql.find((r) => r.plan_id === plan.id)?.ids);
    expect(plans.filter((p) => p.tasks.length > 0).length).toBe(50);
  });
});
