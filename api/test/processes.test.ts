import { startTestApp, type TestApp } from './support/test-app';

const CREATE =
  'mutation($input: CreateProcessTemplateInput!) { createProcessTemplate(input: $input) { id version steps { id position name condition } } }';
const PATH = `query($p: ID!, $amount: Decimal, $line: String) {
  approvalPath(processId: $p, amount: $amount, productLine: $line) { totalDays steps { name approverContact { name } approverOrgUnit { name } } }
}`;
const START =
  'mutation($input: StartProcessRunInput!) { startProcessRun(input: $input) { id status steps { id name status version } } }';
const MOVE = `mutation($id: ID!, $input: MoveRunStepInput!, $v: Int!) {
  moveRunStep(id: $id, input: $input, version: $v) { id status version blockReason blockerContact { name } history { fromStatus toStatus note } }
}`;

type Step = { id: string; name: string; status: string; version: number };

describe("the customer's processes: templates, approval paths and runs", () => {
  let app: TestApp;
  let sales: string;
  let sales2: string;
  let admin: string;
  let accountId: string;
  let templateId: string;
  let ctoId: string;
  let financeUnitId: string;
  let officeUnitId: string;

  const must = <T>(query: string, variables: Record<string, unknown>, token: string) =>
    app.must<T>(query, variables, token);

  beforeAll(async () => {
    app = await startTestApp();
    sales = await app.login('sales@trident.demo');
    sales2 = await app.login('sales2@trident.demo');
    admin = await app.login('admin@trident.demo');
    [{ id: accountId }] = await app.db.query(
      `SELECT id FROM account WHERE name LIKE '%深圳分公司'`,
    );
    const unit = await must<{ createOrgUnit: { id: string } }>(
      'mutation($a: ID!) { createOrgUnit(input: { accountId: $a, name: "财务部", kind: FINANCE }) { id } }',
      { a: accountId },
      sales,
    );
    financeUnitId = unit.createOrgUnit.id;
    const office = await must<{ createOrgUnit: { id: string } }>(
      'mutation($a: ID!) { createOrgUnit(input: { accountId: $a, name: "总经办", kind: EXECUTIVE }) { id } }',
      { a: accountId },
      sales,
    );
    officeUnitId = office.createOrgUnit.id;
    const cto = await must<{ createContact: { id: string } }>(
      'mutation($a: ID!) { createContact(input: { accountId: $a, name: "周工 Zhou", level: DECISION }) { id } }',
      { a: accountId },
      sales,
    );
    ctoId = cto.createContact.id;
  });
  afterAll(() => app.close());

  it('saves a template whose conditions parse, and refuses one that does not', async () => {
    const steps = [
      { name: '需求部门提出', rule: 'ALL', typicalDays: 3, approverContactId: ctoId },
      {
        name: '分管副总审批',
        rule: 'ALL',
        typicalDays: 5,
        condition: 'amount >= 1000000',
        approverOrgUnitId: officeUnitId,
      },
      {
        name: '总经理办公会',
        rule: 'ALL',
        typicalDays: 10,
        condition: 'amount >= 5000000 or productLine == "5G"',
        approverOrgUnitId: officeUnitId,
      },
      {
        name: '财务会签',
        rule: 'ANY',
        typicalDays: 2,
        approverOrgUnitId: financeUnitId,
        documentsRequired: ['预算表'],
      },
    ];
    const bad = await app.gql(
      CREATE,
      {
        input: {
          accountId,
          kind: 'PROCUREMENT',
          name: 'bad',
          steps: [steps[0], { ...steps[1], condition: 'process.exit()' }],
        },
      },
      sales,
    );
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'steps.1.condition',
      reason: 'CONDITION_INVALID',
      // The problem and its parameters word it in the console's language; detail is English.
      problem: 'FUNCTION_CALL',
      detail: 'function calls are not allowed',
    });
    // Every step of an account's own process names who approves it (seed 000).
    const nobody = await app.gql(
      CREATE,
      {
        input: {
          accountId,
          kind: 'PROCUREMENT',
          name: 'no approver',
          steps: [steps[0], { name: '谁来批？', rule: 'ALL', typicalDays: 3 }],
        },
      },
      sales,
    );
    expect(nobody.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'steps.1.approverContactId',
    });
    expect(await app.count('process_template')).toBe(0);

    const ok = await must<{ createProcessTemplate: { id: string; steps: { position: number }[] } }>(
      CREATE,
      { input: { accountId, kind: 'PROCUREMENT', name: '采购立项流程', steps } },
      sales,
    );
    templateId = ok.createProcessTemplate.id;
    expect(ok.createProcessTemplate.steps.map((s) => s.position)).toEqual([1, 2, 3, 4]);
  });

  it('replaces the steps on update, checking conditions the same way, and audits before and after', async () => {
    const UPDATE =
      'mutation($id: ID!, $input: UpdateProcessTemplateInput!, $v: Int!) { updateProcessTemplate(id: $id, input: $input, version: $v) { version steps { name } } }';
    const bad = await app.gql(
      UPDATE,
      { id: templateId, input: { steps: [{ name: 'x', condition: 'amount >=' }] }, v: 1 },
      sales,
    );
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'steps.0.condition',
      problem: 'SYNTAX',
      at: 10,
    });
    const tech = await app.login('tech@trident.demo');
    const denied = await app.gql(UPDATE, { id: templateId, input: { name: 'x' }, v: 1 }, tech);
    expect(denied.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const renamed = await must<{
      updateProcessTemplate: { version: number; steps: { name: string }[] };
    }>(UPDATE, { id: templateId, input: { name: '采购立项流程 v2' }, v: 1 }, sales);
    expect(renamed.updateProcessTemplate.version).toBe(2);
    expect(renamed.updateProcessTemplate.steps).toHaveLength(4);
    const [event] = await app.db.query(
      `SELECT before, after FROM audit_event WHERE action = 'process_template.update'`,
    );
    expect([event.before.name, event.after.name, event.after.steps.length]).toEqual([
      '采购立项流程',
      '采购立项流程 v2',
      4,
    ]);
  });

  it('returns the approval path that applies to a deal, with approvers and days', async () => {
    const small = await must<{ approvalPath: { totalDays: number; steps: { name: string }[] } }>(
      PATH,
      { p: templateId, amount: '300000' },
      sales,
    );
    expect(small.approvalPath.steps.map((s) => s.name)).toEqual(['需求部门提出', '财务会签']);
    expect(small.approvalPath.totalDays).toBe(5);
    const big = await must<{
      approvalPath: {
        totalDays: number;
        steps: {
          name: string;
          approverContact: { name: string } | null;
          approverOrgUnit: { name: string } | null;
        }[];
      };
    }>(PATH, { p: templateId, amount: '1200000', line: '5G' }, sales);
    expect(big.approvalPath.steps.map((s) => s.name)).toEqual([
      '需求部门提出',
      '分管副总审批',
      '总经理办公会',
      '财务会签',
    ]);
    expect(big.approvalPath.totalDays).toBe(20);
    expect(big.approvalPath.steps[0]?.approverContact?.name).toBe('周工 Zhou');
    expect(big.approvalPath.steps[3]?.approverOrgUnit?.name).toBe('财务部');
  });

  it('lets only ADMIN write global templates, and copies one to an account in one step', async () => {
    const input = {
      kind: 'PAYMENT',
      name: '标准付款流程',
      steps: [
        { name: '验收确认', typicalDays: 5 },
        { name: '财务付款', typicalDays: 10, condition: 'amount > 0' },
      ],
    };
    const denied = await app.gql(CREATE, { input }, sales);
    expect(denied.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const global = await must<{ createProcessTemplate: { id: string } }>(CREATE, { input }, admin);
    const copy = await must<{
      copyProcessTemplate: {
        id: string;
        accountId: string;
        name: string;
        steps: { name: string; condition: string | null }[];
      };
    }>(
      'mutation($t: ID!, $a: ID!) { copyProcessTemplate(templateId: $t, accountId: $a) { id accountId name steps { name condition } } }',
      { t: global.createProcessTemplate.id, a: accountId },
      sales,
    );
    expect(copy.copyProcessTemplate).toMatchObject({ accountId, name: '标准付款流程' });
    expect(copy.copyProcessTemplate.steps).toEqual([
      { name: '验收确认', condition: null },
      { name: '财务付款', condition: 'amount > 0' },
    ]);
    const other = await app.gql(
      'mutation($t: ID!, $a: ID!) { copyProcessTemplate(templateId: $t, accountId: $a) { id } }',
      { t: global.createProcessTemplate.id, a: accountId },
      sales2,
    );
    expect(other.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });

  it('runs a deal through the chain: review, block with a reason, pass, done', async () => {
    const deal = await must<{ createOpportunity: { id: string } }>(
      `mutation($a: ID!) { createOpportunity(input: {
         accountId: $a, name: "5G 专网扩容", amount: { amount: "1500000", currency: "CNY" } }) { id } }`,
      { a: accountId },
      sales,
    );
    const fake = await app.gql(
      START,
      {
        input: {
          templateId,
          subjectType: 'OPPORTUNITY',
          subjectId: '6f1c1e9e-0000-4000-8000-000000000001',
        },
      },
      sales,
    );
    expect(fake.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'subjectId',
    });
    const run = await must<{ startProcessRun: { id: string; status: string; steps: Step[] } }>(
      START,
      {
        input: {
          templateId,
          subjectType: 'OPPORTUNITY',
          subjectId: deal.createOpportunity.id,
        },
      },
      sales,
    );
    const steps = run.startProcessRun.steps;
    expect(steps.map((s) => s.name)).toEqual(['需求部门提出', '分管副总审批', '财务会签']);
    expect(steps.every((s) => s.status === 'PENDING')).toBe(true);

    const skipAhead = await app.gql(
      MOVE,
      { id: steps[0]!.id, input: { status: 'PASSED' }, v: steps[0]!.version },
      sales,
    );
    expect(skipAhead.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'status',
    });

    // Another team's salesperson is told the step they sent does not exist, nothing more:
    // not the id of the run it belongs to.
    const foreign = await app.gql(
      MOVE,
      { id: steps[0]!.id, input: { status: 'IN_REVIEW' }, v: steps[0]!.version },
      sales2,
    );
    expect(foreign.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    expect(foreign.errors?.[0]?.message).toBe(`ProcessRunStep ${steps[0]!.id} not found`);
    let step = (
      await must<{ moveRunStep: Step }>(
        MOVE,
        { id: steps[0]!.id, input: { status: 'IN_REVIEW' }, v: steps[0]!.version },
        sales,
      )
    ).moveRunStep;
    const noReason = await app.gql(
      MOVE,
      { id: step.id, input: { status: 'BLOCKED' }, v: step.version },
      sales,
    );
    expect(noReason.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'reason',
    });
    const blocked = await must<{
      moveRunStep: Step & { blockReason: string; blockerContact: { name: string } };
    }>(
      MOVE,
      {
        id: step.id,
        input: { status: 'BLOCKED', reason: '预算未批', blockerContactId: ctoId },
        v: step.version,
      },
      sales,
    );
    expect(blocked.moveRunStep).toMatchObject({
      status: 'BLOCKED',
      blockReason: '预算未批',
      blockerContact: { name: '周工 Zhou' },
    });

    const blockedNow = await must<{
      blockedSteps: { totalCount: number; nodes: { id: string; run: { title: string } }[] };
    }>('{ blockedSteps(olderThanDays: 0) { totalCount nodes { id run { title } } } }', {}, sales);
    expect(blockedNow.blockedSteps.nodes.map((n) => n.id)).toEqual([step.id]);
    // By the step's own typical days (3): not yet, until it has been blocked for longer.
    const byTypical = '{ blockedSteps { totalCount } }';
    expect(
      (await must<{ blockedSteps: { totalCount: number } }>(byTypical, {}, sales)).blockedSteps
        .totalCount,
    ).toBe(0);
    await app.db.query(
      `UPDATE process_run_step SET since = now() - interval '4 days' WHERE id = $1`,
      [step.id],
    );
    expect(
      (await must<{ blockedSteps: { totalCount: number } }>(byTypical, {}, sales)).blockedSteps
        .totalCount,
    ).toBe(1);
    expect(
      (await must<{ blockedSteps: { totalCount: number } }>(byTypical, {}, sales2)).blockedSteps
        .totalCount,
    ).toBe(0);

    step = (
      await must<{ moveRunStep: Step }>(
        MOVE,
        {
          id: step.id,
          input: { status: 'PASSED', note: '预算已批' },
          v: blocked.moveRunStep.version,
        },
        sales,
      )
    ).moveRunStep;
    const history = await must<{
      processRun: { steps: { history: { fromStatus: string; toStatus: string }[] }[] };
    }>(
      'query($r: ID!) { processRun(id: $r) { steps { history { fromStatus toStatus } } } }',
      { r: run.startProcessRun.id },
      sales,
    );
    expect(
      history.processRun.steps[0]?.history.map((h) => `${h.fromStatus}>${h.toStatus}`),
    ).toEqual(['PENDING>IN_REVIEW', 'IN_REVIEW>BLOCKED', 'BLOCKED>PASSED']);

    for (const next of steps.slice(1)) {
      const reviewed = (
        await must<{ moveRunStep: Step }>(
          MOVE,
          { id: next.id, input: { status: 'IN_REVIEW' }, v: next.version },
          sales,
        )
      ).moveRunStep;
      await must(MOVE, { id: next.id, input: { status: 'PASSED' }, v: reviewed.version }, sales);
    }
    const done = await must<{ processRun: { status: string; finishedAt: string } }>(
      'query($r: ID!) { processRun(id: $r) { status finishedAt } }',
      { r: run.startProcessRun.id },
      sales,
    );
    expect(done.processRun.status).toBe('DONE');
    expect(done.processRun.finishedAt).toBeTruthy();
  });

  it('hides an account’s templates and runs from a SALES user outside its team', async () => {
    const res = await must<{
      processTemplate: unknown;
      processTemplates: { nodes: { name: string }[] };
      processRuns: { totalCount: number };
    }>(
      'query($t: ID!) { processTemplate(id: $t) { id } processTemplates { nodes { name } } processRuns { totalCount } }',
      { t: templateId },
      sales2,
    );
    expect(res.processTemplate).toBeNull();
    expect(res.processTemplates.nodes.map((n) => n.name)).toEqual(['标准付款流程']); // the global one only
    expect(res.processRuns.totalCount).toBe(0);
    const path = await app.gql(PATH, { p: templateId, amount: '1' }, sales2);
    expect(path.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });
});
