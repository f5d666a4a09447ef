import { SEPARATION_OF_DUTIES } from '@trident/domain';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * Nobody accepts, scores, approves or overrides on their own work or request (docs/
 * security.md). One scenario per rule in SEPARATION_OF_DUTIES, each with the actor as the
 * subject; the access-matrix test makes sure every deciding mutation has a rule.
 */
const SHENZHEN = '中国移动通信集团广东有限公司深圳分公司';
const TASK = 'id version status reviewScore';

describe('separation of duties', () => {
  let app: TestApp;
  let sales = '';
  let manager = '';
  let admin = '';
  let accountId = '';
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    app = await startTestApp();
    sales = await app.login('sales@trident.demo');
    manager = await app.login('manager@trident.demo');
    admin = await app.login('admin@trident.demo');
    for (const key of ['sales', 'manager'])
      ids[key] = (
        await app.db.query('SELECT id FROM "user" WHERE email = $1', [`${key}@trident.demo`])
      )[0].id;
    [{ id: accountId }] = await app.db.query('SELECT id FROM account WHERE name = $1', [SHENZHEN]);
  });
  afterAll(() => app.close());

  /** Creates a task as `requester` for `assignee` and walks it to SUBMITTED by the assignee. */
  async function submitted(requester: string, assigneeId: string, assignee: string) {
    const created = await app.must<{ createTask: { id: string; version: number } }>(
      `mutation($input: CreateTaskInput!) { createTask(input: $input) { ${TASK} } }`,
      {
        input: {
          accountId,
          title: `自评 Self-review probe ${Math.random()}`,
          due: '2031-01-10T10:00:00Z',
          assigneeId,
        },
      },
      requester,
    );
    let task = created.createTask;
    for (const verb of ['acknowledgeTask', 'startTask', 'submitTask']) {
      const res = await app.must<Record<string, { id: string; version: number }>>(
        `mutation($id: ID!, $v: Int!) { ${verb}(id: $id, version: $v) { ${TASK} } }`,
        { id: task.id, v: task.version },
        assignee,
      );
      task = res[verb]!;
    }
    return task;
  }

  /** A resource with a cap of one a month, booked once in February 2031 by the salesperson. */
  async function bookedOut(name: string, date: string) {
    const created = await app.must<{ createInternalResource: { id: string } }>(
      'mutation($n: String!) { createInternalResource(input: { name: $n, level: EXECUTIVE, maxPerMonth: 1 }) { id } }',
      { n: name },
      admin,
    );
    const resourceId = created.createInternalResource.id;
    await app.must(
      `mutation($input: RequestResourceInput!) { requestResource(input: $input) { id } }`,
      { input: { resourceId, accountId, purpose: '第一次 First', date } },
      sales,
    );
    return resourceId;
  }

  const review = (task: { id: string; version: number }, token: string, score = 100) =>
    app.gql<{ reviewTask: { status: string; reviewScore: number } }>(
      `mutation($id: ID!, $v: Int!, $s: Int) {
         reviewTask(id: $id, version: $v, input: { decision: ACCEPT, score: $s }) { ${TASK} } }`,
      { id: task.id, v: task.version, s: score },
      token,
    );

  const SCENARIOS: Record<string, () => Promise<void>> = {
    'Mutation.reviewTask': async () => {
      // A salesperson sets themselves a task, does it and would accept it with 100.
      const own = await submitted(sales, ids.sales!, sales);
      const self = await review(own, sales);
      expect(self.errors?.[0]?.extensions).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'SELF_REVIEW',
      });
      const [row] = await app.db.query('SELECT status, review_score FROM task WHERE id = $1', [
        own.id,
      ]);
      expect(row).toEqual({ status: 'SUBMITTED', review_score: null });
      // The manager above them reviews it.
      const byManager = await review(own, manager, 80);
      expect(byManager.data?.reviewTask).toMatchObject({ status: 'DONE', reviewScore: 80 });

      // A manager asked to do a task may not accept it either, manager or not.
      const asked = await submitted(sales, ids.manager!, manager);
      expect((await review(asked, manager)).errors?.[0]?.extensions.reason).toBe('SELF_REVIEW');
      expect((await review(asked, sales, 90)).data?.reviewTask.status).toBe('DONE');
    },

    'Mutation.decideResourceRequest': async () => {
      const resourceId = await bookedOut('SoD 专家 Expert', '2031-02-02');
      const asked = await app.must<{ requestResource: { id: string; status: string } }>(
        `mutation($input: RequestResourceInput!) { requestResource(input: $input) { id status } }`,
        {
          input: {
            resourceId,
            accountId,
            purpose: '方案评审 Solution review',
            date: '2031-02-03',
            askApproval: true,
          },
        },
        manager,
      );
      expect(asked.requestResource.status).toBe('PENDING');
      const self = await app.gql(
        'mutation($id: ID!) { decideResourceRequest(id: $id, approve: true) { status } }',
        { id: asked.requestResource.id },
        manager,
      );
      expect(self.errors?.[0]?.extensions).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'SELF_APPROVAL',
      });
      const byAdmin = await app.must<{ decideResourceRequest: { status: string } }>(
        'mutation($id: ID!) { decideResourceRequest(id: $id, approve: true) { status } }',
        { id: asked.requestResource.id },
        admin,
      );
      expect(byAdmin.decideResourceRequest.status).toBe('APPROVED');
    },

    'Mutation.requestResource': async () => {
      // Past the cap nobody books straight away, a manager included: only asking is left.
      const resourceId = await bookedOut('SoD 高管 Executive', '2031-02-01');
      const before = await app.count('resource_request');
      const res = await app.gql(
        `mutation($input: RequestResourceInput!) { requestResource(input: $input) { status } }`,
        {
          input: { resourceId, accountId, purpose: '高层拜访 Executive visit', date: '2031-02-04' },
        },
        manager,
      );
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', cap: 'MONTH' });
      expect(await app.count('resource_request')).toBe(before);
    },

    'Mutation.convertLead': async () => {
      // The manager's own lead, unqualified: overriding BANT would be deciding for themselves.
      const created = await app.must<{ createLead: { id: string } }>(
        `mutation($a: ID!) { createLead(input: { accountId: $a, title: "经理自己的线索",
           estimated: { amount: "1000000", currency: "CNY" } }) { id } }`,
        { a: accountId },
        sales,
      );
      const leadId = created.createLead.id;
      await app.db.query('UPDATE lead SET owner_id = $1 WHERE id = $2', [ids.manager, leadId]);
      const CONVERT =
        'mutation($id: ID!) { convertLead(id: $id, input: { overrideReason: "我说了算" }) { opportunity { id } } }';
      const self = await app.gql(CONVERT, { id: leadId }, manager);
      expect(self.errors?.[0]?.extensions).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'SELF_APPROVAL',
      });
      const [lead] = await app.db.query('SELECT status FROM lead WHERE id = $1', [leadId]);
      expect(lead.status).toBe('OPEN');
      // On a salesperson's lead it is the manager's call (past this rule; the stage's own
      // entry criteria still apply).
      await app.db.query('UPDATE lead SET owner_id = $1 WHERE id = $2', [ids.sales, leadId]);
      const other = await app.gql(CONVERT, { id: leadId }, manager);
      expect(other.errors?.map((e) => e.extensions.code) ?? []).not.toContain('FORBIDDEN');
    },

    'Mutation.updateWorkPlan': async () => {
      const plan = await app.must<{ createWorkPlan: { id: string; version: number } }>(
        'mutation($a: ID!) { createWorkPlan(input: { accountId: $a, name: "自评计划" }) { id version } }',
        { a: accountId },
        sales,
      );
      const SCORE =
        'mutation($id: ID!, $v: Int!) { updateWorkPlan(id: $id, version: $v, input: { presentationScore: 95 }) { version } }';
      const self = await app.gql(SCORE, { id: plan.createWorkPlan.id, v: 1 }, sales);
      expect(self.errors?.[0]?.extensions).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'SELF_REVIEW',
        field: 'presentationScore',
      });
      expect(
        (await app.gql(SCORE, { id: plan.createWorkPlan.id, v: 1 }, manager)).errors,
      ).toBeUndefined();
    },

    'Mutation.reviewWorkPlan': async () => {
      // The AR goes through their own team's table: allowed, and it accepts no one's work —
      // a task of the plan the AR submitted stays submitted, and the AR still may not accept it.
      const plan = await app.must<{ createWorkPlan: { id: string } }>(
        'mutation($a: ID!) { createWorkPlan(input: { accountId: $a, name: "过表计划" }) { id } }',
        { a: accountId },
        sales,
      );
      const task = await submitted(manager, ids.sales!, sales);
      await app.db.query('UPDATE task SET plan_id = $1 WHERE id = $2', [
        plan.createWorkPlan.id,
        task.id,
      ]);
      await app.must(
        'mutation($id: ID!) { reviewWorkPlan(id: $id, input: { notes: "全员过表" }) { id } }',
        { id: plan.createWorkPlan.id },
        sales,
      );
      const [row] = await app.db.query('SELECT status, version FROM task WHERE id = $1', [task.id]);
      expect(row.status).toBe('SUBMITTED');
      const self = await app.gql(
        `mutation($id: ID!, $v: Int!) { reviewTask(id: $id, version: $v, input: { decision: ACCEPT, score: 100 }) { ${TASK} } }`,
        { id: task.id, v: row.version },
        sales,
      );
      expect(self.errors?.[0]?.extensions).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'SELF_REVIEW',
      });
    },

    'Mutation.setSalesTarget': async () => {
      const res = await app.gql(
        `mutation { setSalesTarget(input: { userId: "${ids.manager}", period: "2031", revenue: "1.00", reason: "自定目标" }) { target { id } } }`,
        {},
        manager,
      );
      expect(res.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    },

    'Mutation.adjustTarget': async () => {
      const res = await app.gql(
        `mutation { adjustTarget(userId: "${ids.manager}", period: "2031", newValue: "1.00", reason: "自调目标") { target { id } } }`,
        {},
        manager,
      );
      expect(res.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    },
  };

  it('has a scenario for every rule', () => {
    expect(Object.keys(SCENARIOS).sort()).toEqual(Object.keys(SEPARATION_OF_DUTIES).sort());
  });

  for (const [operation, rule] of Object.entries(SEPARATION_OF_DUTIES))
    it(`${operation}: ${rule}`, () => SCENARIOS[operation]!());
});
