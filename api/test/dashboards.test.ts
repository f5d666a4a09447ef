import { startTestApp, type TestApp } from './support/test-app';

const SZ = '中国移动通信集团广东有限公司深圳分公司';

/**
 * The reads behind the role dashboards that are not covered by their own modules' tests:
 * payments booked (FINANCE's week), escalations counted per level (MANAGER), the
 * escalation level of a milestone, and the delivery filters (DELIVERY).
 */
describe('dashboard reads', () => {
  let app: TestApp;
  let sales: string;
  let sales2: string;
  let finance: string;
  let tech: string;
  let manager: string;
  let accountId: string;
  let contractId: string;
  let milestones: { id: string; kind: string; version: number }[];

  beforeAll(async () => {
    app = await startTestApp();
    [sales, sales2, finance, tech, manager] = (await Promise.all(
      ['sales', 'sales2', 'finance', 'tech', 'manager'].map((u) => app.login(`${u}@trident.demo`)),
    )) as [string, string, string, string, string];
    [{ id: accountId }] = await app.db.query('SELECT id FROM account WHERE name = $1', [SZ]);
    const [{ id: salesId }] = await app.db.query(
      `SELECT id FROM "user" WHERE email = 'sales@trident.demo'`,
    );
    const [{ id: dealId }] = await app.db.query(
      `INSERT INTO opportunity (account_id, name, amount, currency, contract_amount, stage_id, owner_id, created_by_id, closed_at)
       SELECT $1, 'won deal', 1000, 'CNY', 1000, s.id, $2, $2, now() FROM funnel_stage s WHERE s.code = 'WON'
       RETURNING id`,
      [accountId, salesId],
    );
    const created = await app.must<{ createContract: { id: string; version: number } }>(
      'mutation($o: ID!) { createContract(input: { opportunityId: $o, signedAt: "2026-01-01" }) { id version } }',
      { o: dealId },
      sales,
    );
    contractId = created.createContract.id;
    const planned = await app.must<{
      setPaymentPlan: { milestones: { id: string; kind: string; version: number }[] };
    }>(
      `mutation($c: ID!, $v: Int!, $input: PaymentPlanInput!) {
        setPaymentPlan(contractId: $c, version: $v, input: $input) { milestones { id kind version } } }`,
      {
        c: contractId,
        v: created.createContract.version,
        input: {
          milestones: [
            { kind: 'DOWN_PAYMENT', share: '30', due: '2030-02-01' },
            { kind: 'ON_DELIVERY', share: '40', due: '2030-03-01' },
            { kind: 'ON_ACCEPTANCE', share: '25', due: '2030-04-01' },
            { kind: 'WARRANTY_RETENTION', share: '5', due: '2031-01-01' },
          ],
        },
      },
      sales,
    );
    milestones = planned.setPaymentPlan.milestones;
    // Invoiced without going through the evidence chain: these tests are about the reads.
    await app.db.query(
      `UPDATE payment_milestone SET stage = 'INVOICED', invoiced_at = now() WHERE id = ANY($1)`,
      [milestones.filter((m) => m.kind !== 'WARRANTY_RETENTION').map((m) => m.id)],
    );
  });
  afterAll(() => app.close());

  const PAY = `mutation($m: ID!, $a: Decimal!, $k: String!) {
    recordPayment(milestoneId: $m, amount: $a, paidAt: "2026-02-10", idempotencyKey: $k) { id } }`;
  const PAYMENTS = `query($f: PaymentFilter) {
    payments(filter: $f, first: 50) { totalCount nodes { id amount paidAt milestone { id kind } } }
    paymentTotals(filter: $f) { currency count amount } }`;

  it('lists the payments booked in a window, with their totals in SQL, scoped to the account', async () => {
    const before = new Date();
    await app.must(PAY, { m: milestones[0]!.id, a: '100.10', k: 'dashboard-1' }, finance);
    await app.must(PAY, { m: milestones[0]!.id, a: '0.20', k: 'dashboard-2' }, finance);
    await app.must(PAY, { m: milestones[1]!.id, a: '50.00', k: 'dashboard-3' }, finance);
    const filter = { contractId, recordedFrom: before.toISOString() };
    type Result = {
      payments: { totalCount: number; nodes: { amount: string; milestone: { kind: string } }[] };
      paymentTotals: { currency: string; count: number; amount: string | null }[];
    };
    const asFinance = await app.must<Result>(PAYMENTS, { f: filter }, finance);
    expect(asFinance.payments.totalCount).toBe(3);
    expect(asFinance.payments.nodes.map((p) => p.amount)).toEqual(['50.00', '0.20', '100.10']);
    expect(asFinance.payments.nodes[0]!.milestone.kind).toBe('ON_DELIVERY');
    expect(asFinance.paymentTotals).toEqual([{ currency: 'CNY', count: 3, amount: '150.30' }]);

    // A window that ends before they were booked is empty.
    const earlier = await app.must<Result>(
      PAYMENTS,
      { f: { contractId, recordedTo: before.toISOString() } },
      finance,
    );
    expect(earlier.payments.totalCount).toBe(0);
    expect(earlier.paymentTotals).toEqual([]);

    // The AR on the account sees them; an AR elsewhere sees none, not even in the totals.
    expect((await app.must<Result>(PAYMENTS, { f: filter }, sales)).payments.totalCount).toBe(3);
    const outsider = await app.must<Result>(PAYMENTS, { f: filter }, sales2);
    expect(outsider.payments.totalCount).toBe(0);
    expect(outsider.paymentTotals).toEqual([]);

    // The solution side counts them but never sees the money.
    const asTech = await app.must<Result>(PAYMENTS, { f: filter }, tech);
    expect(asTech.paymentTotals).toEqual([{ currency: 'CNY', count: 3, amount: null }]);
    expect(asTech.payments.nodes.every((p) => p.amount === null)).toBe(true);
  });

  it('counts escalations per level over exactly the rows the list shows', async () => {
    const [{ id: ruleId }] = await app.db.query(
      `SELECT id FROM escalation_rule WHERE trigger = 'PAYMENT_OVERDUE' LIMIT 1`,
    );
    const [down, delivery] = milestones;
    const insert = (objectId: string, level: number, status: string) =>
      app.db.query(
        `INSERT INTO escalation (rule_id, object_type, object_id, account_id, level, target, summary, status, created_at)
         VALUES ($1, 'MILESTONE', $2, $3, $4, 'MANAGER', 'overdue', $5, now())`,
        [ruleId, objectId, accountId, level, status],
      );
    await insert(down!.id, 1, 'OPEN');
    await insert(down!.id, 2, 'OPEN');
    await insert(delivery!.id, 1, 'OPEN');
    await insert(delivery!.id, 2, 'RESOLVED');

    const LEVELS = `query($f: EscalationFilterInput) {
      escalationLevels(filter: $f) { level count }
      escalations(filter: $f) { totalCount } }`;
    const f = { accountId, objectType: 'MILESTONE', status: 'OPEN' };
    const result = await app.must<{
      escalationLevels: { level: number; count: number }[];
      escalations: { totalCount: number };
    }>(LEVELS, { f }, manager);
    expect(result.escalationLevels).toEqual([
      { level: 1, count: 2 },
      { level: 2, count: 1 },
    ]);
    expect(result.escalations.totalCount).toBe(3);
    // Each count opens the list filtered by its level, and the list agrees.
    for (const { level, count } of result.escalationLevels) {
      const page = await app.must<{ escalations: { totalCount: number } }>(
        'query($f: EscalationFilterInput) { escalations(filter: $f) { totalCount } }',
        { f: { ...f, level } },
        manager,
      );
      expect(page.escalations.totalCount).toBe(count);
    }
    const outsider = await app.must<{ escalationLevels: unknown[] }>(LEVELS, { f }, sales2);
    expect(outsider.escalationLevels).toEqual([]);

    // A milestone shows how far its chain has gone: the highest level still open.
    const levels = await app.must<{
      paymentMilestones: { nodes: { id: string; escalationLevel: number | null }[] };
    }>(
      'query($c: ID!) { paymentMilestones(filter: { contractId: $c }) { nodes { id escalationLevel } } }',
      { c: contractId },
      finance,
    );
    const byId = new Map(levels.paymentMilestones.nodes.map((m) => [m.id, m.escalationLevel]));
    expect(milestones.map((m) => byId.get(m.id))).toEqual([2, 1, null, null]);

    const bad = await app.gql('{ escalationLevels(filter: { level: 0 }) { level } }', {}, manager);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'level' });
  });

  it('finds contracts still in delivery and their delivery milestones', async () => {
    const CONTRACTS = `query($f: ContractFilter) { contracts(filter: $f, first: 500) { totalCount nodes { id } } }`;
    const inDelivery = async () =>
      (
        await app.must<{ contracts: { nodes: { id: string }[] } }>(
          CONTRACTS,
          { f: { accountId, inDelivery: true } },
          sales,
        )
      ).contracts.nodes.map((c) => c.id);
    // Everything delivery-related is invoiced: delivery is over.
    expect(await inDelivery()).not.toContain(contractId);
    await app.db.query(`UPDATE payment_milestone SET stage = 'PLANNED' WHERE id = $1`, [
      milestones[2]!.id,
    ]);
    expect(await inDelivery()).toContain(contractId);

    const kinds = await app.must<{ paymentMilestones: { nodes: { kind: string }[] } }>(
      `query($c: ID!) { paymentMilestones(filter: { contractId: $c, kinds: [ON_DELIVERY, ON_ACCEPTANCE] }) {
        nodes { kind } } }`,
      { c: contractId },
      sales,
    );
    expect(kinds.paymentMilestones.nodes.map((m) => m.kind)).toEqual([
      'ON_DELIVERY',
      'ON_ACCEPTANCE',
    ]);
  });
});
