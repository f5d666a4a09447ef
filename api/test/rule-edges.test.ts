import { startTestApp, type GqlResult, type TestApp } from './support/test-app';

/**
 * Rules of DESIGN.md §2 at their edges, where a well-formed call once got round them: a
 * blocked task started through STUCK, a stuck task restarted by its own assignee, a handover
 * ended with a deal still held by the person leaving, a milestone worth 0.00, a site nobody
 * signed for, a path for a negative amount, a lead dropped without a reason. Each refusal
 * names its field and writes nothing.
 */
const SZ = '中国移动通信集团广东有限公司深圳分公司';
const DUE = '2031-06-30T09:00:00.000Z';

describe('rules at their edges', () => {
  let app: TestApp;
  const token: Record<string, string> = {};
  const id: Record<string, string> = {};
  let accountId: string;
  let wonStage: string;

  beforeAll(async () => {
    app = await startTestApp();
    for (const who of ['sales', 'tech', 'manager', 'admin'])
      token[who] = await app.login(`${who}@trident.demo`);
    for (const u of await app.db.query('SELECT email, id FROM "user"'))
      id[u.email.split('@')[0]] = u.id;
    [{ id: accountId }] = await app.db.query('SELECT id FROM account WHERE name = $1', [SZ]);
    [{ id: wonStage }] = await app.db.query('SELECT id FROM funnel_stage WHERE is_won LIMIT 1');
  });
  afterAll(() => app.close());

  const refusal = (res: GqlResult) => res.errors?.[0]?.extensions;
  /** Sends a call that must be refused as `expected`, and checks it wrote nothing to `table`. */
  const refusedUnwritten = async (
    table: string,
    send: () => Promise<GqlResult>,
    expected: Record<string, unknown>,
  ) => {
    const before = await written(table);
    expect(refusal(await send())).toMatchObject({ code: 'BAD_USER_INPUT', ...expected });
    expect(await written(table)).toEqual(before);
  };
  /** Audit events and rows of `table`: a refusal changes neither. */
  const written = async (table: string) => [await app.count('audit_event'), await app.count(table)];

  interface TaskRow {
    id: string;
    version: number;
    status: string;
  }
  const TASK = 'id version status';
  const task = async (title: string, blockedByIds: string[] = []) =>
    (
      await app.must<{ createTask: TaskRow }>(
        `mutation($i: CreateTaskInput!) { createTask(input: $i) { ${TASK} } }`,
        { i: { accountId, title, due: DUE, assigneeId: id.tech, blockedByIds } },
        token.sales!,
      )
    ).createTask;
  const move = (name: string, t: TaskRow, who: string, extra = '') =>
    app.gql<Record<string, TaskRow>>(
      `mutation($id: ID!, $v: Int!) { ${name}(id: $id, version: $v${extra}) { ${TASK} } }`,
      { id: t.id, v: t.version },
      token[who]!,
    );
  const must = async (name: string, t: TaskRow, who: string, extra = '') => {
    const res = await move(name, t, who, extra);
    expect(res.errors).toBeUndefined();
    return res.data![name]!;
  };

  describe('execution: a stuck task', () => {
    it('goes on only when its leader answers, not when its assignee starts it again', async () => {
      let t = await task('卡住的任务 stuck');
      t = await must('acknowledgeTask', t, 'tech');
      t = await must('reportTaskStuck', t, 'tech', ', reason: "等客户回复"');
      const before = await written('task');
      const restart = await move('startTask', t, 'tech');
      expect(refusal(restart)).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'status',
        reason: 'TASK_ANSWER_FIRST',
      });
      expect(await written('task')).toEqual(before);
      t = await must('answerStuckTask', t, 'sales', ', answer: "我来约客户"');
      expect(t.status).toBe('IN_PROGRESS');
    });

    it('waits for its blockers when answered, as when started', async () => {
      const blocker = await task('前置任务 blocker');
      let t = await task('后续任务 follows', [blocker.id]);
      t = await must('acknowledgeTask', t, 'tech');
      expect(refusal(await move('startTask', t, 'tech'))).toMatchObject({
        field: 'status',
        reason: 'TASK_BLOCKED',
      });
      t = await must('reportTaskStuck', t, 'tech', ', reason: "前置任务未完成"');
      const before = await written('task');
      for (const [name, who, extra] of [
        ['startTask', 'tech', ''],
        ['answerStuckTask', 'sales', ', answer: "先做前置任务"'],
      ] as const)
        expect([name, refusal(await move(name, t, who, extra))]).toEqual([
          name,
          expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'status' }),
        ]);
      expect(await written('task')).toEqual(before);
      const [row] = await app.db.query('SELECT status FROM task WHERE id = $1', [t.id]);
      expect(row.status).toBe('STUCK');
    });
  });

  describe('execution: a review', () => {
    it('scores accepted work only: a score sent with rework is refused, not dropped', async () => {
      let t = await task('评审 review');
      t = await must('acknowledgeTask', t, 'tech');
      t = await must('startTask', t, 'tech');
      t = await must('submitTask', t, 'tech');
      await refusedUnwritten(
        'task',
        () =>
          app.gql(
            `mutation($id: ID!, $v: Int!) { reviewTask(id: $id, version: $v, input: { decision: REWORK, notes: "补充", score: 30 }) { status } }`,
            { id: t.id, v: t.version },
            token.sales!,
          ),
        { field: 'score', reason: 'SCORE_ON_ACCEPT_ONLY' },
      );
    });
  });

  describe('execution: a reviewed task table', () => {
    it('stays reviewed only while it holds the tasks its review saw, not others of the same count', async () => {
      const plan = async (name: string) =>
        (
          await app.must<{ createWorkPlan: { id: string } }>(
            'mutation($a: ID!, $n: String!) { createWorkPlan(input: { accountId: $a, name: $n }) { id } }',
            { a: accountId, n: name },
            token.sales!,
          )
        ).createWorkPlan.id;
      const [here, there] = [await plan('本周任务表'), await plan('下周任务表')];
      const inPlan = async (title: string, planId: string) => {
        const t = await task(title);
        const moved = (
          await app.must<{ updateTask: TaskRow }>(
            `mutation($id: ID!, $v: Int!, $p: ID) { updateTask(id: $id, version: $v, input: { planId: $p }) { ${TASK} } }`,
            { id: t.id, v: t.version, p: planId },
            token.sales!,
          )
        ).updateTask;
        return must('acknowledgeTask', moved, 'tech');
      };
      const [a, b] = [await inPlan('任务一', here), await inPlan('任务二', here)];
      const older = await inPlan('另一张表的任务', there);
      await app.must(
        'mutation($id: ID!) { reviewWorkPlan(id: $id, input: { notes: "已审" }) { id } }',
        { id: here },
        token.sales!,
      );
      const readiness = async () =>
        (
          await app.must<{ planReadiness: { reviewed: boolean; ready: boolean } }>(
            'query($id: ID!) { planReadiness(planId: $id) { reviewed ready } }',
            { id: here },
            token.sales!,
          )
        ).planReadiness;
      expect(await readiness()).toEqual({ reviewed: true, ready: true });
      // One task leaves, an older one (made before the review) comes in: still two tasks.
      const swap = (t: TaskRow, planId: string) =>
        app.must<{ updateTask: TaskRow }>(
          `mutation($id: ID!, $v: Int!, $p: ID) { updateTask(id: $id, version: $v, input: { planId: $p }) { ${TASK} } }`,
          { id: t.id, v: t.version, p: planId },
          token.sales!,
        );
      await swap(b, there);
      await swap(older, here);
      expect(await readiness()).toEqual({ reviewed: false, ready: false });
      expect(a.status).toBe('ACKNOWLEDGED');
    });
  });

  describe('execution: a handover', () => {
    it('keeps every item: one cannot be cancelled, so it cannot end with a deal still held', async () => {
      const handover = (
        await app.must<{ startHandover: { id: string } }>(
          'mutation($f: ID!, $t: ID!) { startHandover(fromUserId: $f, toUserId: $t) { id } }',
          { f: id.sales4, t: id.sales2 },
          token.manager!,
        )
      ).startHandover;
      const [item] = (await app.db.query(
        'SELECT id, version, status FROM task WHERE handover_id = $1 ORDER BY created_at LIMIT 1',
        [handover.id],
      )) as TaskRow[];
      const before = await written('task');
      for (const who of ['manager', 'admin'])
        expect(refusal(await move('cancelTask', item!, who))).toMatchObject({
          code: 'BAD_USER_INPUT',
          field: 'id',
          reason: 'HANDOVER_ITEM_KEPT',
        });
      expect(await written('task')).toEqual(before);
      const [row] = await app.db.query('SELECT status FROM handover WHERE id = $1', [handover.id]);
      expect(row.status).toBe('IN_PROGRESS');
    });
  });

  describe('collections: a payment plan', () => {
    /** A contract of `amount` over `sites`, on a won deal of its own. */
    const contract = async (amount: string, sites: string[]) => {
      const [{ id: dealId }] = await app.db.query(
        `INSERT INTO opportunity (account_id, name, amount, currency, contract_amount, stage_id, owner_id, created_by_id, closed_at)
         VALUES ($1, 'won deal', $2, 'CNY', $2, $3, $4, $4, now()) RETURNING id`,
        [accountId, amount, wonStage, id.sales],
      );
      return app.gql<{ createContract: { id: string; version: number } }>(
        'mutation($o: ID!, $s: [String!]!) { createContract(input: { opportunityId: $o, signedAt: "2026-01-01", sites: $s }) { id version } }',
        { o: dealId, s: sites },
        token.sales!,
      );
    };
    const plan = (c: { id: string; version: number }, input: Record<string, unknown>) =>
      app.gql(
        'mutation($c: ID!, $v: Int!, $i: PaymentPlanInput!) { setPaymentPlan(contractId: $c, version: $v, input: $i) { id } }',
        { c: c.id, v: c.version, i: input },
        token.sales!,
      );
    const quarters = (site?: string) =>
      ['2026-03-01', '2026-06-01', '2026-09-01', '2026-12-01'].map((due) => ({
        kind: 'ON_DELIVERY',
        share: '25',
        due,
        ...(site ? { site } : {}),
      }));

    it('refuses a share that would owe 0.00 of a small contract, naming the milestone', async () => {
      const c = (await contract('0.03', [])).data!.createContract;
      const before = await written('payment_milestone');
      expect(refusal(await plan(c, { milestones: quarters() }))).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'milestones.0.share',
        reason: 'MILESTONE_WORTH_NOTHING',
      });
      expect(await written('payment_milestone')).toEqual(before);
    });

    it('takes sites the contract names: none blank or twice, every milestone site one of them', async () => {
      const contracts = await app.count('contract');
      expect(refusal(await contract('1000.00', ['深圳站', '  ']))).toMatchObject({
        field: 'sites.1',
        reason: 'BLANK',
      });
      expect(refusal(await contract('1000.00', ['深圳站', ' 深圳站']))).toMatchObject({
        field: 'sites.1',
        reason: 'DUPLICATES',
      });
      expect(await app.count('contract')).toBe(contracts);
      const c = (await contract('1000.00', ['深圳站', '广州站'])).data!.createContract;
      const before = await written('payment_milestone');
      expect(refusal(await plan(c, { milestones: quarters('无名站') }))).toMatchObject({
        field: 'milestones.0.site',
        reason: 'NOT_A_CONTRACT_SITE',
      });
      const perSite = quarters().map((m) => ({ ...m, kind: 'PER_SITE' }));
      expect(refusal(await plan(c, { milestones: perSite }))).toMatchObject({
        field: 'milestones.0.site',
        reason: 'REQUIRED',
      });
      expect(await written('payment_milestone')).toEqual(before);
      expect((await plan(c, { milestones: quarters('广州站') })).errors).toBeUndefined();
    });
  });

  describe('accounts, funnel, battle map and milestones: one meaning of region', () => {
    it('finds every account whose region contains the text, in any case, on every filter', async () => {
      const finance = await app.login('finance@trident.demo');
      const inRegion = async (text: string, table: string, column = 'account_id') =>
        (
          await app.db.query(
            `SELECT DISTINCT x.${column} AS id FROM ${table} x JOIN account a ON a.id = x.${column}
              WHERE a.region ILIKE '%' || $1 || '%'`,
            [text],
          )
        ).length;
      for (const text of ['广东', 'guangdong', 'Shenzhen']) {
        const res = await app.must<{
          accounts: { totalCount: number };
          battleMap: { account: { id: string } }[];
          paymentMilestones: { totalCount: number };
        }>(
          `query($r: String!) {
             accounts(filter: { region: $r }) { totalCount }
             battleMap(filter: { region: $r }) { account { id } }
             paymentMilestones(filter: { region: $r }) { totalCount }
           }`,
          { r: text },
          finance,
        );
        const [accounts] = await app.db.query(
          `SELECT count(*)::int AS n FROM account WHERE region ILIKE '%' || $1 || '%'`,
          [text],
        );
        expect([text, res.accounts.totalCount]).toEqual([text, accounts.n]);
        expect(accounts.n).toBeGreaterThan(0);
        expect([text, new Set(res.battleMap.map((row) => row.account.id)).size]).toEqual([
          text,
          await inRegion(text, 'contract'),
        ]);
        const [milestones] = await app.db.query(
          `SELECT count(*)::int AS n FROM payment_milestone m JOIN account a ON a.id = m.account_id
            WHERE a.region ILIKE '%' || $1 || '%'`,
          [text],
        );
        expect([text, res.paymentMilestones.totalCount]).toEqual([text, milestones.n]);
        const funnel = await app.must<{ funnel: { totalDeals: number } }>(
          'query($r: String!) { funnel(filter: { region: $r, currency: "CNY" }) { totalDeals } }',
          { r: text },
          finance,
        );
        const [deals] = await app.db.query(
          `SELECT count(*)::int AS n FROM opportunity o JOIN account a ON a.id = o.account_id
            WHERE a.region ILIKE '%' || $1 || '%' AND o.currency = 'CNY'`,
          [text],
        );
        expect([text, funnel.funnel.totalDeals]).toEqual([text, deals.n]);
      }
      // The aging chart's bar of a province opens that province's own accounts only.
      const exactly = await app.must<{ paymentMilestones: { totalCount: number } }>(
        '{ paymentMilestones(filter: { regionExactly: "Guangdong 广东" }) { totalCount } }',
        {},
        finance,
      );
      const [own] = await app.db.query(
        `SELECT count(*)::int AS n FROM payment_milestone m JOIN account a ON a.id = m.account_id
          WHERE a.region = 'Guangdong 广东'`,
      );
      expect(exactly.paymentMilestones.totalCount).toBe(own.n);
    });
  });

  describe("periods begin at the company's midnight (Asia/Shanghai)", () => {
    it('counts a deal created at 00:30 on the first day of a quarter in that quarter, on every reader', async () => {
      const finance = await app.login('finance@trident.demo');
      const [{ id: stageId }] = await app.db.query(
        'SELECT id FROM funnel_stage WHERE NOT is_won AND NOT is_lost ORDER BY position LIMIT 1',
      );
      // 2026-07-01 00:30 in Shanghai is still 2026-06-30 in UTC; 23:30 on 30 September is Q3.
      const deals = (await app.db.query(
        `INSERT INTO opportunity (account_id, name, amount, currency, stage_id, owner_id, created_by_id, created_at)
         SELECT $1, name, 100, 'CHF', $2, $3, $3, at::timestamptz
           FROM (VALUES ('Q3 first minute', '2026-06-30T16:30:00Z'),
                        ('Q3 last hour', '2026-09-30T15:30:00Z'),
                        ('Q4 first minute', '2026-09-30T16:30:00Z')) v(name, at)
         RETURNING id, name`,
        [accountId, stageId, id.sales],
      )) as { id: string; name: string }[];
      const named = (ids: string[]) =>
        deals
          .filter((deal) => ids.includes(deal.id))
          .map((deal) => deal.name)
          .sort();
      for (const [period, expected] of [
        ['2026-Q2', []],
        ['2026-Q3', ['Q3 first minute', 'Q3 last hour']],
        ['2026-07', ['Q3 first minute']],
        ['2026-Q4', ['Q4 first minute']],
      ] as const) {
        const res = await app.must<{
          opportunities: { nodes: { id: string }[] };
          funnel: { totalDeals: number };
        }>(
          `query($p: Period!) {
             opportunities(filter: { createdIn: $p }, first: 500) { nodes { id } }
             funnel(filter: { period: $p, currency: "CHF" }) { totalDeals }
           }`,
          { p: period },
          finance,
        );
        expect([period, named(res.opportunities.nodes.map((node) => node.id))]).toEqual([
          period,
          [...expected],
        ]);
        expect([period, res.funnel.totalDeals]).toEqual([period, expected.length]);
      }
    });
  });

  describe('weighted amounts: per deal, then summed, on every reader', () => {
    it('adds up the deals it counts, to the cent', async () => {
      const finance = await app.login('finance@trident.demo');
      const [{ id: quarter }] = await app.db.query(
        'SELECT id FROM funnel_stage WHERE probability = 25 AND active LIMIT 1',
      );
      // 25 % of 1,000,000.01 is 250,000.0025: each deal weighs 250,000.00, two of them 500,000.00
      // (rounding the sum instead would say 500,000.01).
      await app.db.query(
        `INSERT INTO opportunity (account_id, name, amount, currency, stage_id, owner_id, created_by_id)
         SELECT $1, 'weighted ' || n, 1000000.01, 'SGD', $2, $3, $3 FROM generate_series(1, 2) n`,
        [accountId, quarter, id.sales],
      );
      const res = await app.must<{
        opportunities: { nodes: { weightedAmount: { amount: string } }[] };
        funnel: { weightedOpenAmount: string };
        accountRollup: { rows: { accountId: string; own: { weightedPipeline: string } }[] };
      }>(
        `query($a: ID!) {
           opportunities(filter: { accountId: $a, currency: "SGD" }, first: 50) { nodes { weightedAmount { amount } } }
           funnel(filter: { accountIds: [$a], currency: "SGD" }) { weightedOpenAmount }
           accountRollup(accountId: $a, period: "2026", currency: "SGD") { rows { accountId own { weightedPipeline } } }
         }`,
        { a: accountId },
        finance,
      );
      const cents = res.opportunities.nodes.reduce(
        (sum, deal) => sum + Math.round(Number(deal.weightedAmount.amount) * 100),
        0,
      );
      expect(cents).toBe(50_000_000);
      expect(res.funnel.weightedOpenAmount).toBe('500000.00');
      const own = res.accountRollup.rows.find((row) => row.accountId === accountId)!;
      expect(own.own.weightedPipeline).toBe('500000.00');
    });
  });

  describe('processes and pipeline', () => {
    it('refuses an approval path for a negative amount', async () => {
      const unit = (
        await app.must<{ createOrgUnit: { id: string; accountId: string } }>(
          'mutation($a: ID!) { createOrgUnit(input: { accountId: $a, name: "采购部", kind: PROCUREMENT }) { id accountId } }',
          { a: accountId },
          token.sales!,
        )
      ).createOrgUnit;
      const processId = (
        await app.must<{ createProcessTemplate: { id: string } }>(
          `mutation($i: CreateProcessTemplateInput!) { createProcessTemplate(input: $i) { id } }`,
          {
            i: {
              accountId: unit.accountId,
              kind: 'PROCUREMENT',
              name: '采购审批 negative',
              steps: [
                {
                  name: '小额',
                  rule: 'ALL',
                  typicalDays: 1,
                  condition: 'amount < 0',
                  approverOrgUnitId: unit.id,
                },
                { name: '审批', rule: 'ALL', typicalDays: 3, approverOrgUnitId: unit.id },
              ],
            },
          },
          token.sales!,
        )
      ).createProcessTemplate.id;
      const res = await app.gql(
        'query($p: ID!, $a: Decimal) { approvalPath(processId: $p, amount: $a) { steps { name } } }',
        { p: processId, a: '-1' },
        token.sales!,
      );
      expect(refusal(res)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amount' });
    });

    it('drops a lead only with a reason', async () => {
      const lead = (
        await app.must<{ createLead: { id: string; version: number } }>(
          'mutation($a: ID!) { createLead(input: { accountId: $a, title: "线索 lead" }) { id version } }',
          { a: accountId },
          token.sales!,
        )
      ).createLead;
      await refusedUnwritten(
        'lead',
        () =>
          app.gql(
            'mutation($id: ID!, $v: Int!) { disqualifyLead(id: $id, version: $v, reason: "   ") { status } }',
            { id: lead.id, v: lead.version },
            token.sales!,
          ),
        { field: 'reason', reason: 'BLANK' },
      );
    });
  });
});
