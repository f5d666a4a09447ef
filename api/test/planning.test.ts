import { startTestApp, type TestApp } from './support/test-app';

const SZ = '中国移动通信集团广东有限公司深圳分公司';
const NANJING = '国网江苏省电力有限公司南京供电分公司';

const SET = `mutation($input: SetSalesTargetInput!) {
  setSalesTarget(input: $input) { flagged target { id revenue version } adjustment { fromRevenue toRevenue wonAtChange flagged } }
}`;
const ADJUST = `mutation($u: ID!, $p: Period!, $v: Decimal!, $r: String!) {
  adjustTarget(userId: $u, period: $p, newValue: $v, reason: $r) {
    flagged target { revenue } adjustment { fromRevenue toRevenue wonAtChange reason flagged actor { email } }
  }
}`;
const COVERAGE = `query($p: Period!) { pipelineCoverage(period: $p) {
  byOwner { owner { email } target won remaining pipeline weightedPipeline coverage weightedCoverage riskMargin belowMargin }
  byAccount { account { name } target won pipeline coverage belowMargin }
} }`;

describe('planning: targets, adjustments, pipeline coverage, account plans, matrix', () => {
  let app: TestApp;
  let sales: string;
  let sales2: string;
  let manager: string;
  let admin: string;
  let tech: string;
  const id: Record<string, string> = {};
  let sz: string;
  let nj: string;
  let stage: Record<string, string>;

  beforeAll(async () => {
    app = await startTestApp();
    [sales, sales2, manager, admin, tech] = (await Promise.all(
      ['sales', 'sales2', 'manager', 'admin', 'tech'].map((u) => app.login(`${u}@trident.demo`)),
    )) as [string, string, string, string, string];
    for (const u of await app.db.query('SELECT email, id FROM "user"'))
      id[u.email.split('@')[0]] = u.id;
    [{ id: sz }] = await app.db.query('SELECT id FROM account WHERE name = $1', [SZ]);
    [{ id: nj }] = await app.db.query('SELECT id FROM account WHERE name = $1', [NANJING]);
    stage = Object.fromEntries(
      (await app.db.query('SELECT code, id FROM funnel_stage')).map(
        (s: { code: string; id: string }) => [s.code, s.id],
      ),
    );
  });
  afterAll(() => app.close());

  /** A deal as a row: [owner, account, amount, stage, expected close, closed at, contract]. */
  const deal = async (
    owner: string,
    accountId: string,
    amount: string,
    code: string,
    expectedClose: string | null,
    closedAt: string | null = null,
    contract: string | null = null,
  ) => {
    await app.db.query(
      `INSERT INTO opportunity (account_id, name, amount, currency, stage_id, owner_id, created_by_id,
                                expected_close_date, closed_at, contract_amount)
       VALUES ($1, 'deal', $2, 'CNY', $3, $4, $4, $5, $6, $7)`,
      [accountId, amount, stage[code], owner, expectedClose, closedAt, contract],
    );
  };

  describe('sales targets', () => {
    it('keeps every change and flags a rise for someone already ahead of plan', async () => {
      // 2025 is over: ahead of plan means won at least the whole target.
      await deal(id.sales!, sz, '6000000', 'WON', '2025-06-30', '2025-06-30T00:00:00Z', '5000000');
      const first = await app.must<{
        setSalesTarget: { flagged: boolean; adjustment: { fromRevenue: string | null } };
      }>(
        SET,
        { input: { userId: id.sales, period: '2025', revenue: '4000000', reason: '年度目标' } },
        manager,
      );
      expect(first.setSalesTarget.flagged).toBe(false);
      expect(first.setSalesTarget.adjustment.fromRevenue).toBeNull();

      const rise = await app.must<{
        adjustTarget: {
          flagged: boolean;
          target: { revenue: string };
          adjustment: { fromRevenue: string; wonAtChange: string; actor: { email: string } };
        };
      }>(ADJUST, { u: id.sales, p: '2025', v: '6000000', r: '市场向好' }, manager);
      expect(rise.adjustTarget).toMatchObject({
        flagged: true,
        target: { revenue: '6000000.00' },
        adjustment: {
          fromRevenue: '4000000.00',
          wonAtChange: '5000000.00',
          actor: { email: 'manager@trident.demo' },
        },
      });

      // A cut is never flagged; nor is a rise for someone behind plan.
      const cut = await app.must<{ adjustTarget: { flagged: boolean } }>(
        ADJUST,
        { u: id.sales, p: '2025', v: '5500000', r: '项目延期' },
        manager,
      );
      expect(cut.adjustTarget.flagged).toBe(false);
      await app.must(
        SET,
        { input: { userId: id.sales2, period: '2025', revenue: '1000000', reason: '年度目标' } },
        admin,
      );
      const behind = await app.must<{ adjustTarget: { flagged: boolean } }>(
        ADJUST,
        { u: id.sales2, p: '2025', v: '2000000', r: '新区域' },
        admin,
      );
      expect(behind.adjustTarget.flagged).toBe(false);

      const history = await app.must<{
        salesTargets: { nodes: { adjustments: { toRevenue: string; flagged: boolean }[] }[] };
      }>(
        'query($u: ID!) { salesTargets(filter: { userId: $u, period: "2025" }) { nodes { adjustments { toRevenue flagged } } } }',
        { u: id.sales },
        manager,
      );
      expect(history.salesTargets.nodes[0]!.adjustments).toEqual([
        { toRevenue: '4000000.00', flagged: false },
        { toRevenue: '6000000.00', flagged: true },
        { toRevenue: '5500000.00', flagged: false },
      ]);
    });

    it("shows the flag to the owner's manager, not to a colleague", async () => {
      const query =
        '{ targetAdjustments(filter: { flagged: true }) { totalCount nodes { user { email } reason } } }';
      const mine = await app.must<{ targetAdjustments: { totalCount: number } }>(
        query,
        {},
        manager,
      );
      expect(mine.targetAdjustments.totalCount).toBe(1);
      const theirs = await app.must<{ targetAdjustments: { totalCount: number } }>(
        query,
        {},
        sales2,
      );
      expect(theirs.targetAdjustments.totalCount).toBe(0);
    });

    it('lets only managers (for their line) and admins set targets, with a reason', async () => {
      const bySales = await app.gql(ADJUST, { u: id.sales, p: '2025', v: '1', r: 'x' }, sales);
      expect(bySales.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      const own = await app.gql(
        SET,
        { input: { userId: id.manager, period: '2025', revenue: '1', reason: 'x' } },
        manager,
      );
      expect(own.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      const outside = await app.gql(
        SET,
        { input: { userId: id.sales3, period: '2025', revenue: '1', reason: 'x' } },
        manager,
      );
      expect(outside.errors?.[0]?.extensions).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'OUTSIDE_REPORTING_LINE',
        field: 'userId',
      });
      const noReason = await app.gql(ADJUST, { u: id.sales, p: '2025', v: '1', r: ' ' }, manager);
      expect(noReason.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'reason',
      });
      const badPeriod = await app.gql(ADJUST, { u: id.sales, p: '25', v: '1', r: 'x' }, manager);
      expect(badPeriod.errors?.[0]?.extensions.field).toBe('period');
      const missing = await app.gql(ADJUST, { u: id.sales, p: '2031', v: '1', r: 'x' }, manager);
      expect(missing.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    });
  });

  describe('pipeline coverage', () => {
    beforeAll(async () => {
      // 2030: sales has 12 M open at 50 % against a 10 M target (1.2× < 3×); sales2 has
      // 5 M against 1 M (5×). A lost deal and one closing in 2031 do not count.
      await deal(id.sales!, sz, '12000000', 'NEED_FOUND', '2030-05-01');
      await deal(id.sales!, sz, '9000000', 'LOST', '2030-05-01', '2030-01-01T00:00:00Z');
      await deal(id.sales!, sz, '9000000', 'NEED_FOUND', '2031-05-01');
      await deal(id.sales2!, nj, '5000000', 'CONTACTED', '2030-09-01');
      for (const [user, revenue] of [
        [id.sales, '10000000'],
        [id.sales2, '1000000'],
      ])
        await app.must(
          SET,
          { input: { userId: user, period: '2030', revenue, reason: '规划' } },
          manager,
        );
      for (const [accountId, target] of [
        [sz, '2000000'],
        [nj, '4000000'],
      ])
        await app.must(
          `mutation($a: ID!, $t: Decimal!) { createAccountPlan(input: { accountId: $a, period: "2030", targetAmount: $t }) { id } }`,
          { a: accountId, t: target },
          admin,
        );
    });

    it('flags owners and accounts below the risk margin', async () => {
      const res = await app.must<{
        pipelineCoverage: {
          byOwner: Record<string, unknown>[];
          byAccount: { account: { name: string }; coverage: number; belowMargin: boolean }[];
        };
      }>(COVERAGE, { p: '2030' }, manager);
      expect(res.pipelineCoverage.byOwner).toEqual([
        {
          owner: { email: 'sales@trident.demo' },
          target: '10000000.00',
          won: '0.00',
          remaining: '10000000.00',
          pipeline: '12000000.00',
          weightedPipeline: '6000000.00',
          coverage: 1.2,
          weightedCoverage: 0.6,
          riskMargin: 3,
          belowMargin: true,
        },
        {
          owner: { email: 'sales2@trident.demo' },
          target: '1000000.00',
          won: '0.00',
          remaining: '1000000.00',
          pipeline: '5000000.00',
          weightedPipeline: '1250000.00',
          coverage: 5,
          weightedCoverage: 1.25,
          riskMargin: 3,
          belowMargin: false,
        },
      ]);
      expect(
        res.pipelineCoverage.byAccount.map((l) => [l.account.name, l.coverage, l.belowMargin]),
      ).toEqual([
        [NANJING, 1.25, true],
        [SZ, 6, false],
      ]);
    });

    it('counts only what the caller may see: a salesperson gets their own line', async () => {
      const res = await app.must<{
        pipelineCoverage: { byOwner: { owner: { email: string } }[]; byAccount: unknown[] };
      }>(COVERAGE, { p: '2030' }, sales);
      expect(res.pipelineCoverage.byOwner.map((l) => l.owner.email)).toEqual([
        'sales@trident.demo',
      ]);
      expect(res.pipelineCoverage.byAccount).toHaveLength(1);
    });
  });

  describe('account plans', () => {
    it('refuses a plan naming one product twice, and writes nothing', async () => {
      const before = await app.count('account_plan');
      const res = await app.gql(
        `mutation($input: CreateAccountPlanInput!) { createAccountPlan(input: $input) { id } }`,
        {
          input: {
            accountId: sz,
            period: '2031',
            targetAmount: '8000000',
            productTargets: [
              { product: '5G', amount: '1' },
              { product: ' 5g ', amount: '2' },
            ],
          },
        },
        sales,
      );
      expect(res.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'productTargets',
      });
      expect(await app.count('account_plan')).toBe(before);
    });

    it('gives a milestone only to someone who may see the customer, and writes nothing otherwise', async () => {
      const before = await app.count('account_plan');
      const res = await app.gql(
        `mutation($input: CreateAccountPlanInput!) { createAccountPlan(input: $input) { id } }`,
        {
          input: {
            accountId: sz,
            period: '2032',
            targetAmount: '1',
            milestones: [
              { task: 'a', ownerId: id.sales, due: '2032-03-01' },
              { task: 'b', ownerId: id.sales2, due: '2032-04-01' },
            ],
          },
        },
        sales,
      );
      expect(res.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'milestones.1.ownerId',
        reason: 'NOT_ON_ACCOUNT_TEAM',
      });
      expect(await app.count('account_plan')).toBe(before);
    });

    it('keeps one plan per account and period, with milestones; amounts hidden from the solution team', async () => {
      const create = `mutation($input: CreateAccountPlanInput!) { createAccountPlan(input: $input) {
        id version period riskMargin quadrant target { amount } milestones { task due owner { email } floorTarget done } } }`;
      const plan = await app.must<{
        createAccountPlan: {
          id: string;
          version: number;
          milestones: unknown[];
          riskMargin: number;
        };
      }>(
        create,
        {
          input: {
            accountId: sz,
            period: '2027',
            targetAmount: '8000000',
            riskMargin: 2.5,
            intelligenceSummary: '5G 专网投资加大',
            productTargets: [{ product: '5G', amount: '5000000' }],
            milestones: [
              { task: '高层拜访', ownerId: id.manager, due: '2027-03-31' },
              { task: '框架签约', ownerId: id.sales, due: '2027-11-30', floorTarget: '3000000' },
            ],
          },
        },
        sales,
      );
      expect(plan.createAccountPlan.riskMargin).toBe(2.5);
      expect(plan.createAccountPlan.milestones).toEqual([
        {
          task: '高层拜访',
          due: '2027-03-31',
          owner: { email: 'manager@trident.demo' },
          floorTarget: null,
          done: false,
        },
        {
          task: '框架签约',
          due: '2027-11-30',
          owner: { email: 'sales@trident.demo' },
          floorTarget: '3000000.00',
          done: false,
        },
      ]);
      const twice = await app.gql(
        create,
        { input: { accountId: sz, period: '2027', targetAmount: '1' } },
        sales,
      );
      expect(twice.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'period' });
      const badMargin = await app.gql(
        create,
        { input: { accountId: sz, period: '2028', targetAmount: '1', riskMargin: 0.5 } },
        sales,
      );
      expect(badMargin.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'riskMargin',
      });
      const byTech = await app.must<{
        accountPlan: { target: unknown; milestones: { floorTarget: unknown }[] };
      }>(
        'query($id: ID!) { accountPlan(id: $id) { target { amount } milestones { floorTarget } } }',
        { id: plan.createAccountPlan.id },
        tech,
      );
      expect(byTech.accountPlan.target).toBeNull();
      expect(byTech.accountPlan.milestones.map((m) => m.floorTarget)).toEqual([null, null]);
      const bySales2 = await app.gql(
        'mutation($id: ID!) { updateAccountPlan(id: $id, version: 1, input: { strategy: "x" }) { id } }',
        { id: plan.createAccountPlan.id },
        sales2,
      );
      expect(bySales2.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    });
  });

  describe('account matrix', () => {
    it('counts every visible account by quadrant and follows potential and relationship', async () => {
      const query =
        '{ accountMatrix { unclassified cells { quadrant count accounts { id name relationshipLevel } } } }';
      type Matrix = {
        accountMatrix: {
          unclassified: number;
          cells: { quadrant: string; count: number; accounts: { id: string }[] }[];
        };
      };
      const before = (await app.must<Matrix>(query, {}, sales)).accountMatrix;
      const [{ n }] = await app.db.query(
        `SELECT count(*)::int AS n FROM account a WHERE EXISTS (
           SELECT 1 FROM account_team_member m WHERE m.account_id = a.id AND m.user_id = $1)`,
        [id.sales],
      );
      expect(before.cells.reduce((sum, c) => sum + c.count, 0) + before.unclassified).toBe(n);
      const cellOf = (m: Matrix['accountMatrix'], accountId: string) =>
        m.cells.find((c) => c.accounts.some((a) => a.id === accountId))?.quadrant;
      expect(cellOf(before, sz)).toBe('CORE');

      // Relationship falls to 1: a high-potential customer becomes a GROWTH account.
      const [{ version }] = await app.db.query('SELECT version FROM account WHERE id = $1', [sz]);
      await app.must(
        'mutation($id: ID!, $v: Int!) { updateAccount(id: $id, version: $v, input: { relationshipLevel: 1 }) { quadrant } }',
        { id: sz, v: version },
        sales,
      );
      const after = (await app.must<Matrix>(query, {}, sales)).accountMatrix;
      expect(cellOf(after, sz)).toBe('GROWTH');
      const count = (m: Matrix['accountMatrix'], q: string) =>
        m.cells.find((c) => c.quadrant === q)!.count;
      expect(count(after, 'CORE')).toBe(count(before, 'CORE') - 1);
      expect(count(after, 'GROWTH')).toBe(count(before, 'GROWTH') + 1);
    });
  });
});
