import { TASK_STATUSES, TASK_TRANSITIONS, type TaskStatus } from '@trident/domain';
import { drainEscalationJobs } from './support/escalation-jobs';
import { startTestApp, type TestApp } from './support/test-app';

const START_HANDOVER =
  'mutation($f: ID!, $t: ID!) { startHandover(fromUserId: $f, toUserId: $t) { id } }';

const SZ = '中国移动通信集团广东有限公司深圳分公司';

const CREATE_TASK = `mutation($input: CreateTaskInput!) { createTask(input: $input) { id version status } }`;
const TASK_FIELDS = 'id version status reviewScore reviewNotes acknowledgedAt';
const ACTIONS: Record<string, string> = {
  acknowledge: `mutation($id: ID!, $v: Int!) { acknowledgeTask(id: $id, version: $v) { ${TASK_FIELDS} } }`,
  start: `mutation($id: ID!, $v: Int!) { startTask(id: $id, version: $v) { ${TASK_FIELDS} } }`,
  submit: `mutation($id: ID!, $v: Int!) { submitTask(id: $id, version: $v, note: "方案已提交") { ${TASK_FIELDS} } }`,
  accept: `mutation($id: ID!, $v: Int!) { reviewTask(id: $id, version: $v, input: { decision: ACCEPT, score: 85 }) { ${TASK_FIELDS} } }`,
  rework: `mutation($id: ID!, $v: Int!) { reviewTask(id: $id, version: $v, input: { decision: REWORK, notes: "补充报价" }) { ${TASK_FIELDS} } }`,
  cancel: `mutation($id: ID!, $v: Int!) { cancelTask(id: $id, version: $v, reason: "客户取消") { ${TASK_FIELDS} } }`,
  stuck: `mutation($id: ID!, $v: Int!) { reportTaskStuck(id: $id, version: $v, reason: "缺少客户接口文档") { ${TASK_FIELDS} } }`,
  answer: `mutation($id: ID!, $v: Int!) { answerStuckTask(id: $id, version: $v, answer: "接口文档已催") { ${TASK_FIELDS} } }`,
};
/** The action that moves a task into each status, and whose move it is. */
const MOVE_TO: Partial<Record<TaskStatus, { action: string; by: 'assignee' | 'requester' }>> = {
  ACKNOWLEDGED: { action: 'acknowledge', by: 'assignee' },
  IN_PROGRESS: { action: 'start', by: 'assignee' },
  SUBMITTED: { action: 'submit', by: 'assignee' },
  DONE: { action: 'accept', by: 'requester' },
  REWORK: { action: 'rework', by: 'requester' },
  CANCELLED: { action: 'cancel', by: 'requester' },
  STUCK: { action: 'stuck', by: 'assignee' },
};
/** A shortest path from PROPOSED to each status. */
const PATH: Record<TaskStatus, TaskStatus[]> = {
  PROPOSED: [],
  ACKNOWLEDGED: ['ACKNOWLEDGED'],
  IN_PROGRESS: ['ACKNOWLEDGED', 'IN_PROGRESS'],
  SUBMITTED: ['ACKNOWLEDGED', 'IN_PROGRESS', 'SUBMITTED'],
  REWORK: ['ACKNOWLEDGED', 'IN_PROGRESS', 'SUBMITTED', 'REWORK'],
  DONE: ['ACKNOWLEDGED', 'IN_PROGRESS', 'SUBMITTED', 'DONE'],
  CANCELLED: ['CANCELLED'],
  STUCK: ['ACKNOWLEDGED', 'STUCK'],
};

describe('execution: task table, plans, feedback, resources, handover', () => {
  let app: TestApp;
  let sales: string;
  let tech: string;
  let manager: string;
  let admin: string;
  let sales2: string;
  let accountId: string;
  const id: Record<string, string> = {};

  beforeAll(async () => {
    app = await startTestApp();
    [sales, tech, manager, admin, sales2] = (await Promise.all(
      ['sales', 'tech', 'manager', 'admin', 'sales2'].map((u) => app.login(`${u}@trident.demo`)),
    )) as [string, string, string, string, string];
    for (const u of await app.db.query('SELECT email, id FROM "user"'))
      id[u.email.split('@')[0]] = u.id;
    [{ id: accountId }] = await app.db.query('SELECT id FROM account WHERE name = $1', [SZ]);
  });
  afterAll(() => app.close());

  const token = (by: 'assignee' | 'requester') => (by === 'assignee' ? tech : sales);
  const newTask = async (extra: Record<string, unknown> = {}) =>
    (
      await app.must<{ createTask: { id: string; version: number; status: string } }>(
        CREATE_TASK,
        {
          input: {
            accountId,
            title: '技术方案 Solution design',
            content: '5G 专网方案',
            qualityRequirement: '通过客户技术评审',
            expectedResult: '方案书 v1',
            due: new Date(Date.now() + 3 * 86_400_000).toISOString(),
            assigneeId: id.tech,
            kind: 'SOLUTION',
            ...extra,
          },
        },
        sales,
      )
    ).createTask;

  /** A fresh task walked to `status` by the right people. */
  const taskIn = async (status: TaskStatus) => {
    let task = await newTask();
    for (const step of PATH[status]) {
      const move = MOVE_TO[step]!;
      const res = await app.must<Record<string, { id: string; version: number; status: string }>>(
        ACTIONS[move.action]!,
        { id: task.id, v: task.version },
        token(move.by),
      );
      task = Object.values(res)[0]!;
    }
    expect(task.status).toBe(status);
    return task;
  };

  it.each(TASK_STATUSES.flatMap((from) => TASK_STATUSES.map((to) => [from, to] as const)))(
    'a %s task %s becomes %s only when the table allows it',
    async (from, to) => {
      // A stuck task goes on when its leader answers (its assignee may not start it again:
      // rule-edges.test); every other move is the one MOVE_TO names.
      const move =
        from === 'STUCK' && to === 'IN_PROGRESS'
          ? { action: 'answer', by: 'requester' as const }
          : MOVE_TO[to];
      if (!move) return; // nothing moves a task back to PROPOSED
      const task = await taskIn(from);
      const res = await app.gql(
        ACTIONS[move.action]!,
        { id: task.id, v: task.version },
        token(move.by),
      );
      if (TASK_TRANSITIONS[from].includes(to)) {
        expect(res.errors).toBeUndefined();
      } else {
        expect(res.errors?.[0]?.extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          field: 'status',
        });
        const [row] = await app.db.query('SELECT status FROM task WHERE id = $1', [task.id]);
        expect(row.status).toBe(from);
      }
    },
  );

  it('needs the acknowledgement before work starts, and says so', async () => {
    const task = await newTask();
    const res = await app.gql(ACTIONS.start!, { id: task.id, v: task.version }, tech);
    expect(res.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toContain('acknowledge it first');
  });

  it('lets only the assignee acknowledge and submit, and only the requester review', async () => {
    const task = await newTask();
    const byRequester = await app.gql(
      ACTIONS.acknowledge!,
      { id: task.id, v: task.version },
      sales,
    );
    expect(byRequester.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const submitted = await taskIn('SUBMITTED');
    const selfReview = await app.gql(
      ACTIONS.accept!,
      { id: submitted.id, v: submitted.version },
      tech,
    );
    expect(selfReview.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const noScore = await app.gql(
      `mutation($id: ID!, $v: Int!) { reviewTask(id: $id, version: $v, input: { decision: ACCEPT }) { id } }`,
      { id: submitted.id, v: submitted.version },
      sales,
    );
    expect(noScore.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'score',
    });
    const stale = await app.gql(
      ACTIONS.accept!,
      { id: submitted.id, v: submitted.version - 1 },
      sales,
    );
    expect(stale.errors?.[0]?.extensions.code).toBe('CONFLICT');
    // Someone outside the account and the task sees nothing of it.
    const outsider = await app.gql(
      ACTIONS.cancel!,
      { id: submitted.id, v: submitted.version },
      sales2,
    );
    expect(outsider.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });

  it('asks for a new acknowledgement when an acknowledged task changes, and tells the assignee', async () => {
    const task = await taskIn('ACKNOWLEDGED');
    const res = await app.must<{ updateTask: { status: string } }>(
      `mutation($id: ID!, $v: Int!) { updateTask(id: $id, version: $v, input: { due: "2030-01-01T00:00:00Z" }) { status } }`,
      { id: task.id, v: task.version },
      sales,
    );
    expect(res.updateTask.status).toBe('PROPOSED');
    const notes = await app.must<{
      notifications: { nodes: { kind: string; entityId: string }[] };
    }>('{ notifications(unreadOnly: true, first: 500) { nodes { kind entityId } } }', {}, tech);
    expect(notes.notifications.nodes).toContainEqual({ kind: 'TASK', entityId: task.id });
  });

  it('gives a task only to someone who may see its account, and writes nothing else', async () => {
    const [seat] = await app.db.query(
      'SELECT 1 FROM account_team_member WHERE account_id = $1 AND user_id = $2',
      [accountId, id.sales2],
    );
    expect(seat).toBeUndefined();
    const title = '外人 Outsider task';
    const count = async () =>
      Number((await app.db.query('SELECT count(*) AS n FROM task WHERE title = $1', [title]))[0].n);
    const refused = await app.gql(
      CREATE_TASK,
      {
        input: {
          accountId,
          title,
          due: new Date(Date.now() + 3 * 86_400_000).toISOString(),
          assigneeId: id.sales2,
          kind: 'SOLUTION',
        },
      },
      sales,
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'assigneeId',
      reason: 'NOT_ON_ACCOUNT_TEAM',
    });
    expect(await count()).toBe(0);
    // Nor by a change of assignee; the requester may still take the task on.
    const task = await newTask({ title });
    const reassign = `mutation($id: ID!, $v: Int!, $a: ID) { updateTask(id: $id, version: $v, input: { assigneeId: $a }) { assignee { id } version } }`;
    const moved = await app.gql(reassign, { id: task.id, v: task.version, a: id.sales2 }, sales);
    expect(moved.errors?.[0]?.extensions).toMatchObject({ field: 'assigneeId' });
    const [row] = await app.db.query('SELECT assignee_id FROM task WHERE id = $1', [task.id]);
    expect(row.assignee_id).toBe(id.tech);
    const mine = await app.must<{ updateTask: { assignee: { id: string } } }>(
      reassign,
      { id: task.id, v: task.version, a: id.sales },
      sales,
    );
    expect(mine.updateTask.assignee.id).toBe(id.sales);
    // A manager above the team sees the account, so may be asked too.
    expect((await newTask({ assigneeId: id.manager })).status).toBe('PROPOSED');
    expect(
      await app.gql('query($id: ID!) { task(id: $id) { id } }', { id: task.id }, sales2),
    ).toMatchObject({
      data: { task: null },
    });
  });

  it('scores a plan execution × presentation and lists what keeps it from being ready', async () => {
    const plan = await app.must<{ createWorkPlan: { id: string; version: number } }>(
      'mutation($a: ID!) { createWorkPlan(input: { accountId: $a, name: "投标冲刺" }) { id version } }',
      { a: accountId },
      sales,
    );
    const planId = plan.createWorkPlan.id;
    // An empty table is neither complete nor ready: nobody has confirmed anything yet.
    const empty = await app.must<{ planReadiness: { complete: boolean; ready: boolean } }>(
      'query($p: ID!) { planReadiness(planId: $p) { complete ready } }',
      { p: planId },
      sales,
    );
    expect(empty.planReadiness).toEqual({ complete: false, ready: false });
    const done = await newTask({ planId });
    let t = done;
    for (const step of PATH.DONE) {
      const move = MOVE_TO[step]!;
      const res = await app.must<Record<string, { id: string; version: number; status: string }>>(
        ACTIONS[move.action]!.replace('score: 85', 'score: 70'),
        { id: t.id, v: t.version },
        token(move.by),
      );
      t = Object.values(res)[0]!;
    }
    const waiting = await newTask({ planId });
    const nobody = await newTask({ planId, assigneeId: null });
    // The plan's author presented it; the manager above scores the presentation.
    await app.must(
      'mutation($id: ID!) { updateWorkPlan(id: $id, version: 1, input: { presentationScore: 70 }) { id } }',
      { id: planId },
      manager,
    );
    const READY = `query($p: ID!) { planReadiness(planId: $p) { complete execution presentation score unassigned { id } unacknowledged { id } } }`;
    const before = await app.must<{
      planReadiness: {
        complete: boolean;
        execution: number;
        score: number;
        unassigned: { id: string }[];
        unacknowledged: { id: string }[];
      };
    }>(READY, { p: planId }, sales);
    expect(before.planReadiness).toMatchObject({
      complete: false,
      unassigned: [{ id: nobody.id }],
      unacknowledged: [{ id: waiting.id }],
      execution: 23.33,
      presentation: 70,
    });
    // Cancel the open ones: the plan is the done task only, 70 × 70 = 49.
    await app.must(ACTIONS.cancel!, { id: waiting.id, v: waiting.version }, sales);
    await app.must(ACTIONS.cancel!, { id: nobody.id, v: nobody.version }, sales);
    const after = await app.must<{ planReadiness: { complete: boolean; score: number } }>(
      READY,
      { p: planId },
      sales,
    );
    expect(after.planReadiness).toMatchObject({ complete: true, score: 49 });
  });

  describe('feedback', () => {
    const REPORT = `mutation($input: ReportFeedbackInput!) { reportFeedback(input: $input) { id routedTo { email } acknowledgedAt } }`;

    it('routes a report to the AR at once, who acknowledges it; the time is measured', async () => {
      const report = await app.must<{
        reportFeedback: { id: string; routedTo: { email: string } };
      }>(
        REPORT,
        {
          input: {
            accountId,
            kind: 'NEW_NEED',
            text: '客户想加一个机房监控 The customer wants room monitoring',
          },
        },
        tech,
      );
      expect(report.reportFeedback.routedTo.email).toBe('sales@trident.demo');
      const inbox = await app.must<{
        notifications: { nodes: { kind: string; entityId: string }[] };
      }>('{ notifications(unreadOnly: true) { nodes { kind entityId } } }', {}, sales);
      expect(inbox.notifications.nodes[0]).toEqual({
        kind: 'FEEDBACK',
        entityId: report.reportFeedback.id,
      });
      const byTech = await app.gql(
        'mutation($id: ID!) { acknowledgeFeedback(id: $id) { id } }',
        { id: report.reportFeedback.id },
        tech,
      );
      expect(byTech.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      // Ten minutes to acknowledge, measured from the stored times.
      await app.db.query(
        `UPDATE feedback SET created_at = now() - interval '10 minutes' WHERE id = $1`,
        [report.reportFeedback.id],
      );
      await app.must(
        'mutation($id: ID!) { acknowledgeFeedback(id: $id) { id } }',
        { id: report.reportFeedback.id },
        sales,
      );
      const again = await app.gql(
        'mutation($id: ID!) { acknowledgeFeedback(id: $id) { id } }',
        { id: report.reportFeedback.id },
        sales,
      );
      expect(again.errors?.[0]?.extensions.code).toBe('CONFLICT');
      const times = await app.must<{
        feedbackAckTimes: {
          user: { email: string };
          acknowledged: number;
          medianMinutes: number;
        }[];
      }>(
        '{ feedbackAckTimes { user { email } acknowledged medianMinutes p90Minutes } }',
        {},
        manager,
      );
      const mine = times.feedbackAckTimes.find((r) => r.user.email === 'sales@trident.demo')!;
      expect(mine.acknowledged).toBe(1);
      expect(mine.medianMinutes).toBeCloseTo(10, 0);

      const lead = await app.must<{
        feedbackToLead: { lead: { source: string; owner: { email: string } } };
      }>(
        'mutation($id: ID!) { feedbackToLead(id: $id) { lead { source owner { email } } } }',
        { id: report.reportFeedback.id },
        sales,
      );
      expect(lead.feedbackToLead.lead).toEqual({
        source: 'FEEDBACK',
        owner: { email: 'sales@trident.demo' },
      });
      const twice = await app.gql(
        'mutation($id: ID!) { feedbackToLead(id: $id) { lead { id } } }',
        { id: report.reportFeedback.id },
        sales,
      );
      expect(twice.errors?.[0]?.extensions.code).toBe('CONFLICT');
      // A manager hands over only within their own reporting line (sales3 is outside it).
      const outside = await app.gql(START_HANDOVER, { f: id.sales, t: id.sales3 }, manager);
      expect(outside.errors?.[0]?.extensions).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'OUTSIDE_REPORTING_LINE',
        field: 'toUserId',
      });
    });

    // At once = the next job of the escalation worker, sent when the report commits (issue 23:
    // the engine runs off the request path; escalation-queue.test.ts checks the mutation alone).
    it('escalates a major negative feedback at once to the AR and their manager', async () => {
      const report = await app.must<{ reportFeedback: { id: string } }>(
        REPORT,
        {
          input: {
            accountId,
            kind: 'NEGATIVE',
            severity: 'CRITICAL',
            text: '核心网中断 Core network outage',
          },
        },
        tech,
      );
      await drainEscalationJobs(app);
      const rows: { level: number; target_user_id: string; status: string }[] = await app.db.query(
        `SELECT level, target_user_id, status FROM escalation WHERE object_id = $1 ORDER BY level`,
        [report.reportFeedback.id],
      );
      expect(rows).toEqual([
        { level: 1, target_user_id: id.sales, status: 'OPEN' },
        { level: 2, target_user_id: id.manager, status: 'OPEN' },
      ]);
      await app.must(
        'mutation($id: ID!) { acknowledgeFeedback(id: $id) { id } }',
        { id: report.reportFeedback.id },
        sales,
      );
      await drainEscalationJobs(app);
      const after: { status: string }[] = await app.db.query(
        `SELECT status FROM escalation WHERE object_id = $1`,
        [report.reportFeedback.id],
      );
      expect(after.map((r) => r.status)).toEqual(['RESOLVED', 'RESOLVED']);
    });
  });

  describe('internal resources', () => {
    let resourceId: string;
    const REQUEST = `mutation($input: RequestResourceInput!) { requestResource(input: $input) { id status decisionNote } }`;

    beforeAll(async () => {
      const created = await app.must<{ createInternalResource: { id: string } }>(
        `mutation { createInternalResource(input: { name: "刘总 CTO Liu", level: EXECUTIVE, maxPerMonth: 2,
           conditions: "客户副总以上在场 Customer VP present", preparation: ["客户组织图", "项目简报"] }) { id } }`,
        {},
        admin,
      );
      resourceId = created.createInternalResource.id;
    });

    it('refuses a monthly cap above the quarterly one, which could never be reached', async () => {
      const before = await app.count('internal_resource');
      const res = await app.gql(
        `mutation { createInternalResource(input: { name: "张总 CFO Zhang", level: EXECUTIVE, maxPerMonth: 5, maxPerQuarter: 2 }) { id } }`,
        {},
        admin,
      );
      expect(res.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'maxPerMonth',
        reason: 'AT_MOST',
        max: 2,
      });
      expect(await app.count('internal_resource')).toBe(before);
      const [{ version }] = await app.db.query(
        'SELECT version FROM internal_resource WHERE id = $1',
        [resourceId],
      );
      const edit = await app.gql(
        `mutation($id: ID!, $v: Int!) { updateInternalResource(id: $id, version: $v, input: { name: "刘总 CTO Liu", level: EXECUTIVE, maxPerMonth: 4, maxPerQuarter: 3 }) { id } }`,
        { id: resourceId, v: version },
        admin,
      );
      expect(edit.errors?.[0]?.extensions).toMatchObject({ field: 'maxPerMonth', max: 3 });
      const [after] = await app.db.query(
        'SELECT version, max_per_month, max_per_quarter FROM internal_resource WHERE id = $1',
        [resourceId],
      );
      expect(after).toEqual({ version, max_per_month: 2, max_per_quarter: null });
    });

    it('refuses past the monthly cap unless a manager approves; history is kept', async () => {
      const ask = (date: string, extra: Record<string, unknown> = {}, who = sales) =>
        app.gql<{ requestResource: { id: string; status: string } }>(
          REQUEST,
          { input: { resourceId, accountId, purpose: '高层拜访 Executive visit', date, ...extra } },
          who,
        );
      expect((await ask('2030-03-02')).data?.requestResource.status).toBe('APPROVED');
      expect((await ask('2030-03-09')).data?.requestResource.status).toBe('APPROVED');
      const before = await app.count('resource_request');
      const third = await ask('2030-03-20');
      expect(third.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'date',
        cap: 'MONTH',
        limit: 2,
        used: 2,
      });
      expect(await app.count('resource_request')).toBe(before);
      // Another month is free again.
      expect((await ask('2030-04-01')).data?.requestResource.status).toBe('APPROVED');
      // A day gone by cannot be booked (the company's calendar: yesterday no, today yes).
      const beforePast = await app.count('resource_request');
      const past = await ask('2001-01-01');
      expect(past.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'date',
        reason: 'NOT_IN_PAST',
      });
      expect(await app.count('resource_request')).toBe(beforePast);
      // Past the cap: a salesperson asks; the manager decides.
      const pending = await ask('2030-03-22', { askApproval: true });
      expect(pending.data?.requestResource.status).toBe('PENDING');
      const decided = await app.must<{ decideResourceRequest: { status: string } }>(
        'mutation($id: ID!) { decideResourceRequest(id: $id, approve: true, note: "战略客户") { status } }',
        { id: pending.data!.requestResource.id },
        manager,
      );
      expect(decided.decideResourceRequest.status).toBe('APPROVED');
      // A manager past the cap asks too, and may not decide their own request.
      const byManager = await ask('2030-03-25', { askApproval: true }, manager);
      expect(byManager.data?.requestResource.status).toBe('PENDING');
      const own = await app.gql(
        'mutation($id: ID!) { decideResourceRequest(id: $id, approve: true, note: "自批") { status } }',
        { id: byManager.data!.requestResource.id },
        manager,
      );
      expect(own.errors?.[0]?.extensions).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'SELF_APPROVAL',
      });
      const history = await app.must<{ resourceRequests: { totalCount: number } }>(
        'query($r: ID!) { resourceRequests(filter: { resourceId: $r }) { totalCount } }',
        { r: resourceId },
        manager,
      );
      // Two, one in April, the approved pending one and the manager's pending one: refusals
      // leave nothing.
      expect(history.resourceRequests.totalCount).toBe(5);
    });

    it('counts the bookings of every account against the cap, also those the requester cannot see', async () => {
      const created = await app.must<{ createInternalResource: { id: string } }>(
        `mutation { createInternalResource(input: { name: "王总 CEO Wang", level: EXECUTIVE, maxPerMonth: 1,
           conditions: "客户高层在场 Customer executives present", preparation: ["项目简报"] }) { id } }`,
        {},
        admin,
      );
      const wang = created.createInternalResource.id;
      const [theirs] = (await app.db.query(
        `SELECT m.account_id AS id FROM account_team_member m WHERE m.user_id = $1
            AND NOT EXISTS (SELECT 1 FROM account_team_member o WHERE o.account_id = m.account_id AND o.user_id = $2)
          LIMIT 1`,
        [id.sales2, id.sales],
      )) as { id: string }[];
      const ask = (account: string, who: string) =>
        app.gql<{ requestResource: { status: string } }>(
          REQUEST,
          {
            input: {
              resourceId: wang,
              accountId: account,
              purpose: '高层拜访 Executive visit',
              date: '2030-06-03',
            },
          },
          who,
        );
      expect((await ask(accountId, sales)).data?.requestResource.status).toBe('APPROVED');
      // sales2 does not see sales's booking, and is still counted against it.
      const seen = await app.must<{ resourceRequests: { totalCount: number } }>(
        'query($r: ID!) { resourceRequests(filter: { resourceId: $r }) { totalCount } }',
        { r: wang },
        sales2,
      );
      expect(seen.resourceRequests.totalCount).toBe(0);
      const before = await app.count('resource_request');
      const second = await ask(theirs!.id, sales2);
      expect(second.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'date',
        reason: 'RESOURCE_CAP_REACHED',
        cap: 'MONTH',
        used: 1,
      });
      expect(await app.count('resource_request')).toBe(before);
    });
  });

  describe('handover', () => {
    it('creates one task per customer and open deal with the playbook by stage, and moves seats item by item', async () => {
      // sales2 leaves; their deals sit at 0 %, 50 % and 75 %.
      const stages = new Map<string, string>(
        (await app.db.query('SELECT code, id FROM funnel_stage')).map(
          (s: { code: string; id: string }) => [s.code, s.id],
        ),
      );
      const [{ id: nj }] = await app.db.query(
        `SELECT id FROM account WHERE name = '国网江苏省电力有限公司南京供电分公司'`,
      );
      for (const code of ['PROSPECT', 'NEED_FOUND', 'SOLUTION_MATCHED'])
        await app.db.query(
          `INSERT INTO opportunity (account_id, name, amount, currency, stage_id, owner_id, created_by_id)
           VALUES ($1, $2, 1000, 'CNY', $3, $4, $4)`,
          [nj, `deal at ${code}`, stages.get(code), id.sales2],
        );
      const accounts: { n: number }[] = await app.db.query(
        'SELECT count(DISTINCT account_id)::int AS n FROM account_team_member WHERE user_id = $1',
        [id.sales2],
      );
      // The successor carries AR seats and deals: not someone whose role may not move a deal.
      const handovers = await app.count('handover');
      const toTech = await app.gql(START_HANDOVER, { f: id.sales2, t: id.tech }, manager);
      expect(toTech.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'toUserId',
        reason: 'SUCCESSOR_MAY_NOT_OWN',
      });
      expect(await app.count('handover')).toBe(handovers);
      const started = await app.must<{ startHandover: { id: string } }>(
        START_HANDOVER,
        { f: id.sales2, t: id.sales },
        manager,
      );
      const handoverId = started.startHandover.id;
      const items: {
        opportunity_id: string | null;
        name: string | null;
        playbook: string;
        id: string;
        version: number;
      }[] = await app.db.query(
        `SELECT t.id, t.version, t.opportunity_id, o.name, t.playbook FROM task t LEFT JOIN opportunity o ON o.id = t.opportunity_id
            WHERE t.handover_id = $1`,
        [handoverId],
      );
      expect(items.filter((i) => !i.opportunity_id)).toHaveLength(accounts[0]!.n);
      const deals = Object.fromEntries(
        items.filter((i) => i.name).map((i) => [i.name, i.playbook]),
      );
      expect(deals).toEqual({
        'deal at PROSPECT': 'TRANSFER',
        'deal at NEED_FOUND': 'PHONE_INTRO',
        'deal at SOLUTION_MATCHED': 'JOINT_VISIT',
      });
      // Nanjing's customer item: its most advanced open deal is at 75 %.
      const njItem: { playbook: string }[] = await app.db.query(
        `SELECT playbook FROM task WHERE handover_id = $1 AND account_id = $2 AND opportunity_id IS NULL`,
        [handoverId, nj],
      );
      expect(njItem[0]!.playbook).toBe('JOINT_VISIT');
      const twice = await app.gql(START_HANDOVER, { f: id.sales2, t: id.sales }, manager);
      expect(twice.errors?.[0]?.extensions).toMatchObject({
        code: 'CONFLICT',
        field: 'fromUserId',
        reason: 'HANDOVER_IN_PROGRESS',
      });

      // Nothing moves until an item is done; then that deal's owner is the successor.
      const deal = items.find((i) => i.name === 'deal at NEED_FOUND')!;
      let task = { id: deal.id, version: deal.version };
      for (const [action, who] of [
        ['acknowledge', sales],
        ['start', sales],
        ['submit', sales],
        ['accept', manager],
      ] as const) {
        const res = await app.must<Record<string, { id: string; version: number }>>(
          ACTIONS[action]!,
          { id: task.id, v: task.version },
          who,
        );
        task = Object.values(res)[0]!;
      }
      const owners: { name: string; owner_id: string }[] = await app.db.query(
        `SELECT name, owner_id FROM opportunity WHERE name LIKE 'deal at %' ORDER BY name`,
      );
      expect(owners.find((o) => o.name === 'deal at NEED_FOUND')!.owner_id).toBe(id.sales);
      expect(owners.find((o) => o.name === 'deal at PROSPECT')!.owner_id).toBe(id.sales2);
      const progress = await app.must<{
        handover: { status: string; progress: { total: number; done: number } };
      }>(
        'query($h: ID!) { handover(id: $h) { status progress { total done } } }',
        { h: handoverId },
        manager,
      );
      expect(progress.handover).toEqual({
        status: 'IN_PROGRESS',
        progress: { total: items.length, done: 1 },
      });
    });

    it('stops a departed user from signing in', async () => {
      await app.must(
        'mutation($id: ID!) { updateUser(id: $id, version: 1, input: { status: DEPARTED }) { id } }',
        { id: id.sales3 },
        admin,
      );
      await expect(app.login('sales3@trident.demo')).rejects.toThrow(/can no longer sign in/);
    });
  });
});
