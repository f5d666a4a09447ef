import { EscalationEngine } from '../src/modules/escalations/escalation-engine';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * The deal in the customer's chain (issue 16, seeds 000 and 002): a run follows its deal,
 * has expected and observed dates, an owner of ours on every step, and its gaps as tasks.
 */
const SZ = '中国移动通信集团广东有限公司深圳分公司';
const DAY = 86_400_000;

const STEP = `id name status position version expectedStart expectedFinish startedAt finishedAt
  outOfOrder ownerRole owner { email } gaps daysLate planNote unplanned`;
const START = `mutation($input: StartProcessRunInput!) {
  startProcessRun(input: $input) { id amount title steps { ${STEP} } } }`;
const RUN = `query($id: ID!) { processRun(id: $id) {
  id amount productLines status forecastFinish baselineFinish varianceDays daysLate
  currentStep { name } steps { ${STEP} }
  plans { cause amount added skipped reopened note } } }`;
const MOVE = `mutation($id: ID!, $s: RunStepStatus!, $v: Int!) {
  moveRunStep(id: $id, input: { status: $s }, version: $v) { ${STEP} } }`;
const UPDATE_DEAL = `mutation($id: ID!, $v: Int!, $amount: Decimal!) {
  updateOpportunity(id: $id, version: $v, input: { amount: { amount: $amount, currency: "CNY" } }) { version } }`;

interface Step {
  id: string;
  name: string;
  status: string;
  position: number;
  version: number;
  expectedStart: string | null;
  expectedFinish: string | null;
  startedAt: string | null;
  finishedAt: string | null;
  outOfOrder: boolean;
  ownerRole: string | null;
  owner: { email: string } | null;
  gaps: string[];
  daysLate: number;
  planNote: string | null;
  unplanned: boolean;
}
interface Run {
  id: string;
  amount: string | null;
  status: string;
  forecastFinish: string | null;
  baselineFinish: string | null;
  varianceDays: number;
  daysLate: number;
  currentStep: { name: string } | null;
  steps: Step[];
  plans: {
    cause: string;
    amount: string | null;
    added: string[];
    skipped: string[];
    reopened: string[];
    note: string | null;
  }[];
}

describe("the deal in the customer's chain", () => {
  let app: TestApp;
  let sales = '';
  let accountId = '';
  let cfoId = '';
  let cfoUnitId = '';
  let techHeadId = '';
  let templateId = '';
  const ids: Record<string, string> = {};

  const must = <T>(query: string, variables: Record<string, unknown>, token = sales) =>
    app.must<T>(query, variables, token);
  const run = async (id: string, token = sales) =>
    (await must<{ processRun: Run }>(RUN, { id }, token)).processRun;
  const newDeal = async (name: string, amount: string) =>
    (
      await must<{ createOpportunity: { id: string; version: number } }>(
        `mutation($a: ID!, $n: String!, $m: Decimal!) { createOpportunity(input: {
           accountId: $a, name: $n, amount: { amount: $m, currency: "CNY" } }) { id version } }`,
        { a: accountId, n: name, m: amount },
      )
    ).createOpportunity;
  const start = async (subjectId: string, template = templateId) =>
    (
      await must<{ startProcessRun: Run }>(START, {
        input: { templateId: template, subjectType: 'OPPORTUNITY', subjectId },
      })
    ).startProcessRun;
  const move = async (step: Step, status: string) =>
    (await must<{ moveRunStep: Step }>(MOVE, { id: step.id, s: status, v: step.version }))
      .moveRunStep;

  beforeAll(async () => {
    app = await startTestApp();
    sales = await app.login('sales@trident.demo');
    for (const u of await app.db.query('SELECT email, id FROM "user"'))
      ids[u.email.split('@')[0]] = u.id;
    [{ id: accountId }] = await app.db.query('SELECT id FROM account WHERE name = $1', [SZ]);
    const unit = await must<{ createOrgUnit: { id: string } }>(
      'mutation($a: ID!) { createOrgUnit(input: { accountId: $a, name: "财务部 Finance", kind: FINANCE }) { id } }',
      { a: accountId },
    );
    cfoUnitId = unit.createOrgUnit.id;
    const contact = (name: string, level: string, owner: string | null) =>
      must<{ createContact: { id: string } }>(
        `mutation($a: ID!, $n: String!, $l: ContactLevel!, $o: ID) { createContact(input: {
           accountId: $a, name: $n, level: $l, relationshipOwnerId: $o }) { id } }`,
        { a: accountId, n: name, l: level, o: owner },
      );
    // The CFO signs at 5 M and up; nobody on our side knows him yet.
    cfoId = (await contact('张伟 Zhang Wei CFO', 'EXECUTIVE', null)).createContact.id;
    techHeadId = (await contact('李工 Li Tech', 'DECISION', ids.tech!)).createContact.id;
    const template = await must<{ createProcessTemplate: { id: string } }>(
      `mutation($a: ID!, $cfo: ID!, $tech: ID!, $u: ID!) { createProcessTemplate(input: {
         accountId: $a, kind: PROCUREMENT, name: "采购审批 Procurement", steps: [
           { name: "技术评审 Technical review", typicalDays: 5, approverContactId: $tech, ownerRole: SR },
           { name: "预算确认 Budget check", typicalDays: 3, approverOrgUnitId: $u, condition: "amount >= 1000000" },
           { name: "财务总监签字 CFO signature", typicalDays: 7, approverContactId: $cfo, condition: "amount >= 5000000" },
           { name: "采购执行 Purchase", typicalDays: 4, approverOrgUnitId: $u }
         ] }) { id } }`,
      { a: accountId, cfo: cfoId, tech: techHeadId, u: cfoUnitId },
    );
    templateId = template.createProcessTemplate.id;
  });
  afterAll(() => app.close());

  describe('a run follows its deal', () => {
    it("plans a 9 M deal's run from the deal itself: the CFO signature at 5 M is in, with no amount typed", async () => {
      const deal = await newDeal('核心网扩容 Core expansion', '9000000');
      const started = await start(deal.id);
      expect(started.amount).toBe('9000000.00');
      expect(started.steps.map((s) => s.name)).toEqual([
        '技术评审 Technical review',
        '预算确认 Budget check',
        '财务总监签字 CFO signature',
        '采购执行 Purchase',
      ]);
      // Our owner on every step: the SR named on the template, the process kind's AR else.
      expect(started.steps.map((s) => [s.ownerRole, s.owner?.email])).toEqual([
        ['SR', 'tech@trident.demo'],
        ['AR', 'sales@trident.demo'],
        ['AR', 'sales@trident.demo'],
        ['AR', 'sales@trident.demo'],
      ]);
    });

    it('runs a process once at a time on a deal, even when eight starts race', async () => {
      const deal = await newDeal('一次 Once', '2000000');
      const results = await Promise.all(
        Array.from({ length: 8 }, () =>
          app.gql(
            START,
            {
              input: { templateId, subjectType: 'OPPORTUNITY', subjectId: deal.id },
            },
            sales,
          ),
        ),
      );
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      for (const refused of results.filter((r) => r.errors))
        expect(refused.errors?.[0]?.extensions).toMatchObject({
          code: 'CONFLICT',
          field: 'templateId',
          reason: 'RUN_RUNNING',
        });
      const [{ n }] = await app.db.query(
        `SELECT count(*)::int AS n FROM process_run WHERE subject_id = $1`,
        [deal.id],
      );
      expect(n).toBe(1);
    });

    it('keeps the signatures of a deal in another currency: thresholds are in CNY, and no rate is guessed', async () => {
      const usd = (
        await must<{ createOpportunity: { id: string } }>(
          `mutation($a: ID!) { createOpportunity(input: {
             accountId: $a, name: "美元项目 In dollars", amount: { amount: "600000", currency: "USD" } }) { id } }`,
          { a: accountId },
        )
      ).createOpportunity;
      const started = await start(usd.id);
      expect(started.steps.map((s) => s.name)).toEqual([
        '技术评审 Technical review',
        '预算确认 Budget check',
        '财务总监签字 CFO signature',
        '采购执行 Purchase',
      ]);
      const [row] = await app.db.query(
        'SELECT amount::text, currency FROM process_run WHERE id = $1',
        [started.id],
      );
      expect(row).toEqual({ amount: '600000.00', currency: 'USD' });
    });

    it('plans from the amount an edit racing with the start leaves, whichever commits first', async () => {
      const deals = await Promise.all(
        Array.from({ length: 8 }, (_, i) => newDeal(`竞速 Race ${i}`, '100000')),
      );
      const raced = await Promise.all(
        deals.map((deal) =>
          Promise.all([
            app.gql<{ startProcessRun: Run }>(
              START,
              { input: { templateId, subjectType: 'OPPORTUNITY', subjectId: deal.id } },
              sales,
            ),
            app.gql(UPDATE_DEAL, { id: deal.id, v: deal.version, amount: '9000000' }, sales),
          ]),
        ),
      );
      for (const [started, updated] of raced) {
        expect([started.errors, updated.errors]).toEqual([undefined, undefined]);
        const now = await run(started.data!.startProcessRun.id);
        expect(now.amount).toBe('9000000.00');
        expect(now.steps.filter((s) => s.status !== 'SKIPPED').map((s) => s.name)).toEqual([
          '技术评审 Technical review',
          '预算确认 Budget check',
          '财务总监签字 CFO signature',
          '采购执行 Purchase',
        ]);
      }
    });

    it('plans from the region an account edit racing with the start leaves, whichever commits first', async () => {
      const regional = await must<{ createProcessTemplate: { id: string } }>(
        `mutation($a: ID!, $cfo: ID!) { createProcessTemplate(input: {
           accountId: $a, kind: PROCUREMENT, name: "区域审批 Regional", steps: [
             { name: "总部审批 HQ approval", typicalDays: 2, approverContactId: $cfo },
             { name: "华南复核 South review", typicalDays: 2, approverContactId: $cfo,
               condition: "region == \\"华南 South\\"" } ] }) { id } }`,
        { a: accountId, cfo: cfoId },
      );
      const UPDATE_ACCOUNT = `mutation($id: ID!, $v: Int!, $r: String!) {
        updateAccount(id: $id, version: $v, input: { region: $r }) { version region } }`;
      // A step that does not apply at the start is not planned; one that stops applying later
      // is kept as SKIPPED.
      const southApplies = (r: Run) =>
        r.steps.some((s) => s.name === '华南复核 South review' && s.status !== 'SKIPPED');
      const runs: string[] = [];
      for (let i = 0; i < 8; i++) {
        const deal = await newDeal(`区域竞速 Region race ${i}`, '100000');
        const [{ version, region }] = await app.db.query(
          'SELECT version, region FROM account WHERE id = $1',
          [accountId],
        );
        const next = region === '华南 South' ? '华东 East' : '华南 South';
        const [started, updated] = await Promise.all([
          app.gql<{ startProcessRun: Run }>(
            START,
            {
              input: {
                templateId: regional.createProcessTemplate.id,
                subjectType: 'OPPORTUNITY',
                subjectId: deal.id,
              },
            },
            sales,
          ),
          app.gql(UPDATE_ACCOUNT, { id: accountId, v: version, r: next }, sales),
        ]);
        expect([started.errors, updated.errors]).toEqual([undefined, undefined]);
        runs.push(started.data!.startProcessRun.id);
        // Every open run of the account, this one and the earlier ones, follows the region
        // the account has now: the south review applies exactly when it is the south.
        for (const id of runs)
          expect([id, southApplies(await run(id))]).toEqual([id, next === '华南 South']);
      }
    });

    it('re-plans open runs when the amount changes, keeps the history, and never undoes a passed step', async () => {
      const deal = await newDeal('传输网 Transport', '9000000');
      const started = await start(deal.id);
      // The technical review and the budget check pass.
      for (const step of started.steps.slice(0, 2))
        await move(await move(step, 'IN_REVIEW'), 'PASSED');
      let version = deal.version;

      // Down to 0.5 M: the CFO signature no longer applies; the passed budget check stays.
      version = (
        await must<{ updateOpportunity: { version: number } }>(UPDATE_DEAL, {
          id: deal.id,
          v: version,
          amount: '500000',
        })
      ).updateOpportunity.version;
      let now = await run(started.id);
      expect(now.amount).toBe('500000.00');
      expect(now.steps.map((s) => [s.name, s.status])).toEqual([
        ['技术评审 Technical review', 'PASSED'],
        ['预算确认 Budget check', 'PASSED'],
        ['财务总监签字 CFO signature', 'SKIPPED'],
        ['采购执行 Purchase', 'PENDING'],
      ]);
      // The note says what changed but not the amounts: TECHNICAL reads the steps.
      expect(now.steps[2]!.planNote).toMatch(/No longer applies: amount changed/);
      expect(now.steps[2]!.planNote).not.toMatch(/9000000|500000/);

      // Up to 20 M: the signature applies again and comes back; nothing passed moves.
      await must(UPDATE_DEAL, { id: deal.id, v: version, amount: '20000000' });
      now = await run(started.id);
      expect(now.steps.map((s) => s.status)).toEqual(['PASSED', 'PASSED', 'PENDING', 'PENDING']);
      expect(now.plans.map((p) => [p.cause, p.amount, p.skipped, p.reopened])).toEqual([
        ['START', '9000000.00', [], []],
        ['SUBJECT_CHANGED', '500000.00', ['财务总监签字 CFO signature'], []],
        ['SUBJECT_CHANGED', '20000000.00', [], ['财务总监签字 CFO signature']],
      ]);
      // The deal's own audit event says which runs it re-planned.
      const [event] = await app.db.query(
        `SELECT after FROM audit_event WHERE action = 'opportunity.update' AND entity_id = $1
          ORDER BY at DESC LIMIT 1`,
        [deal.id],
      );
      expect(event.after.replanned).toEqual([
        { runId: started.id, added: [], skipped: [], reopened: ['财务总监签字 CFO signature'] },
      ]);
    });

    it('adds a step the template gains for a deal that grew past its condition', async () => {
      const deal = await newDeal('小项目 Small', '800000');
      const started = await start(deal.id);
      expect(started.steps.map((s) => s.name)).toEqual([
        '技术评审 Technical review',
        '采购执行 Purchase',
      ]);
      await must(UPDATE_DEAL, { id: deal.id, v: deal.version, amount: '1500000' });
      const now = await run(started.id);
      expect(now.steps.map((s) => [s.position, s.name, s.status])).toEqual([
        [1, '技术评审 Technical review', 'PENDING'],
        [2, '预算确认 Budget check', 'PENDING'],
        [3, '采购执行 Purchase', 'PENDING'],
      ]);
      expect(now.plans[1]).toMatchObject({
        cause: 'SUBJECT_CHANGED',
        added: ['预算确认 Budget check'],
      });
    });

    it('previews the run a deal calls for, exactly as starting it would, saving nothing', async () => {
      const deal = await newDeal('预览 Preview', '6000000');
      const before = await app.count('process_run');
      const tasks = await app.count('task');
      const { planRun } = await must<{
        planRun: {
          amount: string;
          steps: {
            name: string;
            ownerRole: string;
            owner: { email: string } | null;
            gaps: string[];
            expectedStart: string;
          }[];
        };
      }>(
        `query($i: PlanRunInput!) { planRun(input: $i) { amount steps {
           name ownerRole owner { email } gaps expectedStart } } }`,
        { i: { templateId, subjectType: 'OPPORTUNITY', subjectId: deal.id } },
      );
      expect(await app.count('process_run')).toBe(before);
      expect(await app.count('task')).toBe(tasks);
      expect(planRun.amount).toBe('6000000.00');
      const started = await start(deal.id);
      expect(planRun.steps.map((s) => [s.name, s.ownerRole, s.owner?.email, s.gaps])).toEqual(
        started.steps.map((s) => [s.name, s.ownerRole, s.owner?.email, s.gaps]),
      );
      // The CFO is a gap in both: nobody on our side knows him.
      expect(planRun.steps[2]!.gaps).toEqual(['APPROVER_UNCOVERED']);
    });
  });

  describe('expected against observed', () => {
    it('schedules each step from the run start by typical days, moves later steps when one finishes late, and flags out-of-order passing', async () => {
      const deal = await newDeal('排期 Schedule', '9000000');
      const started = await start(deal.id);
      // Hand-built: the run started ten days ago (at noon, to keep whole days).
      const t0 = new Date(Math.floor(Date.now() / DAY - 10) * DAY + DAY / 2);
      await app.db.query('UPDATE process_run SET started_at = $2 WHERE id = $1', [started.id, t0]);
      // Passing the 5-day technical review now: it finishes five days late.
      const review = await move(await move(started.steps[0]!, 'IN_REVIEW'), 'PASSED');
      const finished = new Date(review.finishedAt!);
      const now = await run(started.id);
      const at = (i: number) => [now.steps[i]!.expectedStart, now.steps[i]!.expectedFinish];
      const iso = (ms: number) => new Date(ms).toISOString();
      expect(at(0)).toEqual([iso(t0.getTime()), iso(t0.getTime() + 5 * DAY)]);
      // The late finish moves everything after it: budget 3 days, CFO 7, purchase 4.
      expect(at(1)).toEqual([iso(finished.getTime()), iso(finished.getTime() + 3 * DAY)]);
      expect(at(2)).toEqual([
        iso(finished.getTime() + 3 * DAY),
        iso(finished.getTime() + 10 * DAY),
      ]);
      expect(at(3)).toEqual([
        iso(finished.getTime() + 10 * DAY),
        iso(finished.getTime() + 14 * DAY),
      ]);
      // The plan was 19 days from t0; the forecast is now 5 days later.
      expect(now.baselineFinish).toBe(iso(t0.getTime() + 19 * DAY));
      expect(now.varianceDays).toBe(5);
      expect(now.currentStep?.name).toBe('预算确认 Budget check');

      // The customer passes the CFO signature before the budget check: recorded, flagged.
      const cfo = await move(await move(now.steps[2]!, 'IN_REVIEW'), 'PASSED');
      expect(cfo.outOfOrder).toBe(true);
      const [history] = await app.db.query(
        `SELECT note FROM process_run_step_change WHERE run_step_id = $1 AND to_status = 'PASSED'`,
        [cfo.id],
      );
      expect(history.note).toMatch(/Passed before an earlier step/);
    });

    it('says a deal is late in its chain, and at risk when the chain ends after its expected close', async () => {
      const deal = await newDeal('风险 Risk', '2000000');
      const started = await start(deal.id);
      await app.db.query(
        `UPDATE process_run SET started_at = now() - interval '30 days' WHERE id = $1`,
        [started.id],
      );
      // A move reschedules: the review (5 days) is now 25 days late.
      await move(started.steps[0]!, 'IN_REVIEW');
      await app.db.query(
        `UPDATE opportunity SET expected_close_date = (now() + interval '3 days')::date WHERE id = $1`,
        [deal.id],
      );
      const { opportunity } = await must<{
        opportunity: {
          chain: {
            daysLate: number;
            closeAtRisk: boolean;
            forecastFinish: string;
            currentStep: { name: string; owner: { email: string } };
          };
        };
      }>(
        `query($id: ID!) { opportunity(id: $id) { chain {
           daysLate closeAtRisk forecastFinish currentStep { name owner { email } } } } }`,
        { id: deal.id },
      );
      expect(opportunity.chain.daysLate).toBe(25);
      expect(opportunity.chain.closeAtRisk).toBe(true);
      expect(opportunity.chain.currentStep).toEqual({
        name: '技术评审 Technical review',
        owner: { email: 'tech@trident.demo' },
      });
    });
  });

  describe('gaps become tasks', () => {
    it('keeps one task per gap under ten concurrent re-plans and repeated runs, and closes it when the gap is covered', async () => {
      // A chain of its own: its 5 M signature is the board secretary's, whom nobody knows.
      const secretary = (
        await must<{ createContact: { id: string } }>(
          `mutation($a: ID!) { createContact(input: { accountId: $a, name: "董秘 Board secretary", level: EXECUTIVE }) { id } }`,
          { a: accountId },
        )
      ).createContact.id;
      const template = (
        await must<{ createProcessTemplate: { id: string } }>(
          `mutation($a: ID!, $s: ID!, $tech: ID!) { createProcessTemplate(input: {
             accountId: $a, kind: DECISION, name: "董事会决策 Board decision", steps: [
               { name: "技术评审 Technical review", typicalDays: 5, approverContactId: $tech },
               { name: "董秘备案 Board filing", typicalDays: 7, approverContactId: $s, condition: "amount >= 5000000" }
             ] }) { id } }`,
          { a: accountId, s: secretary, tech: techHeadId },
        )
      ).createProcessTemplate.id;
      const gapTasks = () =>
        app.db.query(
          `SELECT id, status, assignee_id, due, gap_kind FROM task WHERE gap_key = $1 ORDER BY created_at`,
          [`contact:${secretary}`],
        );
      const deals = await Promise.all([1, 2, 3].map((i) => newDeal(`并发 Race ${i}`, '900000')));
      // Three runs of the same chain: below 5 M the secretary is not in it yet.
      await Promise.all(deals.map((d) => start(d.id, template)));
      expect(await gapTasks()).toEqual([]);
      // Ten re-plans at once pull the signature into all three runs.
      const results = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          app.gql(
            UPDATE_DEAL,
            { id: deals[i % 3]!.id, v: deals[i % 3]!.version, amount: String(6_000_000 + i) },
            sales,
          ),
        ),
      );
      expect(results.filter((r) => !r.errors).length).toBe(3);
      const tasks = await gapTasks();
      expect(tasks).toHaveLength(1);
      expect(tasks[0]).toMatchObject({
        status: 'PROPOSED',
        gap_kind: 'APPROVER_UNCOVERED',
        assignee_id: ids.sales,
      });
      // Due the day before the first run is expected to reach the signature.
      const [first] = await app.db.query(
        `SELECT min(s.expected_start) AS start FROM process_run_step s JOIN process_run r ON r.id = s.run_id
          WHERE s.approver_contact_id = $1 AND r.subject_id = ANY($2::uuid[])`,
        [secretary, deals.map((d) => d.id)],
      );
      expect(
        Math.abs(new Date(tasks[0].due).getTime() - (new Date(first.start).getTime() - DAY)),
      ).toBeLessThan(1_000);

      // Someone on the team takes the secretary on: the task is done, no step has the gap.
      const [{ version }] = await app.db.query('SELECT version FROM contact WHERE id = $1', [
        secretary,
      ]);
      await must(
        `mutation($id: ID!, $v: Int!, $o: ID!) { updateContact(id: $id, version: $v, input: { relationshipOwnerId: $o }) { id } }`,
        { id: secretary, v: version, o: ids.sales },
      );
      expect((await gapTasks()).map((t: { status: string }) => t.status)).toEqual(['DONE']);
      const runs = await must<{
        processRuns: { nodes: { steps: { name: string; gaps: string[] }[] }[] };
      }>(
        `query($a: ID!) { processRuns(filter: { accountId: $a, status: RUNNING }, first: 500) {
           nodes { steps { name gaps } } } }`,
        { a: accountId },
      );
      const filing = runs.processRuns.nodes
        .flatMap((r) => r.steps)
        .filter((s) => s.name.startsWith('董秘'));
      expect(filing).toHaveLength(3);
      expect(filing.flatMap((s) => s.gaps)).toEqual([]);
    });

    it('escalates a late approval once per level (APPROVAL_LATE)', async () => {
      const admin = await app.login('admin@trident.demo');
      await app.db.query('UPDATE escalation_rule SET active = false');
      await must(
        `mutation { createEscalationRule(input: { name: "审批逾期 Approval late", trigger: APPROVAL_LATE,
           thresholdHours: 24, levels: [{ target: OWNER, afterHours: 0 }, { target: MANAGER, afterHours: 48 }] }) { id } }`,
        {},
        admin,
      );
      const deal = await newDeal('逾期 Late', '2000000');
      const started = await start(deal.id);
      await app.db.query(
        `UPDATE process_run SET started_at = now() - interval '20 days' WHERE id = $1`,
        [started.id],
      );
      await move(started.steps[0]!, 'IN_REVIEW');
      const engine = new EscalationEngine(app.db);
      const count = () =>
        app.db.query(
          `SELECT level, target_user_id FROM escalation WHERE object_id = $1 ORDER BY level`,
          [started.steps[0]!.id],
        );
      const now = new Date();
      await engine.run(now);
      await engine.run(now);
      // 15 days late: past the 24 h threshold and the manager's 48 h; each level once.
      expect(await count()).toEqual([
        { level: 1, target_user_id: ids.tech },
        { level: 2, target_user_id: ids.manager },
      ]);
      await engine.run(new Date(now.getTime() + DAY));
      expect(await count()).toHaveLength(2);
    });
  });

  describe('an unplanned signature', () => {
    it('inserts a step with its reason, and adds it to the template only for the AR or an admin', async () => {
      const deal = await newDeal('插入 Insert', '2000000');
      const started = await start(deal.id);
      const tech = await app.login('tech@trident.demo');
      const INSERT = `mutation($r: ID!, $i: InsertRunStepInput!) { insertRunStep(runId: $r, input: $i) { ${STEP} } }`;
      const input = {
        afterStepId: started.steps[0]!.id,
        name: '纪检备案 Compliance filing',
        approverOrgUnitId: cfoUnitId,
        typicalDays: 2,
        reason: '客户新规：百万以上项目需纪检备案',
      };
      const denied = await app.gql(
        INSERT,
        { r: started.id, i: { ...input, addToTemplate: true } },
        tech,
      );
      expect(denied.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      const byTech = await must<{ insertRunStep: Step }>(INSERT, { r: started.id, i: input }, tech);
      expect(byTech.insertRunStep).toMatchObject({ position: 2, unplanned: true, ownerRole: 'AR' });
      const noApprover = await app.gql(
        INSERT,
        { r: started.id, i: { ...input, approverOrgUnitId: null } },
        sales,
      );
      expect(noApprover.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'approverContactId',
      });
      await must(INSERT, {
        r: started.id,
        i: { ...input, name: '法务复核 Legal recheck', addToTemplate: true },
      });
      const now = await run(started.id);
      expect(now.steps.map((s) => s.name).slice(0, 3)).toEqual([
        '技术评审 Technical review',
        '法务复核 Legal recheck',
        '纪检备案 Compliance filing',
      ]);
      expect(now.plans.filter((p) => p.cause === 'STEP_INSERTED').map((p) => p.note)).toEqual([
        '客户新规：百万以上项目需纪检备案',
        '客户新规：百万以上项目需纪检备案',
      ]);
      const steps = await app.db.query(
        'SELECT name FROM approval_step WHERE template_id = $1 ORDER BY position',
        [templateId],
      );
      expect(steps.map((s: { name: string }) => s.name)).toEqual([
        '技术评审 Technical review',
        '法务复核 Legal recheck',
        '预算确认 Budget check',
        '财务总监签字 CFO signature',
        '采购执行 Purchase',
      ]);
    });
    it("names as a step's owner only a colleague who may see the customer; a global template's owner outside the team carries nothing", async () => {
      const deal = await newDeal('负责人 Owner', '2000000');
      const started = await start(deal.id);
      const outsider = ids.sales2!;
      const INSERT = `mutation($r: ID!, $i: InsertRunStepInput!) { insertRunStep(runId: $r, input: $i) { id } }`;
      const insert = {
        afterStepId: started.steps[0]!.id,
        name: '外人负责 Owned outside',
        approverOrgUnitId: cfoUnitId,
        reason: 'r',
        ownerUserId: outsider,
      };
      const refused = await app.gql(INSERT, { r: started.id, i: insert }, sales);
      expect(refused.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'ownerUserId',
        reason: 'NOT_ON_ACCOUNT_TEAM',
      });
      expect((await run(started.id)).steps).toHaveLength(started.steps.length);
      // A manager above the team may carry it: the same rule as a task's assignee.
      await must(INSERT, {
        r: started.id,
        i: { ...insert, ownerUserId: ids.manager, name: '经理负责 Owned by the manager' },
      });

      const templates = async () =>
        Number((await app.db.query('SELECT count(*) FROM process_template'))[0].count);
      const before = await templates();
      const ownTemplate = await app.gql(
        `mutation($a: ID!, $u: ID!, $o: ID!) { createProcessTemplate(input: {
           accountId: $a, kind: PROCUREMENT, name: "外人 Outside", steps: [
             { name: "s", approverOrgUnitId: $u, ownerUserId: $o }] }) { id } }`,
        { a: accountId, u: cfoUnitId, o: outsider },
        sales,
      );
      expect(ownTemplate.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'steps.0.ownerUserId',
        reason: 'NOT_ON_ACCOUNT_TEAM',
      });
      expect(await templates()).toBe(before);

      // A global template is a pattern for every customer: it may name anyone active, who then
      // carries a run's step only on customers they may see.
      const admin = await app.login('admin@trident.demo');
      const global = await app.must<{ createProcessTemplate: { id: string } }>(
        `mutation($o: ID!) { createProcessTemplate(input: {
           kind: PROCUREMENT, name: "全局 Global", steps: [{ name: "全局步骤 Global step", ownerUserId: $o }] }) { id } }`,
        { o: outsider },
        admin,
      );
      const globalRun = await start(deal.id, global.createProcessTemplate.id);
      expect(globalRun.steps[0]!.owner?.email).not.toBe('sales2@trident.demo');
      expect(globalRun.steps[0]!.gaps).toContain('NO_OWNER');
      const theirs = await app.db.query(
        'SELECT count(*) FROM task WHERE assignee_id = $1 AND account_id = $2',
        [outsider, accountId],
      );
      expect(Number(theirs[0].count)).toBe(0);
    });
  });

  describe('access', () => {
    it('shows a SALES user outside the team no run, step, owner or gap; TECHNICAL and DELIVERY the steps and owners but never an amount', async () => {
      const deal = await newDeal('可见 Visible', '7000000');
      const started = await start(deal.id);
      const sales2 = await app.login('sales2@trident.demo');
      const outside = await app.must<{
        processRun: unknown;
        processRuns: { totalCount: number };
        opportunity: unknown;
      }>(
        `query($r: ID!, $o: ID!) { processRun(id: $r) { id } processRuns(first: 500) { totalCount }
           opportunity(id: $o) { chain { gaps } } }`,
        { r: started.id, o: deal.id },
        sales2,
      );
      expect(outside).toEqual({
        processRun: null,
        processRuns: { totalCount: 0 },
        opportunity: null,
      });
      const preview = await app.gql(
        'query($i: PlanRunInput!) { planRun(input: $i) { amount } }',
        { i: { templateId, subjectType: 'OPPORTUNITY', subjectId: deal.id } },
        sales2,
      );
      expect(preview.errors?.[0]?.extensions.code).toMatch(/BAD_USER_INPUT|NOT_FOUND/);

      for (const email of ['tech@trident.demo', 'delivery@trident.demo']) {
        const token = await app.login(email);
        const seen = await run(started.id, token);
        expect([email, seen.amount, seen.plans.map((p) => p.amount)]).toEqual([
          email,
          null,
          [null],
        ]);
        expect(seen.steps.map((s) => s.owner?.email)).toEqual(
          started.steps.map((s) => s.owner?.email),
        );
        const planned = await app.must<{ planRun: { amount: string | null } }>(
          'query($i: PlanRunInput!) { planRun(input: $i) { amount } }',
          { i: { templateId, subjectType: 'OPPORTUNITY', subjectId: deal.id } },
          token,
        );
        expect(planned.planRun.amount).toBeNull();
      }
    });
  });
});
