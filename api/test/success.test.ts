import { startTestApp, type TestApp } from './support/test-app';

const SZ = '中国移动通信集团广东有限公司深圳分公司';
const GZ = '中国移动通信集团广东有限公司广州分公司';

describe('customer success: revenue summary and renewals', () => {
  let app: TestApp;
  let sales: string;
  let sales2: string;
  let tech: string;
  let sz: string;
  let gz: string;

  beforeAll(async () => {
    app = await startTestApp();
    [sales, sales2, tech] = (await Promise.all(
      ['sales', 'sales2', 'tech'].map((u) => app.login(`${u}@trident.demo`)),
    )) as [string, string, string];
    [{ id: sz }] = await app.db.query('SELECT id FROM account WHERE name = $1', [SZ]);
    [{ id: gz }] = await app.db.query('SELECT id FROM account WHERE name = $1', [GZ]);
    const [{ id: won }] = await app.db.query(`SELECT id FROM funnel_stage WHERE code = 'WON'`);
    const [{ id: owner }] = await app.db.query(
      `SELECT id FROM "user" WHERE email = 'sales@trident.demo'`,
    );
    // [account, kind, amount, signed, term in months (null: a one-off sale)]
    const fixture: [string, string, string, string, number | null][] = [
      [sz, 'NEW', '1200', '2030-01-15', 12],
      [gz, 'NEW', '500', '2030-02-01', null],
      [gz, 'NEW', '600', '2030-02-01', 6],
      [sz, 'RENEWAL', '800', '2030-04-10', 12],
      [sz, 'EXPANSION', '300', '2030-07-01', 12],
    ];
    for (const [accountId, kind, amount, signed, term] of fixture) {
      const [{ id: deal }] = await app.db.query(
        `INSERT INTO opportunity (account_id, name, amount, currency, stage_id, owner_id, created_by_id)
         VALUES ($1, 'deal', $2, 'CNY', $3, $4, $4) RETURNING id`,
        [accountId, amount, won, owner],
      );
      await app.db.query(
        `INSERT INTO contract (opportunity_id, account_id, title, kind, amount, currency, signed_at, term_months, created_by_id)
         VALUES ($1, $2, 'c', $3, $4, 'CNY', $5, $6, $7)`,
        [deal, accountId, kind, amount, signed, term, owner],
      );
    }
  });
  afterAll(() => app.close());

  const SUMMARY = `query($g: RevenueGroup) { revenueSummary(from: "2030-Q1", to: "2031-Q1", granularity: QUARTER, groupBy: $g) {
    key periodStart new recurring expansion churned churnedAccounts contraction annualRecurring total cumulative } }`;
  type Row = Record<string, string>;

  /*
   * Worked by hand (docs/domain-guide.md, "Churn"). Yearly recurring revenue: Shenzhen's new
   * sale 1200 (2030-01-15, 12 months), renewal 800 (2030-04-10, 12), expansion 300
   * (2030-07-01, 12); Guangzhou's 600 for 6 months (2030-02-01 to 2030-08-01) is 1200 a year,
   * and its other 500 is a one-off sale.
   */
  it('equals the hand-computed quarters: bookings, recurring revenue, churn and contraction', async () => {
    const rows = (await app.must<{ revenueSummary: Row[] }>(SUMMARY, { g: 'NONE' }, sales))
      .revenueSummary;
    expect(
      rows.map((r) => [
        r.periodStart,
        r.new,
        r.recurring,
        r.expansion,
        r.total,
        r.cumulative,
        r.annualRecurring,
        r.churned,
        r.churnedAccounts,
        r.contraction,
      ]),
    ).toEqual([
      ['2030-01-01', '2300.00', '0.00', '0.00', '2300.00', '2300.00', '2400.00', '0.00', 0, '0.00'],
      // Guangzhou bought nothing in Q2: nothing is lost while its 6-month service runs.
      ['2030-04-01', '0.00', '800.00', '0.00', '800.00', '3100.00', '3200.00', '0.00', 0, '0.00'],
      // Its service ended 2030-08-01 without a renewal: 1200 a year churned.
      [
        '2030-07-01',
        '0.00',
        '0.00',
        '300.00',
        '300.00',
        '3400.00',
        '2300.00',
        '1200.00',
        1,
        '0.00',
      ],
      ['2030-10-01', '0.00', '0.00', '0.00', '0.00', '3400.00', '2300.00', '0.00', 0, '0.00'],
      // Shenzhen's first year ended 2031-01-15 and was not renewed; it keeps 1100: contraction.
      ['2031-01-01', '0.00', '0.00', '0.00', '0.00', '3400.00', '1100.00', '0.00', 0, '1200.00'],
    ]);
  });

  it('splits by account, and counts only what the caller may see', async () => {
    const rows = (await app.must<{ revenueSummary: Row[] }>(SUMMARY, { g: 'ACCOUNT' }, sales))
      .revenueSummary;
    const byKey = (id: string) =>
      rows
        .filter((r) => r.key === id)
        .map((r) => [r.total, r.annualRecurring, r.churned, r.contraction]);
    expect(byKey(sz)).toEqual([
      ['1200.00', '1200.00', '0.00', '0.00'],
      ['800.00', '2000.00', '0.00', '0.00'],
      ['300.00', '2300.00', '0.00', '0.00'],
      ['0.00', '2300.00', '0.00', '0.00'],
      ['0.00', '1100.00', '0.00', '1200.00'],
    ]);
    expect(byKey(gz)).toEqual([
      ['1100.00', '1200.00', '0.00', '0.00'],
      ['0.00', '1200.00', '0.00', '0.00'],
      ['0.00', '0.00', '1200.00', '0.00'],
      ['0.00', '0.00', '0.00', '0.00'],
      ['0.00', '0.00', '0.00', '0.00'],
    ]);
    expect(
      (await app.must<{ revenueSummary: Row[] }>(SUMMARY, { g: 'NONE' }, sales2)).revenueSummary,
    ).toEqual([]);
    const byTech = await app.gql(SUMMARY, { g: 'NONE' }, tech);
    expect(byTech.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const bad = await app.gql(
      '{ revenueSummary(from: "2030-Q3", to: "2030-Q1") { key } }',
      {},
      sales,
    );
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
  });

  it('takes a contract term of 1–120 months and refuses any other, writing nothing', async () => {
    const [{ id: won }] = await app.db.query(`SELECT id FROM funnel_stage WHERE code = 'WON'`);
    const [{ id: owner }] = await app.db.query(
      `SELECT id FROM "user" WHERE email = 'sales@trident.demo'`,
    );
    const [{ id: deal }] = await app.db.query(
      `INSERT INTO opportunity (account_id, name, amount, currency, stage_id, owner_id, created_by_id, closed_at)
       VALUES ($1, 'term deal', 900, 'CNY', $2, $3, $3, now()) RETURNING id`,
      [sz, won, owner],
    );
    const create = (term: number) =>
      app.gql<{ createContract: { termMonths: number } }>(
        `mutation($d: ID!, $t: Int) { createContract(input: { opportunityId: $d, signedAt: "2026-05-01", amount: "900", termMonths: $t }) { termMonths } }`,
        { d: deal, t: term },
        sales,
      );
    for (const term of [0, 121, -3]) {
      const refused = await create(term);
      expect(refused.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'termMonths',
      });
    }
    expect(
      (
        await app.db.query('SELECT count(*)::int AS n FROM contract WHERE opportunity_id = $1', [
          deal,
        ])
      )[0].n,
    ).toBe(0);
    const made = await create(24);
    expect(made.errors).toBeUndefined();
    expect(made.data?.createContract.termMonths).toBe(24);
  });

  it('lists renewals due soon, with amounts hidden from the solution team', async () => {
    const inTen = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    await app.must(
      `mutation($a: ID!, $d: LocalDate!) { createRenewal(input: { accountId: $a, amount: "900", expectedSignDate: $d,
         newNeeds: "扩容到 20 个站点", productFit: "现有方案可扩展", newProductNeeded: "边缘计算" }) { id } }`,
      { a: sz, d: inTen },
      sales,
    );
    const due = (days: number, token = sales) =>
      app.must<{
        renewals: { totalCount: number; nodes: { amount: { amount: string } | null }[] };
      }>(
        'query($d: Int) { renewals(dueWithinDays: $d) { totalCount nodes { amount { amount } } } }',
        { d: days },
        token,
      );
    expect((await due(30)).renewals.totalCount).toBe(1);
    expect((await due(5)).renewals.totalCount).toBe(0);
    expect((await due(30, tech)).renewals.nodes[0]!.amount).toBeNull();
    const stage = await app.must<{ updateAccount: { serviceStage: string } }>(
      `mutation($id: ID!, $v: Int!) { updateAccount(id: $id, version: $v, input: { serviceStage: SUCCESS }) { serviceStage } }`,
      {
        id: sz,
        v: (await app.db.query('SELECT version FROM account WHERE id = $1', [sz]))[0].version,
      },
      sales,
    );
    expect(stage.updateAccount.serviceStage).toBe('SUCCESS');
  });

  it('ties a renewal to a RENEWAL deal of the same customer', async () => {
    const deal = (kind: string) =>
      app.must<{ createOpportunity: { id: string; kind: string } }>(
        `mutation($a: ID!, $k: ContractKind!) { createOpportunity(input: { accountId: $a, name: "续约", kind: $k,
           amount: { amount: "900", currency: "CNY" } }) { id kind } }`,
        { a: sz, k: kind },
        sales,
      );
    const fresh = await deal('NEW');
    const renewalDeal = await deal('RENEWAL');
    expect(renewalDeal.createOpportunity.kind).toBe('RENEWAL');
    const CREATE = `mutation($a: ID!, $o: ID!) { createRenewal(input: { accountId: $a, opportunityId: $o, amount: "900",
      expectedSignDate: "2031-01-01" }) { id } }`;
    const wrong = await app.gql(CREATE, { a: sz, o: fresh.createOpportunity.id }, sales);
    expect(wrong.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'opportunityId',
    });
    const right = await app.gql(CREATE, { a: sz, o: renewalDeal.createOpportunity.id }, sales);
    expect(right.errors).toBeUndefined();
  });

  /** The renewals list the console pages through: filtered, read by id, scoped like the rest. */
  describe('renewals: the list filter', () => {
    let contract: { id: string; title: string };
    let open: string;
    let signed: string;

    const LIST = `query($f: RenewalFilter) { renewals(filter: $f, first: 50) { totalCount
      nodes { id status contract { id title } opportunity { id } } } }`;
    type List = {
      renewals: {
        totalCount: number;
        nodes: { id: string; status: string; contract: { id: string; title: string } | null }[];
      };
    };

    beforeAll(async () => {
      [contract] = await app.db.query('SELECT id, title FROM contract WHERE account_id = $1', [sz]);
      const create = async (days: number) => {
        const day = new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
        const made = await app.must<{ createRenewal: { id: string; version: number } }>(
          `mutation($a: ID!, $c: ID, $d: LocalDate!) { createRenewal(input: { accountId: $a, contractId: $c,
             amount: "900", expectedSignDate: $d }) { id version } }`,
          { a: sz, c: contract?.id ?? null, d: day },
          sales,
        );
        return made.createRenewal.id;
      };
      open = await create(20);
      signed = await create(25);
      await app.must(
        `mutation($id: ID!) { updateRenewal(id: $id, version: 1, input: { status: SIGNED }) { id } }`,
        { id: signed },
        sales,
      );
    });
    it('narrows by account, status and due window, and reads the contract it renews', async () => {
      const mine = await app.must<List>(LIST, { f: { accountId: sz, status: 'SIGNED' } }, sales);
      expect(mine.renewals.nodes.map((n) => n.id)).toContain(signed);
      expect(mine.renewals.nodes.every((n) => n.status === 'SIGNED')).toBe(true);
      if (contract)
        expect(mine.renewals.nodes.find((n) => n.id === signed)?.contract).toEqual(contract);
      // The due window is for open renewals only.
      const due = await app.must<List>(LIST, { f: { accountId: sz, dueWithinDays: 30 } }, sales);
      const ids = due.renewals.nodes.map((n) => n.id);
      expect(ids).toContain(open);
      expect(ids).not.toContain(signed);
    });

    it('reads renewals by id only within the caller’s scope', async () => {
      const byId = await app.must<List>(LIST, { f: { ids: [open, signed] } }, sales);
      expect(byId.renewals.nodes.map((n) => n.id).sort()).toEqual([open, signed].sort());
      const outside = await app.must<List>(LIST, { f: { ids: [open] } }, sales2);
      expect(outside.renewals.totalCount).toBe(0);
    });

    it('refuses a due window outside 0–3650 days, naming the field', async () => {
      const refused = await app.gql(LIST, { f: { dueWithinDays: -1 } }, sales);
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(String(refused.errors?.[0]?.extensions.field)).toMatch(/dueWithinDays/);
    });
  });
});
