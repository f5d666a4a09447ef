import { accountLinks } from './support/account-links';
import { startTestApp, type TestApp } from './support/test-app';

describe('demo data', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ demoMaps: true });
  });
  afterAll(() => app.close());

  it('gives the key accounts full org charts, reporting inside the same customer', async () => {
    const sizes: { name: string; n: string }[] = await app.db.query(
      `SELECT a.name, count(c.id) AS n FROM account a JOIN contact c ON c.account_id = a.id GROUP BY a.name ORDER BY count(c.id) DESC`,
    );
    const size = new Map(sizes.map((row) => [row.name, Number(row.n)]));
    for (const key of [
      '中国移动通信集团广东有限公司',
      '国网江苏省电力有限公司',
      '华润医疗控股有限公司',
      '比亚迪股份有限公司',
    ]) {
      expect([key, size.get(key)! >= 30 && size.get(key)! <= 120]).toEqual([key, true]);
    }
    const crossing: unknown[] = await app.db.query(
      `SELECT 1 FROM contact c JOIN contact boss ON boss.id = c.reports_to_id WHERE boss.account_id <> c.account_id`,
    );
    expect(crossing).toEqual([]);
    const sales = await app.login('sales@trident.demo');
    const [gd] = await app.db.query(
      `SELECT id FROM account WHERE name = '中国移动通信集团广东有限公司'`,
    );
    const chart = await app.gql<{
      orgChart: {
        units: unknown[];
        contacts: { coachLevel: string | null; risingStar: boolean; status: string }[];
        influences: unknown[];
      };
    }>(
      'query($a: ID!) { orgChart(accountId: $a) { units { id } contacts { coachLevel risingStar status } influences { id } } }',
      { a: gd.id },
      sales,
    );
    const { units, contacts, influences } = chart.data!.orgChart;
    expect(units.length).toBeGreaterThanOrEqual(6);
    expect(contacts.some((c) => c.coachLevel)).toBe(true);
    expect(contacts.some((c) => c.status === 'LEFT')).toBe(true);
    expect(influences.length).toBeGreaterThan(0);
  });

  it('links records of one customer only, on every link the schema has', async () => {
    const { checked, mismatches } = await accountLinks(app.db);
    // Foreign keys, id columns without one, arrays of ids and polymorphic pairs alike.
    expect(checked).toEqual(
      expect.arrayContaining([
        'task.opportunity_id → opportunity',
        'feedback.opportunity_id → opportunity',
        'activity.contact_ids → contact',
        'escalation.object_id → payment_milestone (MILESTONE)',
        'process_run.subject_id → contract (CONTRACT)',
      ]),
    );
    expect(checked.length).toBeGreaterThan(40);
    expect(mismatches).toEqual([]);
  });

  it('has the four processes per key account and a run blocked longer than its typical days', async () => {
    const kinds: { kind: string }[] = await app.db.query(
      `SELECT DISTINCT t.kind FROM process_template t JOIN account a ON a.id = t.account_id WHERE a.name LIKE '%深圳分公司'`,
    );
    expect(kinds.map((k) => k.kind).sort()).toEqual(['CONTRACT', 'NEED', 'PAYMENT', 'PROCUREMENT']);
    const sales = await app.login('sales@trident.demo');
    const blocked = await app.gql<{
      blockedSteps: { nodes: { name: string; blockReason: string; run: { title: string } }[] };
    }>('{ blockedSteps { nodes { name blockReason run { title } } } }', {}, sales);
    expect(blocked.errors).toBeUndefined();
    expect(blocked.data!.blockedSteps.nodes.map((n) => n.run.title)).toContain(
      '5G 专网扩容 5G private network expansion',
    );
  });

  it("plans every run on its subject's facts: its amount, currency, product lines and region", async () => {
    const runs = await app.db.query(
      `SELECT count(*)::int AS n FROM process_run WHERE subject_type = 'OPPORTUNITY'`,
    );
    expect(runs[0].n).toBeGreaterThan(10);
    const astray = await app.db.query(
      `SELECT r.id, r.title, r.region, a.region AS account_region, r.product_lines, o.products,
              r.amount::text, o.amount::text AS deal_amount, r.currency, o.currency AS deal_currency
         FROM process_run r
         JOIN opportunity o ON o.id = r.subject_id
         JOIN account a ON a.id = o.account_id
        WHERE r.subject_type = 'OPPORTUNITY' AND r.status = 'RUNNING'
          AND (r.region IS DISTINCT FROM a.region OR r.product_lines IS DISTINCT FROM o.products
               OR r.amount IS DISTINCT FROM o.amount OR r.currency IS DISTINCT FROM o.currency)`,
    );
    expect(astray).toEqual([]);
  });

  it('shows execution at work: every task state, a plan not ready, feedback waiting, escalations, a handover half done', async () => {
    const states: { status: string }[] = await app.db.query('SELECT DISTINCT status FROM task');
    expect(states.map((s) => s.status).sort()).toEqual([
      'ACKNOWLEDGED',
      'CANCELLED',
      'DONE',
      'IN_PROGRESS',
      'PROPOSED',
      'REWORK',
      'SUBMITTED',
    ]);
    const sales = await app.login('sales@trident.demo');
    const [plan] = await app.db.query(
      `SELECT id FROM work_plan WHERE name LIKE '%Shenzhen 5G bid'`,
    );
    const ready = await app.must<{ planReadiness: { complete: boolean; unassigned: unknown[] } }>(
      'query($p: ID!) { planReadiness(planId: $p) { complete unassigned { id } } }',
      { p: plan.id },
      sales,
    );
    expect(ready.planReadiness.complete).toBe(false);
    expect(ready.planReadiness.unassigned).toHaveLength(1);
    const waiting = await app.must<{ feedbacks: { totalCount: number } }>(
      '{ feedbacks(filter: { mine: true, acknowledged: false }) { totalCount } }',
      {},
      sales,
    );
    expect(waiting.feedbacks.totalCount).toBeGreaterThan(0);
    expect(await app.count('escalation')).toBeGreaterThan(0);
    await expect(app.login('sales3@trident.demo')).rejects.toThrow(/can no longer sign in/);
    const manager = await app.login('admin@trident.demo');
    const handovers = await app.must<{
      handovers: { status: string; progress: { total: number; done: number } }[];
    }>('{ handovers { status progress { total done } } }', {}, manager);
    expect(handovers.handovers).toHaveLength(1);
    const { total, done } = handovers.handovers[0]!.progress;
    expect(done).toBeGreaterThan(0);
    expect(done).toBeLessThan(total);
  });

  it('has collections to chase: paid, partly paid and overdue milestones, missing evidence, renewals due', async () => {
    const stages: { stage: string }[] = await app.db.query(
      'SELECT DISTINCT stage FROM payment_milestone',
    );
    expect(stages.map((s) => s.stage).sort()).toEqual([
      'INVOICED',
      'PAID',
      'PARTIALLY_PAID',
      'PLANNED',
    ]);
    const [{ n: overdue }] = await app.db.query(
      `SELECT count(*)::int AS n FROM payment_milestone WHERE stage <> 'PAID' AND due < CURRENT_DATE`,
    );
    expect(overdue).toBeGreaterThan(0);
    const [{ n: perSite }] = await app.db.query(
      `SELECT count(*)::int AS n FROM payment_milestone WHERE kind = 'PER_SITE'`,
    );
    expect(perSite).toBeGreaterThan(0);
    const [{ n: missing }] = await app.db.query(
      'SELECT count(*)::int AS n FROM evidence_item WHERE required AND checked_at IS NULL',
    );
    expect(missing).toBeGreaterThan(0);
    const finance = await app.login('finance@trident.demo');
    const renewals = await app.must<{ renewals: { totalCount: number } }>(
      '{ renewals(dueWithinDays: 90) { totalCount } }',
      {},
      finance,
    );
    expect(renewals.renewals.totalCount).toBeGreaterThan(0);
    const [{ n: escalated }] = await app.db.query(
      `SELECT count(*)::int AS n FROM escalation WHERE object_type = 'MILESTONE'`,
    );
    expect(escalated).toBeGreaterThan(0);
  });
});
