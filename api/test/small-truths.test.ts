import { addMonths, calendarDayIn } from '@trident/domain';
import pino from 'pino';
import request from 'supertest';
import { EscalationEngine } from '../src/modules/escalations/escalation-engine';
import type { TridentServer } from '../src/server';
import { createServer } from '../src/server';
import { startTestApp, TEST_CONFIG, type GqlResult, type TestApp } from './support/test-app';

/**
 * Issue 24, "small truths": dates, decimals and defaults a user trips over. Each block
 * drives the API over HTTP against Postgres, as a user (or a BI tool) would.
 */
const SZ = '中国移动通信集团广东有限公司深圳分公司';
const DAY = 86_400_000;

describe('small truths (issue 24)', () => {
  let app: TestApp;
  let sales: string;
  let manager: string;
  let admin: string;
  let finance: string;
  let delivery: string;
  let accountId: string;
  let salesId: string;
  let stage: Record<string, string>;

  beforeAll(async () => {
    app = await startTestApp();
    [sales, manager, admin, finance, delivery] = (await Promise.all(
      ['sales', 'manager', 'admin', 'finance', 'delivery'].map((u) =>
        app.login(`${u}@trident.demo`),
      ),
    )) as [string, string, string, string, string];
    [{ id: accountId }] = await app.db.query('SELECT id FROM account WHERE name = $1', [SZ]);
    [{ id: salesId }] = await app.db.query(
      `SELECT id FROM "user" WHERE email = 'sales@trident.demo'`,
    );
    const stages: { id: string; code: string }[] = await app.db.query(
      'SELECT id, code FROM funnel_stage',
    );
    stage = Object.fromEntries(stages.map((s) => [s.code, s.id]));
  });
  afterAll(() => app.close());

  /** A won deal of `amount` with its contract over `sites` (no plan yet). */
  const contractOver = async (sites: string[], amount = '1000.00') => {
    const [{ id: dealId }] = await app.db.query(
      `INSERT INTO opportunity (account_id, name, amount, currency, contract_amount, stage_id, owner_id, created_by_id, closed_at)
       VALUES ($1, 'won deal', $2, 'CNY', $2, $3, $4, $4, now()) RETURNING id`,
      [accountId, amount, stage.WON, salesId],
    );
    return (
      await app.must<{ createContract: { id: string; version: number } }>(
        'mutation($o: ID!, $s: [String!]!) { createContract(input: { opportunityId: $o, signedAt: "2026-01-01", sites: $s }) { id version } }',
        { o: dealId, s: sites },
        sales,
      )
    ).createContract;
  };
  const PLAN = `mutation($c: ID!, $v: Int!, $input: PaymentPlanInput!) {
    setPaymentPlan(contractId: $c, version: $v, input: $input) {
      id milestones { id kind site share due amount { amount } } } }`;
  type Planned = {
    setPaymentPlan: {
      id: string;
      milestones: {
        id: string;
        site: string | null;
        share: string;
        due: string;
        amount: { amount: string };
      }[];
    };
  };

  // ——— 1. Month arithmetic clamps to the month's last day ———

  describe('per-site payment plans are monthly, even from the 31st', () => {
    it('dues 2027-01-31, 2027-02-28, 2027-03-31 from firstDue 2027-01-31', async () => {
      const contract = await contractOver(['广州', '深圳', '珠海']);
      const plan = await app.must<Planned>(
        PLAN,
        { c: contract.id, v: contract.version, input: { perSite: true, firstDue: '2027-01-31' } },
        sales,
      );
      expect(plan.setPaymentPlan.milestones.map((m) => [m.site, m.due])).toEqual([
        ['广州', '2027-01-31'],
        ['深圳', '2027-02-28'],
        ['珠海', '2027-03-31'],
      ]);
    });

    it('counts every due from the first one: a leap February, then back to the 31st', async () => {
      const sites = Array.from({ length: 6 }, (_, i) => `site ${i + 1}`);
      const contract = await contractOver(sites);
      const plan = await app.must<Planned>(
        PLAN,
        { c: contract.id, v: contract.version, input: { perSite: true, firstDue: '2027-12-31' } },
        sales,
      );
      expect(plan.setPaymentPlan.milestones.map((m) => m.due)).toEqual([
        '2027-12-31',
        '2028-01-31',
        '2028-02-29',
        '2028-03-31',
        '2028-04-30',
        '2028-05-31',
      ]);
    });

    it('buckets revenue by calendar month with the same rule (January, February, March)', async () => {
      const rows = await app.must<{ revenueSummary: { periodStart: string }[] }>(
        '{ revenueSummary(from: "2027-01", to: "2027-03", granularity: MONTH) { periodStart } }',
        {},
        sales,
      );
      expect([...new Set(rows.revenueSummary.map((r) => r.periodStart))]).toEqual([
        '2027-01-01',
        '2027-02-01',
        '2027-03-01',
      ]);
    });
  });

  // ——— 2. A qualified lead is the contact the Contacted stage asks for ———

  describe('converting a qualified lead on a customer nobody has visited yet', () => {
    const CONVERT = `mutation($id: ID!, $input: ConvertLeadInput) { convertLead(id: $id, input: $input) {
      overridden opportunity { id stage { code } history { toStage { code } } } } }`;
    let quietAccount: string;

    beforeAll(async () => {
      const claimed = await app.must<{ claimAccount: { id: string } }>(
        `mutation { claimAccount(input: { name: "小桔科技 Quiet Orange", tier: CITY, region: "广东 深圳" }) { id } }`,
        {},
        sales,
      );
      quietAccount = claimed.claimAccount.id;
      const [{ n }] = await app.db.query(
        'SELECT count(*)::int AS n FROM activity WHERE account_id = $1',
        [quietAccount],
      );
      expect(n).toBe(0);
    });

    const lead = async (bant: Record<string, unknown>) =>
      (
        await app.must<{ createLead: { id: string } }>(
          `mutation($input: CreateLeadInput!) { createLead(input: $input) { id } }`,
          {
            input: {
              accountId: quietAccount,
              title: '园区专网 Campus network',
              source: 'INBOUND',
              scenario: 'OCCASIONAL',
              estimated: { amount: '500000', currency: 'CNY' },
              ...bant,
            },
          },
          sales,
        )
      ).createLead;

    it('starts the deal at 25 %: confirming budget, authority, need and timing was the contact', async () => {
      const qualified = await lead({
        budget: { confirmed: true, note: '预算已批 budget approved' },
        authority: { confirmed: true, note: 'CIO decides' },
        need: { confirmed: true, note: '技术交流 need confirmed on a call' },
        timing: { confirmed: true, note: 'Q3' },
      });
      const res = await app.gql<{
        convertLead: { overridden: string[]; opportunity: { stage: { code: string } } };
      }>(CONVERT, { id: qualified.id }, sales);
      expect(res.errors).toBeUndefined();
      expect(res.data!.convertLead.opportunity.stage.code).toBe('CONTACTED');
      expect(res.data!.convertLead.overridden).toEqual([]);
    });

    it('still asks for a logged contact when a manager converts over missing BANT items', async () => {
      const unqualified = await lead({ budget: { confirmed: true, note: 'b' } });
      const res = await app.gql(
        CONVERT,
        { id: unqualified.id, input: { overrideReason: '高层口头承诺 verbal promise' } },
        manager,
      );
      expect(res.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'stageId',
        reason: 'STAGE_CRITERIA_UNMET',
        unmet: ['ACTIVITY_LOGGED'],
      });
      // The stage is the user's choice: at 0 % nothing is asked.
      const prospect = await app.gql<{ convertLead: { opportunity: { stage: { code: string } } } }>(
        CONVERT,
        {
          id: unqualified.id,
          input: { overrideReason: '高层口头承诺 verbal promise', stageId: stage.PROSPECT },
        },
        manager,
      );
      expect(prospect.data?.convertLead.opportunity.stage.code).toBe('PROSPECT');
    });
  });

  // ——— 3. Decimals are written one way ———

  describe('decimals come back in one form, whichever path answers', () => {
    it('answers startProcessRun and a later read alike ("2000000.00")', async () => {
      const unit = await app.must<{ createOrgUnit: { id: string } }>(
        'mutation($a: ID!) { createOrgUnit(input: { accountId: $a, name: "采购部 Purchasing", kind: PROCUREMENT }) { id } }',
        { a: accountId },
        sales,
      );
      const template = await app.must<{ createProcessTemplate: { id: string } }>(
        `mutation($a: ID!, $u: ID!) { createProcessTemplate(input: { accountId: $a, kind: PROCUREMENT,
           name: "采购 Purchase", steps: [{ name: "采购审批", typicalDays: 3, approverOrgUnitId: $u }] }) { id } }`,
        { a: accountId, u: unit.createOrgUnit.id },
        sales,
      );
      const deal = await app.must<{
        createOpportunity: { id: string; amount: { amount: string } };
      }>(
        `mutation($a: ID!) { createOpportunity(input: { accountId: $a, name: "2 M deal",
           amount: { amount: "2000000", currency: "CNY" } }) { id amount { amount } } }`,
        { a: accountId },
        sales,
      );
      expect(deal.createOpportunity.amount.amount).toBe('2000000.00');
      const started = await app.must<{
        startProcessRun: { id: string; amount: string; plans: { amount: string }[] };
      }>(
        `mutation($t: ID!, $d: ID!) { startProcessRun(input: { templateId: $t, subjectType: OPPORTUNITY, subjectId: $d }) {
           id amount plans { amount } } }`,
        { t: template.createProcessTemplate.id, d: deal.createOpportunity.id },
        sales,
      );
      const read = await app.must<{ processRun: { amount: string; plans: { amount: string }[] } }>(
        'query($id: ID!) { processRun(id: $id) { amount plans { amount } } }',
        { id: started.startProcessRun.id },
        sales,
      );
      expect(started.startProcessRun.amount).toBe('2000000.00');
      expect(started.startProcessRun.plans.map((p) => p.amount)).toEqual(['2000000.00']);
      expect(read.processRun).toEqual({
        amount: started.startProcessRun.amount,
        plans: started.startProcessRun.plans,
      });
    });

    it('stores and answers account plan targets canonically, also those kept as JSON', async () => {
      const PLAN_FIELDS =
        'id target { amount } productTargets { product amount } milestones { floorTarget }';
      const created = await app.must<{
        createAccountPlan: {
          id: string;
          target: { amount: string };
          productTargets: { product: string; amount: string }[];
          milestones: { floorTarget: string }[];
        };
      }>(
        `mutation($a: ID!) { createAccountPlan(input: { accountId: $a, period: "2031", targetAmount: "8000000",
           productTargets: [{ product: "5G 专网", amount: "2000000" }, { product: "IoT", amount: "1500000.5" }],
           milestones: [{ task: "高层拜访", due: "2031-03-31", ownerId: "${salesId}", floorTarget: "100" }] }) { ${PLAN_FIELDS} } }`,
        { a: accountId },
        sales,
      );
      expect(created.createAccountPlan.target.amount).toBe('8000000.00');
      expect(created.createAccountPlan.productTargets).toEqual([
        { product: '5G 专网', amount: '2000000.00' },
        { product: 'IoT', amount: '1500000.50' },
      ]);
      expect(created.createAccountPlan.milestones[0]!.floorTarget).toBe('100.00');
      const [row] = await app.db.query('SELECT product_targets FROM account_plan WHERE id = $1', [
        created.createAccountPlan.id,
      ]);
      expect(row.product_targets.map((t: { amount: string }) => t.amount)).toEqual([
        '2000000.00',
        '1500000.50',
      ]);
      // A plan stored before the rule (typed as "2000000") still reads canonically.
      await app.db.query(
        `UPDATE account_plan SET product_targets = '[{"product": "old", "amount": "2000000"}]' WHERE id = $1`,
        [created.createAccountPlan.id],
      );
      const read = await app.must<{ accountPlan: { productTargets: { amount: string }[] } }>(
        'query($id: ID!) { accountPlan(id: $id) { productTargets { amount } } }',
        { id: created.createAccountPlan.id },
        sales,
      );
      expect(read.accountPlan.productTargets).toEqual([{ amount: '2000000.00' }]);
    });

    it('answers shares, payments and sales targets canonically', async () => {
      const contract = await contractOver([], '1000');
      const plan = await app.must<Planned>(
        PLAN,
        {
          c: contract.id,
          v: contract.version,
          input: { milestones: [{ kind: 'DOWN_PAYMENT', share: '100', due: '2030-02-01' }] },
        },
        sales,
      );
      const [milestone] = plan.setPaymentPlan.milestones;
      expect(milestone!.share).toBe('100.00');
      for (const code of ['RELATIONSHIP', 'CONTRACT_PERFORMED', 'SIGNED_CONTRACT', 'INVOICE'])
        await app.db.query(
          `UPDATE evidence_item SET checked_at = now(), checked_by_id = $2 WHERE milestone_id = $1 AND code = $3`,
          [milestone!.id, salesId, code],
        );
      await app.db.query(
        `UPDATE payment_milestone SET stage = 'INVOICED', invoiced_at = now() WHERE id = $1`,
        [milestone!.id],
      );
      const paid = await app.must<{
        recordPayment: { amount: string; milestone: { paid: { amount: string } } };
      }>(
        `mutation($m: ID!) { recordPayment(milestoneId: $m, amount: "100", paidAt: "2026-02-01",
           idempotencyKey: "small-truths-1", reference: "BANK") { amount milestone { paid { amount } } } }`,
        { m: milestone!.id },
        finance,
      );
      expect(paid.recordPayment).toEqual({
        amount: '100.00',
        milestone: { paid: { amount: '100.00' } },
      });
      const [{ id: sales2Id }] = await app.db.query(
        `SELECT id FROM "user" WHERE email = 'sales2@trident.demo'`,
      );
      const target = await app.must<{
        setSalesTarget: { target: { revenue: string } };
      }>(
        `mutation($u: ID!) { setSalesTarget(input: { userId: $u, period: "2031", revenue: "12", reason: "first" }) {
           target { revenue } } }`,
        { u: sales2Id },
        manager,
      );
      expect(target.setSalesTarget.target.revenue).toBe('12.00');
    });
  });

  // ——— 4. Due dates in the past ———

  describe('a task due in the past', () => {
    const CREATE = `mutation($input: CreateTaskInput!) { createTask(input: $input) { id version due overdue } }`;
    const past = () => new Date(Date.now() - 3 * DAY).toISOString();

    it('is refused on the field due, and nothing is written', async () => {
      const [tasks, audits] = [await app.count('task'), await app.count('audit_event')];
      const res = await app.gql(
        CREATE,
        { input: { accountId, title: '补交方案', due: past() } },
        sales,
      );
      expect(res.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'due',
        reason: 'DUE_IN_PAST',
      });
      expect([await app.count('task'), await app.count('audit_event')]).toEqual([tasks, audits]);
    });

    it('is created overdue once confirmed, and the audit event records the confirmation', async () => {
      const res = await app.must<{ createTask: { id: string; version: number; overdue: boolean } }>(
        CREATE,
        { input: { accountId, title: '补交方案 late proposal', due: past(), allowPastDue: true } },
        sales,
      );
      expect(res.createTask.overdue).toBe(true);
      const [event] = await app.db.query(
        `SELECT action, after FROM audit_event WHERE entity = 'Task' AND entity_id = $1`,
        [res.createTask.id],
      );
      expect(event.action).toBe('task.create');
      expect(event.after.pastDueConfirmed).toBe(true);

      // Moving a due date into the past asks the same; a future one does not.
      const ahead = await app.must<{ createTask: { id: string; version: number } }>(
        CREATE,
        { input: { accountId, title: '方案评审', due: new Date(Date.now() + DAY).toISOString() } },
        sales,
      );
      const UPDATE = `mutation($id: ID!, $v: Int!, $input: UpdateTaskInput!) {
        updateTask(id: $id, version: $v, input: $input) { version overdue } }`;
      const refused = await app.gql(
        UPDATE,
        { id: ahead.createTask.id, v: ahead.createTask.version, input: { due: past() } },
        sales,
      );
      expect(refused.errors?.[0]?.extensions).toMatchObject({
        field: 'due',
        reason: 'DUE_IN_PAST',
      });
      const moved = await app.must<{ updateTask: { overdue: boolean } }>(
        UPDATE,
        {
          id: ahead.createTask.id,
          v: ahead.createTask.version,
          input: { due: past(), allowPastDue: true },
        },
        sales,
      );
      expect(moved.updateTask.overdue).toBe(true);
      const [update] = await app.db.query(
        `SELECT after FROM audit_event WHERE entity = 'Task' AND entity_id = $1 AND action = 'task.update'`,
        [ahead.createTask.id],
      );
      expect(update.after.pastDueConfirmed).toBe(true);
    });
  });

  // ——— 5. "Ahead", "due" and "overdue" from one today, in the company's time zone ———

  describe('ahead, due and overdue from one today in the company time zone', () => {
    let zoned: TridentServer;
    let zone: string;
    let businessDay: string;
    let utcDay: string;
    let contractId: string;
    const dues: Record<string, string> = {};

    const gqlOn = async <T>(server: TridentServer, query: string, token: string) => {
      const res = await request(server.app)
        .post('/graphql')
        .set('content-type', 'application/json')
        .set('authorization', `Bearer ${token}`)
        .send({ query });
      return { data: res.body.data, errors: res.body.errors } as GqlResult<T>;
    };

    beforeAll(async () => {
      // A zone whose calendar day differs from UTC's right now (+14 h or −11 h): a list that
      // used the server's UTC date or the database's CURRENT_DATE would be off by a day.
      const now = new Date();
      utcDay = now.toISOString().slice(0, 10);
      zone = ['Pacific/Kiritimati', 'Pacific/Pago_Pago'].find(
        (z) => calendarDayIn(now, z) !== utcDay,
      )!;
      businessDay = calendarDayIn(now, zone);
      zoned = await createServer({
        config: { ...TEST_CONFIG, BUSINESS_TIME_ZONE: zone },
        db: app.appDb,
        analyticsDb: app.analyticsDb,
        log: pino({ level: 'silent' }),
        serveConsole: false,
      });
      const contract = await contractOver(['long ago', 'utc today', 'today', 'next month']);
      contractId = contract.id;
      const plan = await app.must<Planned>(
        PLAN,
        { c: contract.id, v: contract.version, input: { perSite: true, firstDue: '2040-01-01' } },
        sales,
      );
      Object.assign(dues, {
        'long ago': addMonths(businessDay, -3),
        'utc today': utcDay,
        today: businessDay,
        'next month': addMonths(businessDay, 1),
      });
      for (const m of plan.setPaymentPlan.milestones)
        await app.db.query('UPDATE payment_milestone SET due = $2 WHERE id = $1', [
          m.id,
          dues[m.site!],
        ]);
    });
    afterAll(() => zoned.stop());

    it('lists as ahead only what is due today or later there, and as overdue only what is before', async () => {
      const res = await gqlOn<{
        ahead: { nodes: { site: string; status: string }[] };
        overdue: { nodes: { site: string }[] };
        all: { nodes: { site: string; status: string }[] };
      }>(
        zoned,
        `{ ahead: paymentMilestones(filter: { contractId: "${contractId}", ahead: true }) { nodes { site status } }
           overdue: paymentMilestones(filter: { contractId: "${contractId}", overdue: true }) { nodes { site } }
           all: paymentMilestones(filter: { contractId: "${contractId}" }) { nodes { site status } } }`,
        finance,
      );
      expect(res.errors).toBeUndefined();
      const past = (site: string) => dues[site]! < businessDay;
      const sites = Object.keys(dues);
      expect(res.data!.ahead.nodes.map((m) => m.site).sort()).toEqual(
        sites.filter((s) => !past(s)).sort(),
      );
      expect(res.data!.ahead.nodes.every((m) => m.status !== 'OVERDUE')).toBe(true);
      expect(res.data!.overdue.nodes.map((m) => m.site).sort()).toEqual(sites.filter(past).sort());
      expect(
        Object.fromEntries(res.data!.all.nodes.map((m) => [m.site, m.status === 'OVERDUE'])),
      ).toEqual(Object.fromEntries(sites.map((s) => [s, past(s)])));
    });

    it('tells a form the company’s today, the day a payment may be recorded on', async () => {
      const res = await gqlOn<{ businessCalendar: { timeZone: string; today: string } }>(
        zoned,
        '{ businessCalendar { timeZone today } }',
        finance,
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.businessCalendar).toEqual({ timeZone: zone, today: businessDay });
      // The day it names is one a payment may carry; the day after is refused as in the future.
      const [milestone] = (
        await gqlOn<{ paymentMilestones: { nodes: { id: string }[] } }>(
          zoned,
          `{ paymentMilestones(filter: { contractId: "${contractId}", ahead: true }) { nodes { id } } }`,
          finance,
        )
      ).data!.paymentMilestones.nodes;

      const dayAfter = new Date(`${businessDay}T00:00:00Z`);
      dayAfter.setUTCDate(dayAfter.getUTCDate() + 1);
      const pay = (paidAt: string) =>
        request(zoned.app)
          .post('/graphql')
          .set('authorization', `Bearer ${finance}`)
          .send({
            query: `mutation($id: ID!, $at: LocalDate!, $key: String!) {
              recordPayment(milestoneId: $id, amount: "1.00", paidAt: $at, idempotencyKey: $key) { id } }`,
            variables: { id: milestone!.id, at: paidAt, key: `calendar-${paidAt}` },
          });
      const tomorrow = (await pay(dayAfter.toISOString().slice(0, 10))).body;
      expect(tomorrow.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'paidAt',
        reason: 'NOT_IN_FUTURE',
      });
      // The milestone is not invoiced, so today's payment is refused too, but past the date:
      // the day is checked first, and today's passes it.
      expect((await pay(businessDay)).body.errors?.[0]?.extensions).toMatchObject({
        field: 'milestoneId',
        reason: 'INVOICE_FIRST',
      });
    });

    it('sums the battle map and the contract with the same today', async () => {
      const res = await gqlOn<{
        battleMap: { contract: { id: string }; overdue: string; nextDue: string; due: string }[];
        contract: { collection: { overdue: string; overdueMilestones: number; nextDue: string } };
      }>(
        zoned,
        `{ battleMap { contract { id } overdue nextDue due }
           contract(id: "${contractId}") { collection { overdue overdueMilestones nextDue } } }`,
        finance,
      );
      expect(res.errors).toBeUndefined();
      const pastCount = Object.values(dues).filter((d) => d < businessDay).length;
      const line = res.data!.battleMap.find((r) => r.contract.id === contractId)!;
      expect(res.data!.contract.collection.overdueMilestones).toBe(pastCount);
      expect(res.data!.contract.collection.overdue).toBe(line.overdue);
      expect(Number(line.overdue)).toBe(250 * pastCount);
      // The next due date is ahead: today's milestone, never one already past.
      expect(line.nextDue).toBe(businessDay);
      expect(res.data!.contract.collection.nextDue).toBe(businessDay);
    });

    it('escalates an unpaid milestone when its day has ended in the company time zone', async () => {
      const contract = await contractOver(['one']);
      const plan = await app.must<Planned>(
        PLAN,
        { c: contract.id, v: contract.version, input: { perSite: true, firstDue: '2030-03-01' } },
        sales,
      );
      const [milestone] = plan.setPaymentPlan.milestones;
      const engine = new EscalationEngine(app.db, 'Asia/Shanghai');
      const escalated = async () =>
        (
          await app.db.query('SELECT count(*)::int AS n FROM escalation WHERE object_id = $1', [
            milestone!.id,
          ])
        )[0].n as number;
      // 2030-03-01 ends at 16:00 UTC in Shanghai: not before, at once after.
      await engine.run(new Date('2030-03-01T15:59:00Z'), ['PAYMENT_OVERDUE']);
      expect(await escalated()).toBe(0);
      await engine.run(new Date('2030-03-01T16:01:00Z'), ['PAYMENT_OVERDUE']);
      expect(await escalated()).toBe(1);
    });

    it('keeps the past out of DELIVERY\'s "delivery and acceptance ahead"', async () => {
      const res = await app.must<{
        paymentMilestones: { nodes: { due: string; status: string }[] };
      }>(
        `{ paymentMilestones(filter: { kinds: [ON_DELIVERY, ON_ACCEPTANCE, PER_SITE], stage: PLANNED, ahead: true }, first: 1000) {
             nodes { due status } } }`,
        {},
        delivery,
      );
      const today = calendarDayIn(new Date(), 'Asia/Shanghai');
      expect(res.paymentMilestones.nodes.length).toBeGreaterThan(0);
      for (const m of res.paymentMilestones.nodes) {
        expect(m.due >= today).toBe(true);
        expect(m.status).not.toBe('OVERDUE');
      }
    });
  });

  // ——— 6. Medians of whom ———

  describe('the funnel diagnosis counts colleagues active in the period with a deal in it', () => {
    it('leaves out a colleague who left before the period and one without deals', async () => {
      const user = async (name: string, managerId: string | null, departedAt: string | null) => {
        const [{ id }] = await app.db.query(
          `INSERT INTO "user" (name, email, password_hash, roles, status, manager_id, departed_at)
           VALUES ($1, $2, 'x', ARRAY['SALES'], $3, $4, $5) RETURNING id`,
          [
            name,
            `${name.toLowerCase()}@median.test`,
            departedAt ? 'DEPARTED' : 'ACTIVE',
            managerId,
            departedAt,
          ],
        );
        return id as string;
      };
      const boss = await user('Boss', null, null);
      const team = {
        a: await user('Ann', boss, null),
        b: await user('Bob', boss, null),
        c: await user('Cy', boss, null),
        // Left halfway through 2031: active in the period, counts.
        f: await user('Fay', boss, '2031-07-01T00:00:00Z'),
        // Left before 2031: not active in the period, does not count (nor get a row).
        d: await user('Dan', boss, '2030-06-01T00:00:00Z'),
        // Active but no deal in 2031: does not count.
        e: await user('Eve', boss, null),
      };
      const deals: [string, number][] = [
        [team.a, 4],
        [team.b, 6],
        [team.c, 8],
        [team.f, 10],
        [team.d, 40],
      ];
      for (const [owner, count] of deals)
        for (let i = 0; i < count; i += 1) {
          const [{ id }] = await app.db.query(
            `INSERT INTO opportunity (account_id, name, amount, currency, stage_id, owner_id, created_by_id, created_at)
             VALUES ($1, 'median deal', 1000, 'CNY', $2, $3, $3, '2031-02-01T00:00:00Z') RETURNING id`,
            [accountId, stage.PROSPECT, owner],
          );
          await app.db.query(
            `INSERT INTO stage_change (opportunity_id, to_stage_id, actor_id, at) VALUES ($1, $2, $3, '2031-02-01T00:00:00Z')`,
            [id, stage.PROSPECT, owner],
          );
        }
      const res = await app.must<{
        funnelDiagnosis: {
          owner: { id: string };
          teamSize: number;
          deals: number;
          steps: { stage: { code: string }; teamMedian: number | null }[];
        }[];
      }>(
        '{ funnelDiagnosis(period: "2031") { owner { id } teamSize deals steps { stage { code } teamMedian } } }',
        {},
        admin,
      );
      const rows = res.funnelDiagnosis.filter((r) => Object.values(team).includes(r.owner.id));
      expect(rows.map((r) => r.owner.id).sort()).toEqual([team.a, team.b, team.c, team.f].sort());
      for (const row of rows) {
        expect(row.teamSize).toBe(4);
        // Deals at the first stage: 4, 6, 8, 10 → median 7 (40 from the leaver would make it 8).
        expect(row.steps.find((s) => s.stage.code === 'PROSPECT')?.teamMedian).toBe(7);
      }
    });
  });

  // ——— 7. The war room's figures come from the API ———

  describe("a contract's collection figures are the API's aggregate", () => {
    it('answers paid, open and overdue per contract from SQL, amounts hidden by role', async () => {
      const contract = await contractOver(['A', 'B'], '1000.00');
      const plan = await app.must<Planned>(
        PLAN,
        { c: contract.id, v: contract.version, input: { perSite: true, firstDue: '2040-01-31' } },
        sales,
      );
      const [first, second] = plan.setPaymentPlan.milestones;
      await app.db.query(
        `UPDATE payment_milestone SET due = '2020-01-31', stage = 'PARTIALLY_PAID', paid_amount = 125.5 WHERE id = $1`,
        [first!.id],
      );
      const QUERY = `query($a: ID!) { contracts(filter: { accountId: $a }, first: 100) { nodes { id
        collection { due paid open overdue overdueMilestones nextDue evidenceChecked evidenceRequired } } }
        battleMap(filter: { accountId: $a }) { contract { id } due paid open overdue overdueMilestones nextDue evidenceChecked evidenceRequired } }`;
      type Line = Record<string, unknown> & { contract?: { id: string } };
      const res = await app.must<{
        contracts: { nodes: { id: string; collection: Line }[] };
        battleMap: Line[];
      }>(QUERY, { a: accountId }, sales);
      const mine = res.contracts.nodes.find((c) => c.id === contract.id)!.collection;
      expect(mine).toMatchObject({
        due: '500.00',
        paid: '125.50',
        open: '874.50',
        overdue: '374.50',
        overdueMilestones: 1,
        nextDue: second!.due,
      });
      // Every contract's figures are its battle map line: one definition, one SQL.
      for (const node of res.contracts.nodes) {
        const { contract: line, ...figures } = res.battleMap.find(
          (r) => r.contract!.id === node.id,
        )!;
        expect(line).toBeDefined();
        expect(node.collection).toEqual(figures);
      }
      // DELIVERY sees the counts, not the money.
      const hidden = await app.must<{ contract: { collection: Line } }>(
        `query($id: ID!) { contract(id: $id) { collection { paid open overdue overdueMilestones } } }`,
        { id: contract.id },
        delivery,
      );
      expect(hidden.contract.collection).toEqual({
        paid: null,
        open: null,
        overdue: null,
        overdueMilestones: 1,
      });
    });
  });

  describe('a deal whose expected close date has passed', () => {
    const ids: Record<string, string> = {};
    let today: string;
    const dayFrom = (day: string, days: number) =>
      new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

    beforeAll(async () => {
      today = (
        await app.must<{ businessCalendar: { today: string } }>(
          '{ businessCalendar { today } }',
          {},
          sales,
        )
      ).businessCalendar.today;
      const deals: [string, string | null, boolean][] = [
        ['yesterday', dayFrom(today, -1), false],
        ['today', today, false],
        ['tomorrow', dayFrom(today, 1), false],
        ['no date', null, false],
        ['won yesterday', dayFrom(today, -1), true],
      ];
      for (const [name, close, won] of deals) {
        const [{ id }] = await app.db.query(
          `INSERT INTO opportunity (account_id, name, amount, currency, stage_id, owner_id, created_by_id, expected_close_date, closed_at)
           VALUES ($1, $2, 1000, 'CNY', $3, $4, $4, $5, $6) RETURNING id`,
          [
            accountId,
            `过期成交日 ${name}`,
            won ? stage.WON : stage.PROSPECT,
            salesId,
            close,
            won ? new Date() : null,
          ],
        );
        ids[name] = id;
      }
    });

    it("is open with a date before the company's today: the field and the filter agree", async () => {
      const read = async (filter: string) =>
        (
          await app.must<{
            opportunities: { nodes: { name: string; closeDatePassed: boolean }[] };
          }>(
            `{ opportunities(first: 100, filter: { search: "过期成交日"${filter} }) { nodes { name closeDatePassed } } }`,
            {},
            sales,
          )
        ).opportunities.nodes;
      const all = await read('');
      expect(
        Object.fromEntries(all.map((d) => [d.name.replace('过期成交日 ', ''), d.closeDatePassed])),
      ).toEqual({
        yesterday: true,
        today: false,
        tomorrow: false,
        'no date': false,
        'won yesterday': false,
      });
      const names = (rows: { name: string }[]) => rows.map((d) => d.name).sort();
      expect(names(await read(', closeDatePassed: true'))).toEqual(['过期成交日 yesterday']);
      expect(names(await read(', closeDatePassed: false'))).toEqual(
        names(all.filter((d) => !d.closeDatePassed)),
      );
      // One deal read alone says what the list said.
      const one = await app.must<{ opportunity: { closeDatePassed: boolean } }>(
        'query($id: ID!) { opportunity(id: $id) { closeDatePassed } }',
        { id: ids.yesterday },
        sales,
      );
      expect(one.opportunity.closeDatePassed).toBe(true);
    });
  });

  describe('an empty value sorts last, ascending or descending', () => {
    type Row = { id: string; value: string | null };
    /** Every row of a list in one order, read page by page through its cursors. */
    const paged = async (root: string, field: string, direction: string, pick: string) => {
      const rows: Row[] = [];
      let after: string | null = null;
      for (;;) {
        const res: {
          list: {
            nodes: Record<string, unknown>[];
            pageInfo: { endCursor: string; hasNextPage: boolean };
          };
        } = await app.must(
          `query($after: String) { list: ${root}(first: 7, after: $after, orderBy: [{ field: ${field}, direction: ${direction} }]) {
             nodes { id ${pick} } pageInfo { endCursor hasNextPage } } }`,
          { after },
          admin,
        );
        for (const node of res.list.nodes) {
          const raw = pick.includes('{')
            ? (node.potential as { amount: string | null } | null)?.amount
            : node[pick];
          rows.push({ id: node.id as string, value: (raw as string | null) ?? null });
        }
        if (!res.list.pageInfo.hasNextPage) return rows;
        after = res.list.pageInfo.endCursor;
      }
    };

    beforeAll(async () => {
      // Customers and deals without the value, beside those with one.
      for (const n of [1, 2, 3])
        await app.db.query(
          `INSERT INTO account (name, normalized_name, tier, region, potential_amount, potential_currency, claimed_by_id)
           VALUES ($1, $1, 'CITY', NULL, NULL, NULL, $2)`,
          [`空值排序客户 ${n}`, salesId],
        );
      for (const [n, close] of [
        [1, null],
        [2, null],
        [3, '2026-03-01'],
        [4, '2027-01-15'],
        [5, '2026-11-30'],
      ] as const)
        await app.db.query(
          `INSERT INTO opportunity (account_id, name, amount, currency, stage_id, owner_id, created_by_id, expected_close_date)
           VALUES ($1, $2, 1000, 'CNY', $3, $4, $4, $5)`,
          [accountId, `成交日期排序 ${n}`, stage.PROSPECT, salesId, close],
        );
    });

    for (const [root, field, pick, compare] of [
      ['accounts', 'REGION', 'region', (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)],
      [
        'accounts',
        'POTENTIAL',
        'potential { amount }',
        (a: string, b: string) => Number(a) - Number(b),
      ],
      [
        'opportunities',
        'EXPECTED_CLOSE',
        'expectedCloseDate',
        (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0),
      ],
    ] as const)
      for (const direction of ['ASC', 'DESC'])
        it(`${root} by ${field} ${direction}`, async () => {
          const rows = await paged(root, field, direction, pick);
          const firstEmpty = rows.findIndex((r) => r.value === null);
          expect(firstEmpty).toBeGreaterThan(0);
          // Nothing with a value after the first empty one; the values in the order asked.
          expect(rows.slice(firstEmpty).filter((r) => r.value !== null)).toEqual([]);
          const values = rows.slice(0, firstEmpty).map((r) => r.value!);
          const sorted = [...values].sort(compare);
          expect(values).toEqual(direction === 'ASC' ? sorted : sorted.reverse());
          // Every row once, across the pages' cursors.
          expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
        });
  });

  describe('names in the order Chinese readers look them up', () => {
    it('lists customers by pinyin, page after page, in both directions', async () => {
      // Code-point order would be 刘, 孙, 周, 张, 李, 王.
      const pinyin = [
        '李博拼音测试',
        '刘洋拼音测试',
        '孙娜拼音测试',
        '王伟拼音测试',
        '张三拼音测试',
        '周超拼音测试',
      ];
      for (const name of [...pinyin].reverse())
        await app.db.query(
          `INSERT INTO account (name, normalized_name, tier, claimed_by_id) VALUES ($1, $1, 'CITY', $2)`,
          [name, salesId],
        );
      const names = async (direction: string) => {
        const seen: string[] = [];
        let after: string | null = null;
        for (;;) {
          const res: {
            accounts: {
              nodes: { name: string }[];
              pageInfo: { endCursor: string; hasNextPage: boolean };
            };
          } = await app.must(
            `query($after: String) { accounts(first: 4, after: $after, filter: { search: "拼音测试" },
               orderBy: [{ field: NAME, direction: ${direction} }]) {
               nodes { name } pageInfo { endCursor hasNextPage } } }`,
            { after },
            admin,
          );
          seen.push(...res.accounts.nodes.map((n) => n.name));
          if (!res.accounts.pageInfo.hasNextPage) return seen;
          after = res.accounts.pageInfo.endCursor;
        }
      };
      expect(await names('ASC')).toEqual(pinyin);
      expect(await names('DESC')).toEqual([...pinyin].reverse());
    });
  });

  describe('a deal or a renewal worth nothing', () => {
    const refusedOn = (
      res: { errors?: { extensions?: Record<string, unknown> }[] },
      field: string,
      reason: string,
    ) =>
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, reason });

    it('is refused on its amount, whichever way it is written, and nothing is written', async () => {
      const counts = () =>
        Promise.all(['opportunity', 'renewal', 'lead', 'audit_event'].map((t) => app.count(t)));
      const before = await counts();
      for (const amount of ['0', '0.00', '000.0']) {
        refusedOn(
          await app.gql(
            `mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id } }`,
            { input: { accountId, name: '空单 Nothing', amount: { amount, currency: 'CNY' } } },
            sales,
          ),
          'amount.amount',
          'POSITIVE_AMOUNT',
        );
        refusedOn(
          await app.gql(
            `mutation($input: CreateRenewalInput!) { createRenewal(input: $input) { id } }`,
            { input: { accountId, amount, expectedSignDate: '2027-06-30' } },
            sales,
          ),
          'amount',
          'POSITIVE_AMOUNT',
        );
      }
      expect(await counts()).toEqual(before);
    });

    it('cannot be edited down to nothing', async () => {
      const { createOpportunity: deal } = await app.must<{
        createOpportunity: { id: string; version: number };
      }>(
        `mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id version } }`,
        {
          input: {
            accountId,
            name: '机房改造 Machine room',
            amount: { amount: '300000', currency: 'CNY' },
          },
        },
        sales,
      );
      refusedOn(
        await app.gql(
          `mutation($id: ID!, $v: Int!) { updateOpportunity(id: $id, version: $v, input: { amount: { amount: "0", currency: "CNY" } }) { id } }`,
          { id: deal.id, v: deal.version },
          sales,
        ),
        'amount.amount',
        'POSITIVE_AMOUNT',
      );
      const renewal = await app.must<{ createRenewal: { id: string; version: number } }>(
        `mutation($input: CreateRenewalInput!) { createRenewal(input: $input) { id version } }`,
        { input: { accountId, amount: '120000', expectedSignDate: '2027-06-30' } },
        sales,
      );
      refusedOn(
        await app.gql(
          `mutation($id: ID!, $v: Int!) { updateRenewal(id: $id, version: $v, input: { amount: "0.00" }) { id } }`,
          { id: renewal.createRenewal.id, v: renewal.createRenewal.version },
          sales,
        ),
        'amount',
        'POSITIVE_AMOUNT',
      );
      const [after] = await app.db.query('SELECT amount FROM opportunity WHERE id = $1', [deal.id]);
      const [kept] = await app.db.query('SELECT amount FROM renewal WHERE id = $1', [
        renewal.createRenewal.id,
      ]);
      expect([after.amount, kept.amount]).toEqual(['300000.00', '120000.00']);
    });

    it('is not made from a lead estimated at nothing unless the conversion names an amount', async () => {
      const qualified = { confirmed: true, note: 'confirmed' };
      const { createLead } = await app.must<{ createLead: { id: string } }>(
        `mutation($input: CreateLeadInput!) { createLead(input: $input) { id } }`,
        {
          input: {
            accountId,
            title: '零估值线索 Zero estimate',
            estimated: { amount: '0', currency: 'CNY' },
            budget: qualified,
            authority: qualified,
            need: qualified,
            timing: qualified,
          },
        },
        sales,
      );
      const CONVERT = `mutation($id: ID!, $input: ConvertLeadInput) { convertLead(id: $id, input: $input) { opportunity { amount { amount } } } }`;
      refusedOn(
        await app.gql(CONVERT, { id: createLead.id }, sales),
        'amount',
        'LEAD_WITHOUT_ESTIMATE',
      );
      refusedOn(
        await app.gql(
          CONVERT,
          { id: createLead.id, input: { amount: { amount: '0', currency: 'CNY' } } },
          sales,
        ),
        'amount.amount',
        'POSITIVE_AMOUNT',
      );
      const converted = await app.must<{
        convertLead: { opportunity: { amount: { amount: string } } };
      }>(
        CONVERT,
        { id: createLead.id, input: { amount: { amount: '80000', currency: 'CNY' } } },
        sales,
      );
      expect(converted.convertLead.opportunity.amount.amount).toBe('80000.00');
    });
  });

  describe('a department or a work plan picked at a large customer', () => {
    it("is found by part of its name, as the API counts it, within the caller's accounts", async () => {
      for (const name of ['网络技术部 Network', '信息技术部 IT', '采购部 Procurement'])
        await app.must(
          'mutation($i: CreateOrgUnitInput!) { createOrgUnit(input: $i) { id } }',
          { i: { accountId, name, kind: 'TECHNICAL' } },
          sales,
        );
      const units = await app.db.query('SELECT id, name FROM org_unit WHERE account_id = $1', [
        accountId,
      ]);
      const part = '技术';
      const { orgUnits } = await app.must<{
        orgUnits: { totalCount: number; nodes: { name: string }[] };
      }>(
        'query($f: OrgUnitFilter) { orgUnits(filter: $f, first: 100) { totalCount nodes { name } } }',
        { f: { accountId, search: part } },
        sales,
      );
      const expected = units.filter((u: { name: string }) => u.name.includes(part)).length;
      expect(expected).toBeGreaterThanOrEqual(2);
      expect(orgUnits.totalCount).toBe(expected);
      expect(orgUnits.nodes.every((u) => u.name.includes(part))).toBe(true);

      await app.must(
        'mutation($i: CreateWorkPlanInput!) { createWorkPlan(input: $i) { id } }',
        { i: { accountId, name: '季度拜访计划 Quarterly visits' } },
        sales,
      );
      const plans = async (search: string) =>
        (
          await app.must<{ workPlans: { nodes: { name: string }[] } }>(
            'query($f: WorkPlanFilter) { workPlans(filter: $f, first: 100) { nodes { name } } }',
            { f: { accountId, search } },
            sales,
          )
        ).workPlans.nodes.map((p) => p.name);
      expect(await plans('quarterly')).toContain('季度拜访计划 Quarterly visits');
      expect(await plans('no plan is called this')).toEqual([]);
    });
  });
});
