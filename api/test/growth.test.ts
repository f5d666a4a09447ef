import { startTestApp, type TestApp } from './support/test-app';

const SZ = '中国移动通信集团广东有限公司深圳分公司';

/**
 * Issue 21, growing the account: time in stage and velocity, targets measured, group
 * roll-ups and whitespace, each against a fixture computed by hand.
 */
describe('growing the account', () => {
  let app: TestApp;
  let sales: string;
  let sales2: string;
  let tech: string;
  let manager: string;
  let sz: string;
  const stage: Record<string, string> = {};
  /** Sellers in the manager's line, made before anyone signs in (scopes are cached). */
  const seller: Record<'velocity' | 'margin' | 'attain' | 'other' | 'group' | 'city', string> = {
    velocity: '',
    margin: '',
    attain: '',
    other: '',
    group: '',
    city: '',
  };

  beforeAll(async () => {
    app = await startTestApp();
    const [{ id: boss }] = await app.db.query(
      `SELECT id FROM "user" WHERE email = 'manager@trident.demo'`,
    );
    for (const name of Object.keys(seller) as (keyof typeof seller)[]) {
      const [{ id }] = await app.db.query(
        `INSERT INTO "user" (name, email, password_hash, roles, status, manager_id)
         VALUES ($1, $2, 'x', ARRAY['SALES'], 'ACTIVE', $3) RETURNING id`,
        [name, `${name}@growth.test`, boss],
      );
      seller[name] = id as string;
    }
    [sales, sales2, tech, manager] = (await Promise.all(
      ['sales', 'sales2', 'tech', 'manager'].map((u) => app.login(`${u}@trident.demo`)),
    )) as [string, string, string, string];
    [{ id: sz }] = await app.db.query('SELECT id FROM account WHERE name = $1', [SZ]);
    for (const { code, id } of await app.db.query('SELECT code, id FROM funnel_stage'))
      stage[code as string] = id as string;
  });
  afterAll(() => app.close());

  describe('time in stage and velocity', () => {
    let owner: string;

    /** A deal of `owner` on Shenzhen that moved through `moves` ([stage, day]). */
    const deal = async (amount: string, moves: [string, string][]) => {
      const last = moves[moves.length - 1]!;
      const closed = ['WON', 'LOST'].includes(last[0]) ? last[1] : null;
      const [{ id }] = await app.db.query(
        `INSERT INTO opportunity (account_id, name, amount, currency, stage_id, stage_entered_at, owner_id,
                                  created_by_id, created_at, closed_at)
         VALUES ($1, 'velocity', $2, 'CNY', $3, $4, $5, $5, $6, $7) RETURNING id`,
        [sz, amount, stage[last[0]], last[1], owner, moves[0]![1], closed],
      );
      let from: string | null = null;
      for (const [code, at] of moves) {
        await app.db.query(
          `INSERT INTO stage_change (opportunity_id, from_stage_id, to_stage_id, actor_id, at)
           VALUES ($1, $2, $3, $4, $5)`,
          [id, from, stage[code], owner, at],
        );
        from = stage[code]!;
      }
      return id as string;
    };

    beforeAll(async () => {
      owner = seller.velocity;
      // Days by hand: A 10 / 20 / 10 then won (cycle 40); B 20 / 39 then lost; C 30 then
      // still contacted; D 29 in prospect then won (cycle 29).
      await deal('1000', [
        ['PROSPECT', '2025-01-01'],
        ['CONTACTED', '2025-01-11'],
        ['NEED_FOUND', '2025-01-31'],
        ['WON', '2025-02-10'],
      ]);
      await deal('500', [
        ['PROSPECT', '2025-01-01'],
        ['CONTACTED', '2025-01-21'],
        ['LOST', '2025-03-01'],
      ]);
      await deal('700', [
        ['PROSPECT', '2025-01-01'],
        ['CONTACTED', '2025-01-31'],
      ]);
      await deal('3000', [
        ['PROSPECT', '2025-02-01'],
        ['WON', '2025-03-02'],
      ]);
    });

    type StageTimeRow = {
      stageId: string;
      key: string;
      completed: number;
      medianDays: number | null;
      p90Days: number | null;
      openDeals: number;
      openMedianDays: number | null;
    };
    const TIME = `query($p: Period!, $g: StageTimeGroup) { timeInStage(period: $p, groupBy: $g) {
      stageId key completed medianDays p90Days openDeals openMedianDays owner { id } } }`;

    it('gives median and p90 days per stage from the history, won and lost left out', async () => {
      const rows = (
        await app.must<{ timeInStage: StageTimeRow[] }>(TIME, { p: '2025-Q1', g: 'OWNER' }, sales)
      ).timeInStage.filter((r) => r.key === owner);
      const of = (code: string) => rows.find((r) => r.stageId === stage[code]);
      expect(of('PROSPECT')).toMatchObject({
        completed: 4,
        medianDays: 24.5,
        p90Days: 29.7,
        openDeals: 0,
      });
      expect(of('CONTACTED')).toMatchObject({
        completed: 2,
        medianDays: 29.5,
        p90Days: 37.1,
        openDeals: 1,
      });
      const waited = (Date.now() - Date.parse('2025-01-31T00:00:00Z')) / 86_400_000;
      expect(of('CONTACTED')!.openMedianDays).toBeCloseTo(waited, 0);
      expect(of('NEED_FOUND')).toMatchObject({ completed: 1, medianDays: 10, p90Days: 10 });
      expect(of('WON')).toBeUndefined();
      expect(of('LOST')).toBeUndefined();
    });

    it('shows each deal its stints in order', async () => {
      const [{ id }] = await app.db.query(
        `SELECT id FROM opportunity WHERE owner_id = $1 AND amount = 1000`,
        [owner],
      );
      const { opportunity } = await app.must<{
        opportunity: {
          stageStints: { stage: { code: string }; days: number | null; leftAt: string | null }[];
        };
      }>(
        'query($id: ID!) { opportunity(id: $id) { stageStints { stage { code } days leftAt } } }',
        { id },
        sales,
      );
      expect(opportunity.stageStints.map((s) => [s.stage.code, s.days])).toEqual([
        ['PROSPECT', 10],
        ['CONTACTED', 20],
        ['NEED_FOUND', 10],
        ['WON', null],
      ]);
    });

    it('computes velocity: open deals × win rate × average won ÷ median cycle', async () => {
      const { dealVelocity } = await app.must<{
        dealVelocity: Record<string, unknown>[];
      }>(
        `query { dealVelocity(period: "2025-Q1", groupBy: OWNER) { key openDeals won lost winRate averageWon cycleDays perDay } }`,
        {},
        manager,
      );
      // 1 open × 2/3 × 2000 ÷ 34.5 days = 38.647…
      expect(dealVelocity.find((r) => r.key === owner)).toEqual({
        key: owner,
        openDeals: 1,
        won: 2,
        lost: 1,
        winRate: 0.667,
        averageWon: '2000.00',
        cycleDays: 34.5,
        perDay: '38.65',
      });
    });

    it('counts only deals the caller may see; the solution team may not ask', async () => {
      const other = (
        await app.must<{ timeInStage: StageTimeRow[] }>(TIME, { p: '2025-Q1', g: 'OWNER' }, sales2)
      ).timeInStage;
      expect(other.some((r) => r.key === owner)).toBe(false);
      const denied = await app.gql(TIME, { p: '2025-Q1' }, tech);
      expect(denied.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      const bad = await app.gql(TIME, { p: '2025-Q5' }, sales);
      expect(bad.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    });
  });

  const newAccount = async (name: string, ar: string | null) => {
    const [{ id }] = await app.db.query(
      `INSERT INTO account (name, normalized_name, tier, claimed_by_id) VALUES ($1, $1, 'CITY', $2) RETURNING id`,
      [name, ar],
    );
    if (ar)
      await app.db.query(
        `INSERT INTO account_team_member (account_id, user_id, team_role) VALUES ($1, $2, 'AR')`,
        [id, ar],
      );
    return id as string;
  };
  const wonDeal = async (accountId: string, owner: string, amount: string, closed: string) => {
    const [{ id }] = await app.db.query(
      `INSERT INTO opportunity (account_id, name, amount, currency, stage_id, owner_id, created_by_id, closed_at)
       VALUES ($1, 'won', $2, 'CNY', $3, $4, $4, $5) RETURNING id`,
      [accountId, amount, stage.WON, owner, closed],
    );
    return id as string;
  };
  const contract = async (accountId: string, owner: string, amount: string, signed: string) => {
    const deal = await wonDeal(accountId, owner, amount, signed);
    await app.db.query(
      `INSERT INTO contract (opportunity_id, account_id, title, kind, amount, currency, signed_at, created_by_id)
       VALUES ($1, $2, 'c', 'NEW', $3, 'CNY', $4, $5)`,
      [deal, accountId, amount, signed, owner],
    );
  };

  describe('a risk margin per funnel stage', () => {
    it('checks the deals at each stage or later against remaining × that stage’s margin', async () => {
      const me = seller.margin;
      const account = await newAccount('风险裕量测试客户', me);
      await app.db.query(
        `INSERT INTO sales_target (user_id, period, revenue, currency, risk_margin) VALUES ($1, '2031-Q1', 1000, 'CNY', 3)`,
        [me],
      );
      await wonDeal(account, me, '200', '2031-01-15');
      for (const [code, amount] of [
        ['PROSPECT', '1000'],
        ['CONTACTED', '1000'],
        ['NEED_FOUND', '600'],
        ['SOLUTION_MATCHED', '1300'],
      ] as const)
        await app.db.query(
          `INSERT INTO opportunity (account_id, name, amount, currency, stage_id, owner_id, created_by_id, expected_close_date)
           VALUES ($1, 'open', $2, 'CNY', $3, $4, $4, '2031-02-01')`,
          [account, amount, stage[code], me],
        );
      const { pipelineCoverage } = await app.must<{
        pipelineCoverage: {
          byOwner: {
            owner: { id: string };
            remaining: string;
            stages: {
              stage: { code: string };
              riskMargin: number;
              pipeline: string;
              needed: string;
              belowMargin: boolean;
            }[];
          }[];
        };
      }>(
        `{ pipelineCoverage(period: "2031-Q1") { byOwner { owner { id } remaining
             stages { stage { code } riskMargin pipeline needed belowMargin } } } }`,
        {},
        manager,
      );
      const line = pipelineCoverage.byOwner.find((l) => l.owner.id === me)!;
      expect(line.remaining).toBe('800.00');
      // 800 still to win: 5× at 0 % needs 4000 of the 3900 open; every later stage holds its share.
      expect(
        line.stages.map((s) => [s.stage.code, s.riskMargin, s.pipeline, s.needed, s.belowMargin]),
      ).toEqual([
        ['PROSPECT', 5, '3900.00', '4000.00', true],
        ['CONTACTED', 3, '2900.00', '2400.00', false],
        ['NEED_FOUND', 2, '1900.00', '1600.00', false],
        ['SOLUTION_MATCHED', 1.5, '1300.00', '1200.00', false],
      ]);
    });

    it('is set by ADMIN on a stage, 1–20, never on won or lost', async () => {
      const admin = await app.login('admin@trident.demo');
      const stages = (
        await app.must<{ funnelStages: Record<string, unknown>[] }>(
          `{ funnelStages { id code nameZh nameEn probability position isWon isLost entryCriteria weakness active version riskMargin } }`,
          {},
          admin,
        )
      ).funnelStages;
      const update = (code: string, riskMargin: number | null) => {
        const { id, version, code: c, ...rest } = stages.find((s) => s.code === code)!;
        return app.gql<{ updateFunnelStage: { riskMargin: number | null; version: number } }>(
          `mutation($id: ID!, $v: Int!, $input: FunnelStageInput!) { updateFunnelStage(id: $id, version: $v, input: $input) { riskMargin version } }`,
          { id, v: version, input: { ...rest, code: c, riskMargin } },
          admin,
        );
      };
      for (const [code, margin] of [
        ['WON', 2],
        ['LOST', 1.5],
        ['CONTACTED', 0.5],
        ['CONTACTED', 21],
      ] as const) {
        const refused = await update(code, margin);
        expect(refused.errors?.[0]?.extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          field: 'riskMargin',
        });
      }
      const denied = await app.gql(
        `mutation($id: ID!) { updateFunnelStage(id: $id, version: 1, input: { code: "X", nameZh: "x", nameEn: "x", probability: 1, position: 1, riskMargin: 2 }) { id } }`,
        { id: stages[0]!.id },
        manager,
      );
      expect(denied.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      const set = await update('CONTACTED', 3.5);
      expect(set.data?.updateFunnelStage.riskMargin).toBe(3.5);
      stages.find((s) => s.code === 'CONTACTED')!.version = set.data!.updateFunnelStage.version;
      const back = await update('CONTACTED', 3);
      expect(back.errors).toBeUndefined();
    });
  });

  describe('targets beyond revenue, measured', () => {
    it('counts new accounts won, the renewal rate and revenue against the target', async () => {
      const me = seller.attain;
      const other = seller.other;
      const n1 = await newAccount('新客户一号', me);
      const n2 = await newAccount('老客户二号', me);
      const n3 = await newAccount('别人的新客户', me);
      const n4 = await newAccount('下季度新客户', me);
      const notMine = await newAccount('非本人客户', other);
      await contract(n1, me, '1000', '2025-04-20');
      await contract(n1, me, '300', '2025-06-20'); // same account: one new account
      await contract(n2, other, '900', '2024-11-01'); // bought before: not new
      await contract(n2, me, '500', '2025-05-05');
      await contract(n3, other, '700', '2025-06-01'); // new, on someone else's deal
      await contract(n4, me, '400', '2025-07-05'); // after the period
      const renewal = (account: string, status: string, expected: string) =>
        app.db.query(
          `INSERT INTO renewal (account_id, amount, currency, expected_sign_date, status, created_by_id)
           VALUES ($1, 100, 'CNY', $2, $3, $4)`,
          [account, expected, status, me],
        );
      await renewal(n1, 'SIGNED', '2025-04-15');
      await renewal(n1, 'LOST', '2025-05-15');
      await renewal(n2, 'OPEN', '2025-06-01'); // past its date: due, not signed
      await renewal(n2, 'SIGNED', '2025-07-10'); // after the period
      await renewal(notMine, 'SIGNED', '2025-05-01'); // not their account
      await app.db.query(
        `INSERT INTO sales_target (user_id, period, revenue, currency, new_accounts, renewal_rate) VALUES ($1, '2025-Q2', 1500, 'CNY', 2, 50)`,
        [me],
      );
      const TARGETS = `{ salesTargets(first: 500) { nodes { userId period attainment {
          revenueWon newAccountsWon renewalsDue renewalsSigned renewalRate revenueMet newAccountsMet renewalRateMet } } } }`;
      const { salesTargets } = await app.must<{
        salesTargets: {
          nodes: { userId: string; period: string; attainment: Record<string, unknown> }[];
        };
      }>(TARGETS, {}, manager);
      const mine = salesTargets.nodes.find((t) => t.userId === me && t.period === '2025-Q2')!;
      expect(mine.attainment).toEqual({
        revenueWon: '1800.00',
        newAccountsWon: 1,
        renewalsDue: 3,
        renewalsSigned: 1,
        renewalRate: 33.3,
        revenueMet: true,
        newAccountsMet: false,
        renewalRateMet: false,
      });
      // BI reads the same measures; another salesperson does not see this target at all.
      const admin = await app.login('admin@trident.demo');
      const bi = (
        await app.must<{ createApiToken: { token: string } }>(
          'mutation { createApiToken(input: { name: "growth" }) { token } }',
          {},
          admin,
        )
      ).createApiToken.token;
      const viaBi = await app.must<{ salesTargets: { nodes: { userId: string }[] } }>(
        TARGETS,
        {},
        bi,
      );
      expect(viaBi.salesTargets.nodes.some((t) => t.userId === me)).toBe(true);
      const bySales2 = await app.must<{ salesTargets: { nodes: { userId: string }[] } }>(
        TARGETS,
        {},
        sales2,
      );
      expect(bySales2.salesTargets.nodes.some((t) => t.userId === me)).toBe(false);
    });
  });

  describe('a customer group: whitespace and roll-ups', () => {
    let group: string;
    let province: string;
    let cityA: string;
    let cityB: string;
    let groupToken: string;

    const account = async (name: string, tier: string, parent: string | null, ar: string) => {
      const [{ id }] = await app.db.query(
        `INSERT INTO account (name, normalized_name, tier, parent_id, claimed_by_id) VALUES ($1, $1, $2, $3, $4) RETURNING id`,
        [name, tier, parent, ar],
      );
      await app.db.query(
        `INSERT INTO account_team_member (account_id, user_id, team_role) VALUES ($1, $2, 'AR')`,
        [id, ar],
      );
      return id as string;
    };
    const openDeal = async (accountId: string, code: string, amount: string, products: string[]) =>
      app.db.query(
        `INSERT INTO opportunity (account_id, name, amount, currency, stage_id, owner_id, created_by_id, products)
         VALUES ($1, 'open', $2, 'CNY', $3, $4, $4, $5)`,
        [accountId, amount, stage[code], seller.group, products],
      );
    const sold = async (
      accountId: string,
      amount: string,
      signed: string,
      products: string[],
      paid?: string,
    ) => {
      const [{ id: deal }] = await app.db.query(
        `INSERT INTO opportunity (account_id, name, amount, currency, stage_id, owner_id, created_by_id, closed_at, products)
         VALUES ($1, 'won', $2, 'CNY', $3, $4, $4, $5, $6) RETURNING id`,
        [accountId, amount, stage.WON, seller.group, signed, products],
      );
      const [{ id: contractId }] = await app.db.query(
        `INSERT INTO contract (opportunity_id, account_id, title, kind, amount, currency, signed_at, created_by_id)
         VALUES ($1, $2, 'c', 'NEW', $3, 'CNY', $4, $5) RETURNING id`,
        [deal, accountId, amount, signed, seller.group],
      );
      if (paid) {
        const [{ id: milestone }] = await app.db.query(
          `INSERT INTO payment_milestone (contract_id, account_id, position, kind, share, amount, currency, due)
           VALUES ($1, $2, 1, 'DOWN_PAYMENT', 100, $3, 'CNY', $4) RETURNING id`,
          [contractId, accountId, amount, signed],
        );
        await app.db.query(
          `INSERT INTO payment (milestone_id, amount, paid_at, idempotency_key, request_hash, recorded_by_id)
           VALUES ($1, $2, '2030-06-10', $3, 'h', $4)`,
          [milestone, paid, `growth-${contractId}`, seller.group],
        );
      }
    };
    const contact = (accountId: string, level: string, owner: string | null) =>
      app.db.query(
        `INSERT INTO contact (account_id, name, level, relationship_owner_id) VALUES ($1, 'c', $2, $3)`,
        [accountId, level, owner],
      );

    beforeAll(async () => {
      const admin = await app.login('admin@trident.demo');
      const lines: [string, string, string][] = [
        ['PRIVATE_5G', '5G 专网', '5G private network'],
        ['TRANSPORT', '传输网改造', 'Transport upgrade'],
        ['IOT_PLATFORM', '物联网平台', 'IoT platform'],
        ['CLOUD', '云服务', 'Cloud services'],
        ['SMART_METERS', '智能电表', 'Smart meters'],
        ['DATA_CENTER', '数据中心', 'Data center'],
        ['SECURITY', '网络安全', 'Network security'],
      ];
      for (const [i, [code, nameZh, nameEn]] of lines.entries())
        await app.must(
          `mutation($input: ProductLineInput!) { createProductLine(input: $input) { id } }`,
          { input: { code, nameZh, nameEn, position: (i + 1) * 10 } },
          admin,
        );
      // 集团 → 省 → two cities; the second city's AR is someone else.
      group = await account('增长测试集团', 'GROUP', null, seller.group);
      province = await account('增长测试省公司', 'PROVINCE', group, seller.group);
      cityA = await account('增长测试甲市', 'CITY', province, seller.group);
      cityB = await account('增长测试乙市', 'CITY', province, seller.city);
      await sold(group, '1000', '2030-03-01', ['5G 专网']);
      await openDeal(group, 'CONTACTED', '2000', ['cloud services']);
      await openDeal(province, 'NEED_FOUND', '1000', ['IOT_PLATFORM']);
      await openDeal(province, 'PROSPECT', '600', ['物联网平台']);
      await sold(cityA, '400', '2030-05-01', ['Data center'], '150');
      await openDeal(cityA, 'SOLUTION_MATCHED', '800', ['数据中心']);
      await sold(cityB, '700', '2030-06-01', ['网络安全'], '300');
      await openDeal(cityB, 'CONTACTED', '5000', ['Smart meters']);
      await contact(group, 'EXECUTIVE', seller.group);
      await contact(group, 'DECISION', null);
      await contact(cityA, 'DECISION', seller.group);
      await contact(cityB, 'DECISION', null);
    });

    const WHITESPACE = `query($id: ID!) { whitespace(accountId: $id) { sold inPipeline open truncated
        productLines { code } accounts { accountId depth account { name } }
        cells { accountId productLineId status contractId opportunityId stage { code } soldAmount { amount } } } }`;
    type Grid = {
      sold: number;
      inPipeline: number;
      open: number;
      truncated: boolean;
      productLines: { code: string }[];
      accounts: { accountId: string; depth: number }[];
      cells: {
        accountId: string;
        productLineId: string;
        status: string;
        contractId: string | null;
        opportunityId: string | null;
        stage: { code: string } | null;
        soldAmount: { amount: string } | null;
      }[];
    };

    it('marks each product line at each account sold, in pipeline or open', async () => {
      const { whitespace } = await app.must<{ whitespace: Grid }>(
        WHITESPACE,
        { id: group },
        manager,
      );
      const lines = (await app.db.query('SELECT id, code FROM product_line WHERE active')) as {
        id: string;
        code: string;
      }[];
      const code = new Map(lines.map((l) => [l.id, l.code]));
      expect(whitespace.accounts.map((a) => [a.accountId, a.depth])).toEqual(
        expect.arrayContaining([
          [group, 0],
          [province, 1],
          [cityA, 2],
          [cityB, 2],
        ]),
      );
      expect(whitespace.accounts).toHaveLength(4);
      const marked = whitespace.cells
        .filter((c) => c.status !== 'OPEN')
        .map((c) => [
          c.accountId,
          code.get(c.productLineId),
          c.status,
          c.stage?.code ?? null,
          c.soldAmount?.amount ?? null,
        ])
        .sort();
      expect(marked).toEqual(
        [
          [group, 'PRIVATE_5G', 'SOLD', null, '1000.00'],
          [group, 'CLOUD', 'PIPELINE', 'CONTACTED', null],
          [province, 'IOT_PLATFORM', 'PIPELINE', 'NEED_FOUND', null],
          // Sold, with the expansion deal still open on the same line.
          [cityA, 'DATA_CENTER', 'SOLD', 'SOLUTION_MATCHED', '400.00'],
          [cityB, 'SECURITY', 'SOLD', null, '700.00'],
          [cityB, 'SMART_METERS', 'PIPELINE', 'CONTACTED', null],
        ].sort(),
      );
      expect(whitespace.cells).toHaveLength(4 * lines.length);
      expect([whitespace.sold, whitespace.inPipeline, whitespace.open]).toEqual([
        3,
        3,
        4 * lines.length - 6,
      ]);
      expect(whitespace.truncated).toBe(false);
    });

    it('shows a SALES user only the accounts they may see, and nothing of a group they cannot', async () => {
      const token = await salesToken('group');
      const { whitespace } = await app.must<{ whitespace: Grid }>(WHITESPACE, { id: group }, token);
      expect(whitespace.accounts.map((a) => a.accountId).sort()).toEqual(
        [group, province, cityA].sort(),
      );
      expect(whitespace.cells.some((c) => c.accountId === cityB)).toBe(false);
      expect([whitespace.sold, whitespace.inPipeline]).toEqual([2, 2]);
      const none = await app.must<{ whitespace: Grid | null }>(WHITESPACE, { id: group }, sales2);
      expect(none.whitespace).toBeNull();
      const bad = await app.gql(WHITESPACE, { id: 'nope' }, sales);
      expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    });

    const ROLLUP = `query($id: ID!) { accountRollup(accountId: $id, period: "2030") { truncated rows { accountId parentId depth
        own { pipeline weightedPipeline revenue collected decisionContacts decisionContactsCovered decisionCoverage sold inPipeline open }
        total { pipeline weightedPipeline revenue collected decisionContacts decisionContactsCovered decisionCoverage sold inPipeline open } } } }`;
    type Figures = Record<string, string | number>;
    type Rollup = {
      truncated: boolean;
      rows: { accountId: string; depth: number; own: Figures; total: Figures }[];
    };

    it('sums pipeline, revenue, collections, coverage and whitespace up the group for what the caller sees', async () => {
      const lines = Number(
        (await app.db.query('SELECT count(*) FROM product_line WHERE active'))[0].count,
      );
      const token = await salesToken('group');
      const { accountRollup } = await app.must<{ accountRollup: Rollup }>(
        ROLLUP,
        { id: group },
        token,
      );
      const row = (id: string) => accountRollup.rows.find((r) => r.accountId === id)!;
      expect(accountRollup.rows.map((r) => r.accountId)).toEqual([group, province, cityA]);
      expect(row(group).own).toEqual({
        pipeline: '2000.00',
        weightedPipeline: '500.00',
        revenue: '1000.00',
        collected: '0.00',
        decisionContacts: 2,
        decisionContactsCovered: 1,
        decisionCoverage: 0.5,
        sold: 1,
        inPipeline: 1,
        open: lines - 2,
      });
      expect(row(cityA).own).toMatchObject({
        pipeline: '800.00',
        weightedPipeline: '600.00',
        revenue: '400.00',
        collected: '150.00',
      });
      expect(row(province).total).toEqual({
        pipeline: '2400.00',
        weightedPipeline: '1100.00',
        revenue: '400.00',
        collected: '150.00',
        decisionContacts: 1,
        decisionContactsCovered: 1,
        decisionCoverage: 1,
        sold: 1,
        inPipeline: 1,
        open: 2 * lines - 2,
      });
      // The other city's 5000 open, 700 signed, 300 collected and uncovered contact are not counted.
      expect(row(group).total).toEqual({
        pipeline: '4400.00',
        weightedPipeline: '1600.00',
        revenue: '1400.00',
        collected: '150.00',
        decisionContacts: 3,
        decisionContactsCovered: 2,
        decisionCoverage: 0.667,
        sold: 2,
        inPipeline: 2,
        open: 3 * lines - 4,
      });
      const all = await app.must<{ accountRollup: Rollup }>(ROLLUP, { id: group }, manager);
      expect(all.accountRollup.rows.find((r) => r.accountId === group)!.total).toMatchObject({
        pipeline: '9400.00',
        revenue: '2100.00',
        collected: '450.00',
        decisionContacts: 4,
        decisionContactsCovered: 2,
        decisionCoverage: 0.5,
      });
      // Someone with no seat in the group sees no roll-up of it.
      const techView = await app.gql<{ accountRollup: Rollup | null }>(ROLLUP, { id: group }, tech);
      expect(techView.data?.accountRollup).toBeNull();
    });

    it('hides the money of the grid and the roll-up from the solution and delivery teams', async () => {
      for (const [email, teamRole] of [
        ['tech@trident.demo', 'SR'],
        ['delivery@trident.demo', 'FR'],
      ] as const) {
        const [{ id: user }] = await app.db.query(`SELECT id FROM "user" WHERE email = $1`, [
          email,
        ]);
        for (const accountId of [group, province, cityA])
          await app.db.query(
            `INSERT INTO account_team_member (account_id, user_id, team_role) VALUES ($1, $2, $3)`,
            [accountId, user, teamRole],
          );
        const token = await app.login(email);
        const { whitespace } = await app.must<{ whitespace: Grid }>(
          WHITESPACE,
          { id: group },
          token,
        );
        expect(whitespace.sold).toBe(2);
        const sold = whitespace.cells.filter((c) => c.status === 'SOLD');
        expect(sold.map((c) => c.soldAmount)).toEqual([null, null]);
        const money = await app.must<{
          whitespace: { cells: { pipelineAmount: unknown }[] };
          accountRollup: Rollup;
        }>(
          `query($id: ID!) { whitespace(accountId: $id) { cells { pipelineAmount { amount } } }
             accountRollup(accountId: $id, period: "2030") { rows { total { pipeline weightedPipeline revenue collected sold } } } }`,
          { id: group },
          token,
        );
        expect(money.whitespace.cells.every((c) => c.pipelineAmount === null)).toBe(true);
        expect(money.accountRollup.rows[0]!.total).toEqual({
          pipeline: null,
          weightedPipeline: null,
          revenue: null,
          collected: null,
          sold: 2,
        });
      }
    });

    it('lets only ADMIN keep the product lines, each code once', async () => {
      const admin = await app.login('admin@trident.demo');
      const input = { code: 'EDGE', nameZh: '边缘计算', nameEn: 'Edge computing', position: 80 };
      const create = (token: string, body = input) =>
        app.gql<{ createProductLine: { id: string; version: number } }>(
          `mutation($input: ProductLineInput!) { createProductLine(input: $input) { id version } }`,
          { input: body },
          token,
        );
      expect((await create(manager)).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      const before = await app.count('product_line');
      const taken = await create(admin, { ...input, code: 'CLOUD' });
      expect(taken.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'code',
      });
      const badCode = await create(admin, { ...input, code: 'edge computing' });
      expect(badCode.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'code',
      });
      expect(await app.count('product_line')).toBe(before);
      const made = (await create(admin)).data!.createProductLine;
      // Retired: it leaves the grid.
      await app.must(
        `mutation($id: ID!, $v: Int!, $input: ProductLineInput!) { updateProductLine(id: $id, version: $v, input: $input) { id } }`,
        { id: made.id, v: made.version, input: { ...input, active: false } },
        admin,
      );
      const { whitespace } = await app.must<{ whitespace: Grid }>(
        WHITESPACE,
        { id: group },
        manager,
      );
      expect(whitespace.productLines.map((l) => l.code)).not.toContain('EDGE');
    });

    it('answers each in one statement once the caller is known', async () => {
      const token = await salesToken('group');
      for (const [query, budget] of [
        [WHITESPACE, 3],
        [ROLLUP, 2],
      ] as const) {
        await app.must(query, { id: group }, token);
        app.statements.length = 0;
        await app.must(query, { id: group }, token);
        // The grid or roll-up itself, then the accounts and stages its fields name (loaders).
        expect(app.statements.length).toBeLessThanOrEqual(budget);
      }
    });

    /** Sign in as one of the sellers made at the start (their password is set here). */
    const salesToken = async (who: keyof typeof seller) => {
      if (who === 'group' && groupToken) return groupToken;
      const { hashPassword } = await import('../src/modules/identity/password');
      await app.db.query(`UPDATE "user" SET password_hash = $1 WHERE id = $2`, [
        await hashPassword('growth-pass-1'),
        seller[who],
      ]);
      const token = await app.login(`${who}@growth.test`, 'growth-pass-1');
      if (who === 'group') groupToken = token;
      return token;
    };
  });
});
