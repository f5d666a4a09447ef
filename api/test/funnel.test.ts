import { startTestApp, type TestApp } from './support/test-app';

const SZ = '中国移动通信集团广东有限公司深圳分公司';
const NANJING = '国网江苏省电力有限公司南京供电分公司';

const FUNNEL = `query($f: FunnelFilter) { funnel(filter: $f) {
  currency totalDeals openAmount weightedOpenAmount
  stages { stage { code } reached amount weightedAmount currentCount currentAmount conversionToNext }
} }`;

interface Funnel {
  totalDeals: number;
  openAmount: string | null;
  weightedOpenAmount: string | null;
  stages: {
    stage: { code: string };
    reached: number;
    amount: string | null;
    weightedAmount: string | null;
    currentCount: number;
    currentAmount: string | null;
    conversionToNext: number | null;
  }[];
}

/**
 * A hand-made fixture whose funnel is worked out by hand below; the deals go in as rows
 * (the stage-move rules have their own tests) so that the history is exactly this.
 */
describe('funnel analytics from stage history', () => {
  let app: TestApp;
  let sales: string;
  let manager: string;
  let tech: string;
  let sales2Id: string;

  beforeAll(async () => {
    app = await startTestApp();
    [sales, manager, tech] = (await Promise.all(
      ['sales', 'manager', 'tech'].map((u) => app.login(`${u}@trident.demo`)),
    )) as [string, string, string];
    const users = new Map<string, string>(
      (await app.db.query('SELECT email, id FROM "user"')).map(
        (u: { email: string; id: string }) => [u.email, u.id],
      ),
    );
    sales2Id = users.get('sales2@trident.demo')!;
    const account = async (name: string) =>
      (await app.db.query('SELECT id FROM account WHERE name = $1', [name]))[0].id as string;
    const stageIds = new Map<string, string>(
      (await app.db.query('SELECT code, id FROM funnel_stage')).map(
        (s: { code: string; id: string }) => [s.code, s.id],
      ),
    );
    const sz = await account(SZ);
    const nj = await account(NANJING);
    const salesId = users.get('sales@trident.demo')!;
    // [owner, account, amount, currency, path]
    const fixture: [string, string, string, string, string[]][] = [
      [
        salesId,
        sz,
        '1000000',
        'CNY',
        ['PROSPECT', 'CONTACTED', 'NEED_FOUND', 'SOLUTION_MATCHED', 'WON'],
      ],
      [salesId, sz, '2000000', 'CNY', ['PROSPECT', 'CONTACTED', 'NEED_FOUND']],
      [salesId, sz, '500000', 'CNY', ['PROSPECT', 'CONTACTED', 'LOST']],
      [salesId, sz, '3000000', 'CNY', ['PROSPECT']],
      // Skips 25 %: it still counts there, having passed it.
      [salesId, sz, '4000000', 'CNY', ['PROSPECT', 'NEED_FOUND']],
      [salesId, sz, '9000000', 'USD', ['PROSPECT', 'CONTACTED']],
      [sales2Id, nj, '7000000', 'CNY', ['PROSPECT', 'CONTACTED', 'NEED_FOUND', 'SOLUTION_MATCHED']],
    ];
    for (const [i, [owner, accountId, amount, currency, path]] of fixture.entries()) {
      const created = new Date(Date.UTC(2026, 2, 1 + i));
      const last = stageIds.get(path[path.length - 1]!)!;
      const [{ id }] = await app.db.query(
        `INSERT INTO opportunity (account_id, name, amount, currency, stage_id, stage_entered_at, owner_id,
                                  created_by_id, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $7, $6) RETURNING id`,
        [accountId, `deal ${i + 1}`, amount, currency, last, created, owner],
      );
      let from: string | null = null;
      for (const [step, code] of path.entries()) {
        const to = stageIds.get(code)!;
        await app.db.query(
          `INSERT INTO stage_change (opportunity_id, from_stage_id, to_stage_id, actor_id, at)
           VALUES ($1, $2, $3, $4, $5)`,
          [id, from, to, owner, new Date(created.getTime() + step * 86_400_000)],
        );
        from = to;
      }
    }
  });
  afterAll(() => app.close());

  const funnel = async (token: string, f: Record<string, unknown> = {}) =>
    (await app.must<{ funnel: Funnel }>(FUNNEL, { f }, token)).funnel;

  it('equals the hand-computed funnel: a deal counts in every stage it passed', async () => {
    const f = await funnel(sales);
    expect(f.totalDeals).toBe(5);
    expect(f.openAmount).toBe('9000000.00');
    expect(f.weightedOpenAmount).toBe('3000000.00');
    expect(
      f.stages.map((s) => [
        s.stage.code,
        s.reached,
        s.amount,
        s.weightedAmount,
        s.currentCount,
        s.currentAmount,
        s.conversionToNext,
      ]),
    ).toEqual([
      ['PROSPECT', 5, '10500000.00', '0.00', 1, '3000000.00', 0.8],
      ['CONTACTED', 4, '7500000.00', '1875000.00', 0, '0.00', 0.75],
      ['NEED_FOUND', 3, '7000000.00', '3500000.00', 2, '6000000.00', 0.3333],
      ['SOLUTION_MATCHED', 1, '1000000.00', '750000.00', 0, '0.00', 1],
      ['WON', 1, '1000000.00', '1000000.00', 1, '1000000.00', null],
      ['LOST', 1, '500000.00', '0.00', 1, '500000.00', null],
    ]);
  });

  it("never counts deals the caller cannot see, even when asked for another owner's", async () => {
    const theirs = await funnel(sales, { ownerIds: [sales2Id] });
    expect(theirs.totalDeals).toBe(0);
    expect(theirs.stages.every((s) => s.reached === 0)).toBe(true);

    const team = await funnel(manager);
    expect(team.totalDeals).toBe(6);
    expect(team.stages.map((s) => s.reached)).toEqual([6, 5, 4, 2, 1, 1]);
  });

  it('filters by region, accounts, team, period and currency', async () => {
    expect((await funnel(manager, { region: 'Jiangsu' })).totalDeals).toBe(1);
    const [{ id: nj }] = await app.db.query('SELECT id FROM account WHERE name = $1', [NANJING]);
    expect((await funnel(manager, { accountIds: [nj] })).stages[3]!.reached).toBe(1);
    const [{ id: managerId }] = await app.db.query(
      `SELECT id FROM "user" WHERE email = 'manager@trident.demo'`,
    );
    expect((await funnel(manager, { teamOf: managerId })).totalDeals).toBe(6);
    expect((await funnel(manager, { period: '2026-Q1' })).totalDeals).toBe(6);
    expect((await funnel(manager, { period: '2026-Q2' })).totalDeals).toBe(0);
    const usd = await funnel(sales, { currency: 'USD' });
    expect([usd.totalDeals, usd.stages[1]!.amount]).toEqual([1, '9000000.00']);
    const bad = await app.gql(FUNNEL, { f: { period: '2026-Q5' } }, sales);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period' });
  });

  it('shows counts but not amounts to the solution team', async () => {
    const f = await funnel(tech);
    expect(f.openAmount).toBeNull();
    expect(f.stages[0]!.amount).toBeNull();
    expect(f.stages[0]!.reached).toBeGreaterThan(0);
  });

  it('answers in a fixed number of SQL statements', async () => {
    await funnel(manager);
    app.statements.length = 0;
    await funnel(manager);
    // The caller and the manager's line come from the credential cache after the first
    // request: the funnel itself (1) and the stages, once (1).
    expect(app.statements.length).toBe(2);
  });
});

describe('funnel diagnosis on the demo team', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ demoMaps: true });
  });
  afterAll(() => app.close());

  const DIAGNOSIS = `{ funnelDiagnosis {
    owner { email } teamSize deals weakness reading readingZh training weakStage { code }
    steps { stage { code } reached conversion teamMedian relative }
  } }`;
  type Row = {
    owner: { email: string };
    teamSize: number;
    weakness: string | null;
    reading: string | null;
    readingZh: string | null;
    training: string | null;
    weakStage: { code: string } | null;
    steps: { stage: { code: string }; relative: number | null }[];
  };

  it('names the planted weak steps: Ma Chao at 50 %, Lin Fang at 100 %', async () => {
    const token = await app.login('manager@trident.demo');
    const rows = (await app.must<{ funnelDiagnosis: Row[] }>(DIAGNOSIS, {}, token)).funnelDiagnosis;
    const by = new Map(rows.map((r) => [r.owner.email, r]));
    expect(by.get('sales4@trident.demo')).toMatchObject({
      weakness: 'DISCOVERY',
      weakStage: { code: 'NEED_FOUND' },
      reading: 'Needs discovery skills',
      teamSize: 4,
    });
    expect(by.get('sales4@trident.demo')!.training).toContain('SPIN');
    expect(by.get('sales5@trident.demo')).toMatchObject({
      weakness: 'NEGOTIATION',
      weakStage: { code: 'WON' },
    });
    expect(by.get('sales5@trident.demo')!.readingZh).toContain('谈判');
    expect(by.get('sales@trident.demo')!.weakness).toBeNull();
    expect(by.get('sales2@trident.demo')!.weakness).toBeNull();
    // sales3 reports to nobody: outside this manager's line.
    expect(by.has('sales3@trident.demo')).toBe(false);
  });

  it("shows a salesperson only their own row, against the team's medians", async () => {
    const token = await app.login('sales4@trident.demo');
    const rows = (await app.must<{ funnelDiagnosis: Row[] }>(DIAGNOSIS, {}, token)).funnelDiagnosis;
    expect(rows.map((r) => r.owner.email)).toEqual(['sales4@trident.demo']);
    expect(rows[0]!.weakness).toBe('DISCOVERY');
  });

  it('has a demo pipeline big enough to read: 300+ deals, history, visits, leads, plans', async () => {
    expect(await app.count('opportunity')).toBeGreaterThanOrEqual(300);
    expect(await app.count('stage_change')).toBeGreaterThan(await app.count('opportunity'));
    expect(await app.count('activity')).toBeGreaterThan(300);
    expect(await app.count('lead')).toBeGreaterThan(10);
    expect(await app.count('account_plan')).toBeGreaterThan(5);
    expect(await app.count('sales_target')).toBeGreaterThanOrEqual(5);
    const stalled = await app.must<{ stalledOpportunities: { totalCount: number } }>(
      '{ stalledOpportunities(days: 30) { totalCount } }',
      {},
      await app.login('manager@trident.demo'),
    );
    expect(stalled.stalledOpportunities.totalCount).toBeGreaterThan(0);
  });
});
