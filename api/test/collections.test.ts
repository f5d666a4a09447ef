import { BATTLE_MAP_MAX_ROWS } from '@trident/domain';
import { startTestApp, type TestApp } from './support/test-app';

const SZ = '中国移动通信集团广东有限公司深圳分公司';

const PLAN = `mutation($c: ID!, $v: Int!, $input: PaymentPlanInput!) {
  setPaymentPlan(contractId: $c, version: $v, input: $input) {
    id version milestones { id version kind site share due amount { amount } evidence { id code required } }
  }
}`;
const PAY = `mutation($m: ID!, $a: Decimal!, $k: String!, $d: LocalDate! = "2026-02-01") {
  recordPayment(milestoneId: $m, amount: $a, paidAt: $d, idempotencyKey: $k, reference: "BANK-1") {
    id amount milestone { stage paid { amount } open { amount } }
  }
}`;
const INVOICE =
  'mutation($id: ID!, $v: Int!) { invoiceMilestone(id: $id, version: $v) { id version stage } }';

interface Milestone {
  id: string;
  version: number;
  kind: string;
  site: string | null;
  share: string;
  due: string;
  amount: { amount: string };
  evidence: { id: string; code: string; required: boolean }[];
}

describe('contracts and collections', () => {
  let app: TestApp;
  let sales: string;
  let finance: string;
  let tech: string;
  let delivery: string;
  let accountId: string;
  let wonStage: string;

  beforeAll(async () => {
    app = await startTestApp();
    [sales, finance, tech, delivery] = (await Promise.all(
      ['sales', 'finance', 'tech', 'delivery'].map((u) => app.login(`${u}@trident.demo`)),
    )) as [string, string, string, string];
    [{ id: accountId }] = await app.db.query('SELECT id FROM account WHERE name = $1', [SZ]);
    [{ id: wonStage }] = await app.db.query(`SELECT id FROM funnel_stage WHERE code = 'WON'`);
  });
  afterAll(() => app.close());

  /** A won deal with its contract and a plan; returns the milestones. */
  const contractWith = async (
    amount: string,
    input: Record<string, unknown>,
    sites: string[] = [],
  ) => {
    const [{ id: salesId }] = await app.db.query(
      `SELECT id FROM "user" WHERE email = 'sales@trident.demo'`,
    );
    const [{ id: dealId }] = await app.db.query(
      `INSERT INTO opportunity (account_id, name, amount, currency, contract_amount, stage_id, owner_id, created_by_id, closed_at)
       VALUES ($1, 'won deal', $2, 'CNY', $2, $3, $4, $4, now()) RETURNING id`,
      [accountId, amount, wonStage, salesId],
    );
    const contract = await app.must<{ createContract: { id: string; version: number } }>(
      'mutation($o: ID!, $s: [String!]!) { createContract(input: { opportunityId: $o, signedAt: "2026-01-01", sites: $s, terms: "30/40/25/5" }) { id version } }',
      { o: dealId, s: sites },
      sales,
    );
    const planned = await app.gql<{ setPaymentPlan: { version: number; milestones: Milestone[] } }>(
      PLAN,
      { c: contract.createContract.id, v: contract.createContract.version, input },
      sales,
    );
    return { contractId: contract.createContract.id, dealId, ...planned };
  };
  const standard = (shares: string[]) => ({
    milestones: ['DOWN_PAYMENT', 'ON_DELIVERY', 'ON_ACCEPTANCE', 'WARRANTY_RETENTION'].map(
      (kind, i) => ({
        kind,
        share: shares[i],
        due: `2030-0${i + 2}-01`,
      }),
    ),
  });
  /** Checks the required evidence and invoices the milestone. */
  const invoiced = async (m: Milestone) => {
    for (const item of m.evidence.filter((e) => e.required))
      await app.must(
        'mutation($id: ID!) { checkEvidence(id: $id, checked: true) { id } }',
        { id: item.id },
        finance,
      );
    const [{ version }] = await app.db.query(
      'SELECT version FROM payment_milestone WHERE id = $1',
      [m.id],
    );
    return app.must<{ invoiceMilestone: { stage: string } }>(
      INVOICE,
      { id: m.id, v: version },
      finance,
    );
  };

  it('needs shares summing to exactly 100 %, and splits the amount to the cent', async () => {
    const bad = await contractWith('1000000', standard(['30', '40', '25', '4.99']));
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'milestones',
      total: '99.99',
    });
    expect(await app.count('payment_milestone')).toBe(0);
    // A 0 % milestone owes nothing: refused on its share, not a server error.
    const zero = await contractWith('1000000', standard(['0', '40', '30', '30']));
    expect(zero.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'milestones.0.share',
      reason: 'AT_LEAST',
    });
    // A list sent with perSite would be dropped without a word: one or the other.
    const both = await contractWith(
      '1000000',
      { ...standard(['30', '40', '25', '5']), perSite: true, firstDue: '2030-02-01' },
      ['北京'],
    );
    expect(both.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'milestones',
      reason: 'MILESTONES_OR_PER_SITE',
    });
    expect(await app.count('payment_milestone')).toBe(0);
    const odd = await contractWith('100.01', standard(['33.33', '33.33', '33.33', '0.01']));
    const amounts = odd.data!.setPaymentPlan.milestones.map((m) => m.amount.amount);
    expect(amounts).toEqual(['33.33', '33.33', '33.33', '0.02']);
  });

  it('records a contract once signed, and nothing due before it was', async () => {
    const [{ id: salesId }] = await app.db.query(
      `SELECT id FROM "user" WHERE email = 'sales@trident.demo'`,
    );
    const [{ id: dealId }] = await app.db.query(
      `INSERT INTO opportunity (account_id, name, amount, currency, contract_amount, stage_id, owner_id, created_by_id, closed_at)
       VALUES ($1, 'signed later', 1000, 'CNY', 1000, $2, $3, $3, now()) RETURNING id`,
      [accountId, wonStage, salesId],
    );
    const CREATE =
      'mutation($o: ID!, $d: LocalDate!) { createContract(input: { opportunityId: $o, signedAt: $d, sites: [] }) { id version } }';
    const contracts = () => app.count('contract');
    const before = await contracts();
    const future = await app.gql(CREATE, { o: dealId, d: '2099-01-01' }, sales);
    expect(future.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'signedAt',
      reason: 'NOT_IN_FUTURE',
    });
    expect(await contracts()).toBe(before);
    const made = await app.must<{ createContract: { id: string; version: number } }>(
      CREATE,
      { o: dealId, d: '2026-03-01' },
      sales,
    );
    const early = await app.gql(
      PLAN,
      {
        c: made.createContract.id,
        v: made.createContract.version,
        input: {
          milestones: [
            { kind: 'DOWN_PAYMENT', share: '30', due: '2026-04-01' },
            { kind: 'ON_DELIVERY', share: '70', due: '2025-01-01' },
          ],
        },
      },
      sales,
    );
    expect(early.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'milestones.1.due',
      reason: 'BEFORE_SIGNING',
      signedAt: '2026-03-01',
    });
    expect(
      await app.db.query('SELECT 1 FROM payment_milestone WHERE contract_id = $1', [
        made.createContract.id,
      ]),
    ).toEqual([]);
  });

  it('generates one milestone per site', async () => {
    const res = await contractWith('1000.00', { perSite: true, firstDue: '2030-03-31' }, [
      '广州',
      '深圳',
      '珠海',
    ]);
    const ms = res.data!.setPaymentPlan.milestones;
    // Monthly from the first due, clamped to a short month's last day (April has 30).
    expect(ms.map((m) => [m.kind, m.site, m.share, m.due, m.amount.amount])).toEqual([
      ['PER_SITE', '广州', '33.33', '2030-03-31', '333.30'],
      ['PER_SITE', '深圳', '33.33', '2030-04-30', '333.30'],
      ['PER_SITE', '珠海', '33.34', '2030-05-31', '333.40'],
    ]);
  });

  it('refuses to invoice while evidence is missing, naming it', async () => {
    const res = await contractWith('900', standard(['30', '40', '25', '5']));
    const m = res.data!.setPaymentPlan.milestones[1]!; // on delivery
    const refused = await app.gql(INVOICE, { id: m.id, v: m.version }, finance);
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'evidence',
      missing: ['CONTRACT_PERFORMED', 'DELIVERY_NOTE', 'RELATIONSHIP_KEPT'],
    });
    expect((await invoiced(m)).invoiceMilestone.stage).toBe('INVOICED');
  });

  it('adds money exactly: 0.10 + 0.20 settles a 0.30 milestone', async () => {
    const res = await contractWith('1.00', standard(['30', '40', '25', '5']));
    const m = res.data!.setPaymentPlan.milestones[0]!;
    expect(m.amount.amount).toBe('0.30');
    await invoiced(m);
    const first = await app.must<{ recordPayment: { milestone: { stage: string } } }>(
      PAY,
      { m: m.id, a: '0.10', k: 'pay-exact-1' },
      finance,
    );
    expect(first.recordPayment.milestone.stage).toBe('PARTIALLY_PAID');
    const second = await app.must<{
      recordPayment: { milestone: { stage: string; open: { amount: string } } };
    }>(PAY, { m: m.id, a: '0.20', k: 'pay-exact-2' }, finance);
    expect(second.recordPayment.milestone).toEqual({
      stage: 'PAID',
      paid: { amount: '0.30' },
      open: { amount: '0.00' },
    });
    const over = await app.gql(PAY, { m: m.id, a: '0.01', k: 'pay-exact-3' }, finance);
    expect(over.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'amount',
      open: '0.00',
    });
  });

  it('lists the milestones still missing evidence, or with all of it, counted by the API', async () => {
    const res = await contractWith('1000', standard(['30', '40', '25', '5']));
    const [down, delivery] = res.data!.setPaymentPlan.milestones;
    // The delivery milestone gets all its required evidence; the others keep theirs missing.
    for (const item of delivery!.evidence.filter((e) => e.required))
      await app.must(
        'mutation($id: ID!) { checkEvidence(id: $id, checked: true) { id } }',
        { id: item.id },
        finance,
      );
    const listed = async (missingEvidence: boolean, who: string) => {
      const { paymentMilestones } = await app.must<{
        paymentMilestones: { totalCount: number; nodes: { id: string }[] };
      }>(
        `query($f: MilestoneFilter) { paymentMilestones(filter: $f, first: 1000) { totalCount nodes { id } } }`,
        { f: { accountId, missingEvidence } },
        who,
      );
      expect(paymentMilestones.totalCount).toBe(paymentMilestones.nodes.length);
      return new Set(paymentMilestones.nodes.map((n) => n.id));
    };
    const missing = await listed(true, finance);
    const complete = await listed(false, finance);
    expect(missing.has(down!.id)).toBe(true);
    expect(missing.has(delivery!.id)).toBe(false);
    expect(complete.has(delivery!.id)).toBe(true);
    // Every milestone of the account is in exactly one of the two lists, as SQL counts them.
    const [{ n, short }] = await app.db.query(
      `SELECT count(*)::int AS n,
              count(*) FILTER (WHERE EXISTS (SELECT 1 FROM evidence_item e
                WHERE e.milestone_id = m.id AND e.required AND e.checked_at IS NULL))::int AS short
         FROM payment_milestone m WHERE m.account_id = $1`,
      [accountId],
    );
    expect([missing.size, missing.size + complete.size]).toEqual([short, n]);
    expect([...missing].some((id) => complete.has(id))).toBe(false);
  });

  it('books no payment dated before the contract was signed', async () => {
    const res = await contractWith('1000', standard(['30', '40', '25', '5']));
    const m = res.data!.setPaymentPlan.milestones[0]!;
    await invoiced(m);
    const payments = () => app.count('payment');
    const before = await payments();
    const early = await app.gql(
      PAY,
      { m: m.id, a: '10.00', k: 'pay-before-signing', d: '2025-12-31' },
      finance,
    );
    expect(early.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'paidAt',
      reason: 'BEFORE_SIGNING',
      signedAt: '2026-01-01',
    });
    expect(await payments()).toBe(before);
    // The day it was signed is a day money may come.
    const sameDay = await app.gql(
      PAY,
      { m: m.id, a: '10.00', k: 'pay-on-signing', d: '2026-01-01' },
      finance,
    );
    expect(sameDay.errors).toBeUndefined();
    expect(await payments()).toBe(before + 1);
  });

  it('books a payment on a day that has come, never on a later one', async () => {
    const res = await contractWith('1000', standard(['30', '40', '25', '5']));
    const m = res.data!.setPaymentPlan.milestones[0]!;
    await invoiced(m);
    // The company's calendar day (Asia/Shanghai by default), as the service reads it.
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(
      new Date(),
    );
    const tomorrow = new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000)
      .toISOString()
      .slice(0, 10);
    const payments = () => app.count('payment');
    const before = await payments();
    for (const d of [tomorrow, '2099-12-31']) {
      const late = await app.gql(PAY, { m: m.id, a: '10.00', k: `pay-future-${d}`, d }, finance);
      expect(late.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'paidAt',
        reason: 'NOT_IN_FUTURE',
      });
    }
    expect(await payments()).toBe(before);
    const onTime = await app.gql(PAY, { m: m.id, a: '10.00', k: 'pay-today', d: today }, finance);
    expect(onTime.errors).toBeUndefined();
    expect(await payments()).toBe(before + 1);
  });

  it('books one payment under 20 concurrent retries with one key; another body with that key conflicts', async () => {
    const res = await contractWith('10000', standard(['30', '40', '25', '5']));
    const m = res.data!.setPaymentPlan.milestones[0]!;
    await invoiced(m);
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        app.gql<{ recordPayment: { id: string } }>(
          PAY,
          { m: m.id, a: '1000.00', k: 'retry-key-001' },
          finance,
        ),
      ),
    );
    expect(results.every((r) => !r.errors)).toBe(true);
    expect(new Set(results.map((r) => r.data!.recordPayment.id)).size).toBe(1);
    const [{ n, paid }] = await app.db.query(
      `SELECT count(p.id)::int AS n, m.paid_amount AS paid FROM payment_milestone m LEFT JOIN payment p ON p.milestone_id = m.id
        WHERE m.id = $1 GROUP BY m.paid_amount`,
      [m.id],
    );
    expect([n, paid]).toEqual([1, '1000.00']);
    const other = await app.gql(PAY, { m: m.id, a: '999.00', k: 'retry-key-001' }, finance);
    expect(other.errors?.[0]?.extensions.code).toBe('CONFLICT');
    // The same request written as "1000" is the same payment.
    const same = await app.gql(PAY, { m: m.id, a: '1000', k: 'retry-key-001' }, finance);
    expect(same.errors).toBeUndefined();
  });

  it('only lets FINANCE book payments, and hides amounts from the solution and delivery teams', async () => {
    const res = await contractWith('5000', standard(['30', '40', '25', '5']));
    const m = res.data!.setPaymentPlan.milestones[0]!;
    await invoiced(m);
    const bySales = await app.gql(PAY, { m: m.id, a: '1', k: 'sales-payment-1' }, sales);
    expect(bySales.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const q = `query($c: ID!) { contract(id: $c) { amount { amount } milestones { status amount { amount } open { amount } evidence { code } } } }`;
    for (const token of [tech, delivery]) {
      const seen = await app.must<{
        contract: {
          amount: unknown;
          milestones: { status: string; amount: unknown; open: unknown }[];
        };
      }>(q, { c: res.contractId }, token);
      expect(seen.contract.amount).toBeNull();
      expect(seen.contract.milestones.every((x) => x.amount === null && x.open === null)).toBe(
        true,
      );
      expect(seen.contract.milestones[0]!.status).toBe('INVOICED');
    }
    const all = await app.must<{ contracts: { totalCount: number } }>(
      '{ contracts { totalCount } }',
      {},
      finance,
    );
    const [{ n }] = await app.db.query('SELECT count(*)::int AS n FROM contract');
    expect(all.contracts.totalCount).toBe(n);
  });

  it('ages receivables into buckets by days past due', async () => {
    await app.db.query('DELETE FROM contract');
    const res = await contractWith('1000', standard(['30', '40', '25', '5']));
    // Due 2030-02-01 (300), 03-01 (400), 04-01 (250), 05-01 (50). As of 2030-05-15:
    // 103, 75, 44 and 14 days past due. 100 of the first is paid.
    const [first] = res.data!.setPaymentPlan.milestones;
    await invoiced(first!);
    await app.must(PAY, { m: first!.id, a: '100', k: 'aging-pay-1' }, finance);
    await app.db.query(`UPDATE payment_milestone SET invoiced_at = '2030-02-01' WHERE id = $1`, [
      first!.id,
    ]);
    const rows = await app.must<{
      collectionAging: {
        account: { name: string };
        notDue: string;
        days0to30: string;
        days31to60: string;
        days61to90: string;
        over90: string;
        outstanding: string;
        dso: number;
      }[];
    }>(
      '{ collectionAging(asOf: "2030-05-15") { account { name } notDue days0to30 days31to60 days61to90 over90 outstanding dso } }',
      {},
      finance,
    );
    expect(rows.collectionAging).toEqual([
      {
        account: { name: SZ },
        notDue: '0.00',
        days0to30: '50.00',
        days31to60: '250.00',
        days61to90: '400.00',
        over90: '200.00',
        outstanding: '900.00',
        // Only the first milestone was invoiced (300, in the last 365 days); 200 of it is open.
        dso: 243.3,
      },
    ]);
    const early = await app.must<{ collectionAging: { notDue: string; outstanding: string }[] }>(
      '{ collectionAging(asOf: "2030-01-15", groupBy: REGION) { notDue outstanding } }',
      {},
      finance,
    );
    expect(early.collectionAging[0]).toEqual({ notDue: '900.00', outstanding: '900.00' });
    // As the books stood on a past day: the day before the 100 was paid (2026-02-01) it was
    // still owed; the day before the contract was signed (2026-01-01) nothing was.
    const asOf = async (day: string) =>
      (
        await app.must<{ collectionAging: { notDue: string; outstanding: string }[] }>(
          'query($d: LocalDate!) { collectionAging(asOf: $d) { notDue outstanding } }',
          { d: day },
          finance,
        )
      ).collectionAging;
    expect(await asOf('2026-01-31')).toEqual([{ notDue: '1000.00', outstanding: '1000.00' }]);
    expect(await asOf('2026-02-01')).toEqual([{ notDue: '900.00', outstanding: '900.00' }]);
    expect(await asOf('2025-12-31')).toEqual([]);
  });

  it('escalates an overdue payment: collection manager, then the AR, then the manager', async () => {
    await app.db.query('DELETE FROM contract');
    await app.db.query(`UPDATE escalation_rule SET active = (trigger = 'PAYMENT_OVERDUE')`);
    // Guangdong's team has a collection manager (finance@) on it.
    const [{ id: gd }] = await app.db.query(
      `SELECT id FROM account WHERE name = '中国移动通信集团广东有限公司'`,
    );
    const previous = accountId;
    accountId = gd;
    const res = await contractWith('1000', standard(['30', '40', '25', '5']));
    accountId = previous;
    const [down] = res.data!.setPaymentPlan.milestones; // due 2030-02-01
    const { EscalationEngine } = await import('../src/modules/escalations/escalation-engine');
    const engine = new EscalationEngine(app.db);
    const users = new Map<string, string>(
      (await app.db.query('SELECT id, email FROM "user"')).map(
        (u: { id: string; email: string }) => [u.id, u.email],
      ),
    );
    const chain = async () =>
      (
        (await app.db.query(
          'SELECT level, target_user_id FROM escalation WHERE object_id = $1 ORDER BY level',
          [down!.id],
        )) as { level: number; target_user_id: string }[]
      ).map((r) => [r.level, users.get(r.target_user_id)]);
    await engine.run(new Date('2030-02-01T12:00:00Z'));
    expect(await chain()).toEqual([]);
    await engine.run(new Date('2030-02-02T01:00:00Z'));
    expect(await chain()).toEqual([[1, 'finance@trident.demo']]);
    await engine.run(new Date('2030-02-05T01:00:00Z'));
    expect(await chain()).toEqual([
      [1, 'finance@trident.demo'],
      [2, 'sales@trident.demo'],
    ]);
    await engine.run(new Date('2030-02-12T01:00:00Z'));
    expect((await chain()).at(-1)).toEqual([3, 'manager@trident.demo']);
  });

  it('draws the battle map per contract in one query, amounts hidden from delivery', async () => {
    await app.db.query('DELETE FROM contract');
    const res = await contractWith('1000', standard(['30', '40', '25', '5']));
    const [first] = res.data!.setPaymentPlan.milestones;
    await invoiced(first!);
    await app.must(PAY, { m: first!.id, a: '100', k: 'map-pay-1' }, finance);
    const MAP = `{ battleMap { contract { id terms } account { name } due paid open overdue nextDue overdueMilestones evidenceChecked evidenceRequired } }`;
    app.statements.length = 0;
    const rows = (await app.must<{ battleMap: Record<string, unknown>[] }>(MAP, {}, finance))
      .battleMap;
    // Today is before 2030: nothing is due or overdue yet; 100 paid, 900 open.
    expect(rows).toEqual([
      {
        contract: { id: res.contractId, terms: '30/40/25/5' },
        account: { name: SZ },
        due: '0.00',
        paid: '100.00',
        open: '900.00',
        overdue: '0.00',
        nextDue: '2030-02-01',
        overdueMilestones: 0,
        evidenceChecked: 2,
        evidenceRequired: 11,
      },
    ]);
    // Viewer, the map, then its contracts and accounts: one batch each.
    expect(app.statements.length).toBeLessThanOrEqual(4);
    const byDelivery = (
      await app.must<{ battleMap: { paid: unknown; evidenceRequired: number }[] }>(
        MAP,
        {},
        delivery,
      )
    ).battleMap;
    expect(byDelivery[0]).toMatchObject({ paid: null, evidenceRequired: 11 });
  });

  it("follows a contract through the customer's payment approval chain", async () => {
    const res = await contractWith('2000', standard(['30', '40', '25', '5']));
    const unit = await app.must<{ createOrgUnit: { id: string } }>(
      'mutation($a: ID!) { createOrgUnit(input: { accountId: $a, name: "财务部 Finance", kind: FINANCE }) { id } }',
      { a: accountId },
      sales,
    );
    const template = await app.must<{ createProcessTemplate: { id: string } }>(
      `mutation($a: ID!, $u: ID!) { createProcessTemplate(input: { accountId: $a, kind: PAYMENT, name: "付款审批",
         steps: [{ name: "验收签字 Acceptance sign-off", typicalDays: 5, approverOrgUnitId: $u },
                 { name: "财务付款 Finance pays", typicalDays: 10, approverOrgUnitId: $u }] }) { id } }`,
      { a: accountId, u: unit.createOrgUnit.id },
      sales,
    );
    const START = `mutation($t: ID!, $s: ID!) { startProcessRun(input: { templateId: $t,
       subjectType: CONTRACT, subjectId: $s, title: "付款" }) { id } }`;
    const wrong = await app.gql(
      START,
      { t: template.createProcessTemplate.id, s: '6f1c1e9e-0000-4000-8000-000000000002' },
      sales,
    );
    expect(wrong.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'subjectId',
    });
    await app.must(START, { t: template.createProcessTemplate.id, s: res.contractId }, sales);
    const chain = await app.must<{
      contract: { processRuns: { steps: { name: string; status: string }[] }[] };
    }>(
      'query($c: ID!) { contract(id: $c) { processRuns { steps { name status } } } }',
      { c: res.contractId },
      finance,
    );
    expect(chain.contract.processRuns[0]!.steps.map((s) => [s.name, s.status])).toEqual([
      ['验收签字 Acceptance sign-off', 'PENDING'],
      ['财务付款 Finance pays', 'PENDING'],
    ]);
  });

  it("holds a milestone's money until the customer's acceptance signature has passed", async () => {
    const res = await contractWith('3000', standard(['30', '40', '25', '5']));
    const acceptance = res.data!.setPaymentPlan.milestones.find((m) => m.kind === 'ON_ACCEPTANCE')!;
    const [engineering] = await app.db.query(
      `INSERT INTO org_unit (account_id, name, kind) VALUES ($1, '工程部 Engineering', 'ENGINEERING') RETURNING id`,
      [accountId],
    );
    const template = await app.must<{ createProcessTemplate: { id: string } }>(
      `mutation($a: ID!, $u: ID!) { createProcessTemplate(input: { accountId: $a, kind: ACCEPTANCE, name: "验收 Acceptance",
         steps: [{ name: "验收签字 Acceptance sign-off", typicalDays: 5, approverOrgUnitId: $u }] }) { id } }`,
      { a: accountId, u: engineering.id },
      sales,
    );
    const run = await app.must<{
      startProcessRun: { steps: { id: string; version: number; ownerRole: string }[] };
    }>(
      `mutation($t: ID!, $s: ID!) { startProcessRun(input: { templateId: $t, subjectType: CONTRACT, subjectId: $s }) {
         steps { id version ownerRole } } }`,
      { t: template.createProcessTemplate.id, s: res.contractId },
      sales,
    );
    const [signOff] = run.startProcessRun.steps;
    // Acceptance is the fulfilment responsible's by default (seed 002).
    expect(signOff!.ownerRole).toBe('FR');
    const GATES = `mutation($m: ID!, $s: [ID!]!) { setMilestoneGates(milestoneId: $m, runStepIds: $s) {
      gates { id } waitingOn { name } } }`;
    const foreign = await app.gql(
      GATES,
      { m: acceptance.id, s: ['6f1c1e9e-0000-4000-8000-0000000000aa'] },
      finance,
    );
    expect(foreign.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'runStepIds',
    });
    const gated = await app.must<{ setMilestoneGates: { waitingOn: { name: string }[] } }>(
      GATES,
      { m: acceptance.id, s: [signOff!.id] },
      finance,
    );
    expect(gated.setMilestoneGates.waitingOn).toEqual([{ name: '验收签字 Acceptance sign-off' }]);

    // Its evidence is in order, yet the invoice waits on the signature.
    await app.db.query(
      `UPDATE evidence_item SET checked_at = now() WHERE milestone_id = $1 AND code <> 'INVOICE'`,
      [acceptance.id],
    );
    const held = await app.gql(INVOICE, { id: acceptance.id, v: acceptance.version }, finance);
    expect(held.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'gates',
      waitingOn: [signOff!.id],
    });
    // Overdue, the battle map names the step and the people on both sides.
    await app.db.query(`UPDATE payment_milestone SET due = '2026-01-01' WHERE id = $1`, [
      acceptance.id,
    ]);
    const map = await app.must<{
      battleMap: {
        contract: { id: string };
        heldBy: {
          milestone: { id: string };
          step: { name: string; owner: { email: string } | null };
        }[];
      }[];
    }>(
      '{ battleMap { contract { id } heldBy { milestone { id } step { name owner { email } } } } }',
      {},
      finance,
    );
    const row = map.battleMap.find((r) => r.contract.id === res.contractId)!;
    expect(row.heldBy).toEqual([
      {
        milestone: { id: acceptance.id },
        step: { name: '验收签字 Acceptance sign-off', owner: { email: 'delivery@trident.demo' } },
      },
    ]);

    // The customer signs: the money can be invoiced.
    const MOVE = `mutation($id: ID!, $s: RunStepStatus!, $v: Int!) { moveRunStep(id: $id, input: { status: $s }, version: $v) { version } }`;
    const reviewed = await app.must<{ moveRunStep: { version: number } }>(
      MOVE,
      { id: signOff!.id, s: 'IN_REVIEW', v: signOff!.version },
      delivery,
    );
    await app.must(
      MOVE,
      { id: signOff!.id, s: 'PASSED', v: reviewed.moveRunStep.version },
      delivery,
    );
    const invoiced = await app.must<{ invoiceMilestone: { stage: string } }>(
      INVOICE,
      { id: acceptance.id, v: acceptance.version },
      finance,
    );
    expect(invoiced.invoiceMilestone.stage).toBe('INVOICED');
  });

  it('offers a contract form only the won deals that have no contract yet, in scope', async () => {
    const Q =
      'query { opportunities(filter: { awaitingContract: true }, first: 500) { nodes { id } } }';
    const expected = async (email: string | null) =>
      (
        await app.db.query(
          `SELECT o.id FROM opportunity o JOIN funnel_stage s ON s.id = o.stage_id
            WHERE s.is_won AND NOT EXISTS (SELECT 1 FROM contract c WHERE c.opportunity_id = o.id)
              AND ($1::text IS NULL OR EXISTS (
                SELECT 1 FROM account_team_member m JOIN "user" u ON u.id = m.user_id
                 WHERE m.account_id = o.account_id AND u.email = $1))`,
          [email],
        )
      )
        .map((row: { id: string }) => row.id)
        .sort();
    for (const [token, email] of [
      [finance, null],
      [sales, 'sales@trident.demo'],
    ] as const) {
      const res = await app.gql<{ opportunities: { nodes: { id: string }[] } }>(Q, {}, token);
      expect(res.errors).toBeUndefined();
      const ids = res.data!.opportunities.nodes.map((node) => node.id).sort();
      expect(ids).toEqual(await expected(email));
    }
    expect((await expected(null)).length).toBeGreaterThan(0);
  });

  it('finds payments by the day the money arrived, not the day they were entered', async () => {
    // Three payments entered now, for money paid on three different days.
    const res0 = await contractWith('300.00', standard(['30', '40', '25', '5']));
    const m = res0.data!.setPaymentPlan.milestones[0]!;
    await invoiced(m);
    for (const [i, d] of ['2026-03-02', '2026-03-09', '2026-03-16'].entries())
      await app.must(PAY, { m: m.id, a: '10.00', k: `paid-day-${i}`, d }, finance);
    const PAID = `query($f: PaymentFilter) { payments(filter: $f, first: 500) { totalCount nodes { paidAt } }
      paymentTotals(filter: $f) { count } }`;
    const [{ min, max }] = await app.db.query(
      `SELECT min(paid_at)::text AS min, max(paid_at)::text AS max FROM payment`,
    );
    const cases: [Record<string, string>, string][] = [
      [{ paidFrom: max }, `paid_at >= '${max}'`],
      [{ paidTo: min }, `paid_at <= '${min}'`],
      [{ paidFrom: min, paidTo: min }, `paid_at = '${min}'`],
    ];
    for (const [filter, where] of cases) {
      const [{ n }] = await app.db.query(`SELECT count(*)::int AS n FROM payment WHERE ${where}`);
      const res = await app.must<{
        payments: { totalCount: number; nodes: { paidAt: string }[] };
        paymentTotals: { count: number }[];
      }>(PAID, { f: filter }, finance);
      expect([filter, res.payments.totalCount]).toEqual([filter, n]);
      expect(res.paymentTotals.reduce((sum, row) => sum + row.count, 0)).toBe(n);
      for (const { paidAt } of res.payments.nodes) {
        if (filter.paidFrom) expect(paidAt >= filter.paidFrom).toBe(true);
        if (filter.paidTo) expect(paidAt <= filter.paidTo).toBe(true);
      }
    }
    const backwards = await app.gql(PAID, { f: { paidFrom: max, paidTo: '2000-01-01' } }, finance);
    expect(backwards.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it("answers each contract's line of the battle map as the contract's own collection does", async () => {
    const FIELDS =
      'contractAmount due paid open overdue nextDue overdueMilestones evidenceChecked evidenceRequired currency';
    const { battleMap } = await app.must<{
      battleMap: ({ contract: { id: string } } & Record<string, unknown>)[];
    }>(`{ battleMap { contract { id } ${FIELDS} } }`, {}, finance);
    expect(battleMap.length).toBeGreaterThan(3);
    const ids = battleMap.map((row) => row.contract.id);
    const lines = await Promise.all(
      ids.map(async (id) => {
        const { contract } = await app.must<{ contract: { collection: Record<string, unknown> } }>(
          `query($id: ID!) { contract(id: $id) { collection { contract { id } ${FIELDS} } } }`,
          { id },
          finance,
        );
        return contract.collection;
      }),
    );
    expect(battleMap).toEqual(lines);
  });

  // Last in this file: it adds more contracts than the others expect to find.
  it('answers the battle map of a finance desk with the most overdue contracts, up to its cap', async () => {
    const [{ id: salesId }] = await app.db.query(
      `SELECT id FROM "user" WHERE email = 'sales@trident.demo'`,
    );
    // One more contract than the map answers, each with one overdue milestone of its own size.
    await app.db.query(
      `WITH deals AS (
         INSERT INTO opportunity (account_id, name, amount, currency, contract_amount, stage_id, owner_id, created_by_id, closed_at)
         SELECT $1, 'bulk won deal ' || n, 1000 + n, 'CNY', 1000 + n, $2, $3, $3, now()
           FROM generate_series(1, $4::int + 1) AS n
         RETURNING id, amount),
       contracts AS (
         INSERT INTO contract (opportunity_id, account_id, title, kind, amount, currency, signed_at, created_by_id)
         SELECT id, $1, 'bulk contract', 'NEW', amount, 'CNY', '2025-01-01', $3 FROM deals
         RETURNING id, amount)
       INSERT INTO payment_milestone (contract_id, account_id, position, kind, share, amount, currency, due)
       SELECT id, $1, 1, 'DOWN_PAYMENT', 100, amount, 'CNY', '2025-02-01' FROM contracts`,
      [accountId, wonStage, salesId, BATTLE_MAP_MAX_ROWS],
    );
    const { battleMap } = await app.must<{ battleMap: { overdue: string | null }[] }>(
      'query($f: BattleMapFilter) { battleMap(filter: $f) { overdue } }',
      { f: { accountId } },
      finance,
    );
    expect(battleMap).toHaveLength(BATTLE_MAP_MAX_ROWS);
    // The most overdue first: the smallest bulk contract is the one left out.
    const overdue = battleMap.map((row) => Number(row.overdue ?? 0));
    expect(overdue).toEqual([...overdue].sort((a, b) => b - a));
    expect(Math.min(...overdue)).toBeGreaterThan(1001);
  });
});
