import { TASK_TRANSITIONS, type TaskStatus } from '@trident/domain';
import { GraphQLError } from 'graphql';
import pino from 'pino';
import { createFormatError } from '../src/graphql/format-error';
import { normalizeAccountName } from '../src/modules/accounts/normalize-account-name';
import { startTestApp, type GqlResult, type TestApp } from './support/test-app';

/**
 * Concurrent writers through HTTP on the real Postgres (issue 9, item 6): every update of a
 * versioned row is `UPDATE … WHERE id AND version` (or a row lock and a version check in
 * the same transaction), so of many writers holding one version exactly one wins and the
 * rest get CONFLICT; writers that reload and retry all land, one after the other. Every
 * assertion counts rows in SQL, not only answers.
 */

const SZ = '中国移动通信集团广东有限公司深圳分公司';
const GZ = '中国移动通信集团广东有限公司广州分公司';
/** Writers per race: twice the API's pool of 10, so transactions queue on the pool too. */
const CROWD = 20;

type Data = Record<string, unknown>;
type Result = GqlResult<Data>;

const codeOf = (r: Result) => r.errors?.[0]?.extensions.code ?? 'OK';
/** How many answers had each code, e.g. { OK: 1, CONFLICT: 19 }. */
const tally = (results: Result[]) =>
  results.reduce<Record<string, number>>((acc, r) => {
    const code = codeOf(r);
    acc[code] = (acc[code] ?? 0) + 1;
    return acc;
  }, {});
/** The first field of a mutation's data, e.g. `moveOpportunity`. */
const payload = <T>(r: Result) => Object.values(r.data ?? {})[0] as T;
const race = <T>(n: number, writer: (i: number) => Promise<T>) =>
  Promise.all(Array.from({ length: n }, (_, i) => writer(i)));

describe('concurrency: optimistic locking under concurrent writers', () => {
  let app: TestApp;
  const token: Record<string, string> = {};
  const userId: Record<string, string> = {};
  let szId: string;
  /** A department of the customer: every step of its own processes names an approver. */
  let szUnit: string;
  let gzId: string;
  let stage: Record<string, string>;

  beforeAll(async () => {
    app = await startTestApp();
    const logins = [
      'sales',
      'sales2',
      'sales3',
      'sales4',
      'sales5',
      'tech',
      'manager',
      'admin',
      'finance',
    ];
    for (const key of logins) token[key] = await app.login(`${key}@trident.demo`);
    for (const u of await app.db.query('SELECT email, id FROM "user"'))
      userId[u.email.split('@')[0]] = u.id;
    [{ id: szId }] = await app.db.query('SELECT id FROM account WHERE name = $1', [SZ]);
    [{ id: szUnit }] = await app.db.query(
      `INSERT INTO org_unit (account_id, name, kind) VALUES ($1, '采购部 Procurement', 'PROCUREMENT') RETURNING id`,
      [szId],
    );
    [{ id: gzId }] = await app.db.query('SELECT id FROM account WHERE name = $1', [GZ]);
    const stages: { id: string; code: string }[] = await app.db.query(
      'SELECT id, code FROM funnel_stage',
    );
    stage = Object.fromEntries(stages.map((s) => [s.code, s.id]));
  });
  afterAll(() => app.close());

  const sql = async <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
    (await app.db.query(text, params)) as T[];
  const versionOf = async (table: string, id: string) =>
    (await sql<{ version: number }>(`SELECT version FROM ${table} WHERE id = $1`, [id]))[0]!
      .version;
  const audits = async (entityId: string, action: string) =>
    (
      await sql<{ n: number }>(
        'SELECT count(*)::int AS n FROM audit_event WHERE entity_id = $1 AND action = $2',
        [entityId, action],
      )
    )[0]!.n;
  /** Audit events of an entity in write order (the row lock serializes the writers). */
  const auditTrail = (entityId: string, actionLike: string) =>
    sql<{ action: string; before: Data; after: Data }>(
      'SELECT action, before, after FROM audit_event WHERE entity_id = $1 AND action LIKE $2 ORDER BY id',
      [entityId, actionLike],
    );
  const must = <T>(query: string, variables: Data, who: string) =>
    app.must<T>(query, variables, token[who]!);

  const newDeal = async (accountId: string, name: string) =>
    (
      await must<{ createOpportunity: { id: string; version: number } }>(
        `mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id version } }`,
        { input: { accountId, name, amount: { amount: '1000000', currency: 'CNY' } } },
        'sales',
      )
    ).createOpportunity;

  /** A deal of sales on SZ, already won with its contract amount (set up in SQL). */
  const wonDeal = async (amount: string) =>
    (
      await sql<{ id: string }>(
        `INSERT INTO opportunity (account_id, name, amount, currency, contract_amount, stage_id, owner_id, created_by_id, closed_at)
         VALUES ($1, 'won deal', $2, 'CNY', $2, $3, $4, $4, now()) RETURNING id`,
        [szId, amount, stage.WON, userId.sales],
      )
    )[0]!.id;

  describe('stage moves', () => {
    const MOVE = `mutation($id: ID!, $stage: ID!, $v: Int!, $note: String) {
      moveOpportunity(id: $id, stageId: $stage, version: $v, note: $note) { id version stage { id } }
    }`;
    const moves = async (dealId: string) =>
      sql<{ from_stage_id: string; to_stage_id: string }>(
        'SELECT from_stage_id, to_stage_id FROM stage_change WHERE opportunity_id = $1 AND from_stage_id IS NOT NULL',
        [dealId],
      );

    beforeAll(async () => {
      // 25 % asks for a logged contact with the customer.
      await must(
        `mutation($a: ID!, $at: DateTime!) { createActivity(input: {
           accountId: $a, kind: CALL, occurredAt: $at, summary: "电话沟通" }) { id } }`,
        { a: gzId, at: new Date().toISOString() },
        'sales',
      );
    });

    it(`lets one of ${CROWD} moves with the same version through: one StageChange, one audit event`, async () => {
      const deal = await newDeal(gzId, '并发推进 race');
      const results = await race(CROWD, (i) =>
        app.gql(
          MOVE,
          { id: deal.id, stage: stage.CONTACTED, v: deal.version, note: `writer ${i}` },
          i % 2 ? token.sales : token.manager,
        ),
      );
      expect(tally(results)).toEqual({ OK: 1, CONFLICT: CROWD - 1 });
      const winner = results.findIndex((r) => !r.errors);

      expect(await moves(deal.id)).toEqual([
        { from_stage_id: stage.PROSPECT, to_stage_id: stage.CONTACTED },
      ]);
      const [note] = await sql<{ note: string }>(
        'SELECT note FROM stage_change WHERE opportunity_id = $1 AND from_stage_id IS NOT NULL',
        [deal.id],
      );
      expect(note!.note).toBe(`writer ${winner}`);
      expect(await audits(deal.id, 'opportunity.move')).toBe(1);
      expect(await versionOf('opportunity', deal.id)).toBe(deal.version + 1);
      expect(payload<{ version: number }>(results[winner]!).version).toBe(deal.version + 1);
    });

    it('lands every move of writers that reload and retry, each exactly once, in one unbroken chain', async () => {
      const deal = await newDeal(gzId, '并发往返 retry');
      const writers = 10;
      await race(writers, async (i) => {
        for (let attempt = 1; attempt <= 100; attempt++) {
          const { opportunity } = await must<{
            opportunity: { version: number; stage: { id: string } };
          }>(
            'query($id: ID!) { opportunity(id: $id) { version stage { id } } }',
            { id: deal.id },
            'sales',
          );
          const to = opportunity.stage.id === stage.CONTACTED ? stage.PROSPECT : stage.CONTACTED;
          const res = await app.gql(
            MOVE,
            { id: deal.id, stage: to, v: opportunity.version, note: `writer ${i}` },
            token.sales,
          );
          if (!res.errors) return;
          expect(codeOf(res)).toBe('CONFLICT');
        }
        throw new Error(`writer ${i} never got through`);
      });

      expect(await versionOf('opportunity', deal.id)).toBe(deal.version + writers);
      const changes = await moves(deal.id);
      expect(changes).toHaveLength(writers);
      expect(changes.every((c) => c.from_stage_id !== c.to_stage_id)).toBe(true);
      // The audit trail is one chain: each move starts where the last one ended, one version up.
      const trail = await auditTrail(deal.id, 'opportunity.move');
      expect(trail).toHaveLength(writers);
      trail.forEach((event, k) => {
        expect(event.before.version).toBe(deal.version + k);
        expect(event.after.version).toBe(deal.version + k + 1);
        if (k > 0) expect(event.before.stageId).toBe(trail[k - 1]!.after.stageId);
      });
      expect(trail[0]!.before.stageId).toBe(stage.PROSPECT);
      // Each writer's note made it into the history exactly once.
      const notes = await sql<{ note: string }>(
        'SELECT note FROM stage_change WHERE opportunity_id = $1 AND from_stage_id IS NOT NULL ORDER BY note',
        [deal.id],
      );
      expect(notes.map((n) => n.note)).toEqual(
        Array.from({ length: writers }, (_, i) => `writer ${i}`).sort(),
      );
    });
  });

  describe('task transitions', () => {
    const FIELDS = 'id version status';
    const ACTION: Record<string, { query: string; by: string; to: TaskStatus }> = {
      start: {
        query: `mutation($id: ID!, $v: Int!) { startTask(id: $id, version: $v) { ${FIELDS} } }`,
        by: 'tech',
        to: 'IN_PROGRESS',
      },
      submit: {
        query: `mutation($id: ID!, $v: Int!) { submitTask(id: $id, version: $v, note: "交付") { ${FIELDS} } }`,
        by: 'tech',
        to: 'SUBMITTED',
      },
      accept: {
        query: `mutation($id: ID!, $v: Int!) { reviewTask(id: $id, version: $v, input: { decision: ACCEPT, score: 90 }) { ${FIELDS} } }`,
        by: 'sales',
        to: 'DONE',
      },
      cancel: {
        query: `mutation($id: ID!, $v: Int!) { cancelTask(id: $id, version: $v, reason: "取消") { ${FIELDS} } }`,
        by: 'sales',
        to: 'CANCELLED',
      },
    };
    const ACK = `mutation($id: ID!, $v: Int!) { acknowledgeTask(id: $id, version: $v) { ${FIELDS} } }`;
    const act = (name: string, id: string, v: number) =>
      app.gql(ACTION[name]!.query, { id, v }, token[ACTION[name]!.by]);

    /** A fresh task of sales for tech, walked to `status`. */
    const taskIn = async (status: 'ACKNOWLEDGED' | 'IN_PROGRESS' | 'SUBMITTED') => {
      let task = (
        await must<{ createTask: { id: string; version: number } }>(
          `mutation($input: CreateTaskInput!) { createTask(input: $input) { id version } }`,
          {
            input: {
              accountId: szId,
              title: '并发任务 race task',
              due: new Date(Date.now() + 86_400_000).toISOString(),
              assigneeId: userId.tech,
            },
          },
          'sales',
        )
      ).createTask;
      const path = { ACKNOWLEDGED: 0, IN_PROGRESS: 1, SUBMITTED: 2 }[status];
      task = payload(await app.gql(ACK, { id: task.id, v: task.version }, token.tech));
      for (const step of ['start', 'submit'].slice(0, path)) {
        task = payload(await act(step, task.id, task.version));
      }
      return task;
    };
    const taskRow = async (id: string) =>
      (
        await sql<{ status: string; version: number }>(
          'SELECT status, version FROM task WHERE id = $1',
          [id],
        )
      )[0]!;
    const notifications = async (id: string) =>
      (
        await sql<{ n: number }>(
          `SELECT count(*)::int AS n FROM notification WHERE entity = 'Task' AND entity_id = $1`,
          [id],
        )
      )[0]!.n;

    it(`submits a task once under ${CROWD} simultaneous submits: one audit event, one notification`, async () => {
      const task = await taskIn('IN_PROGRESS');
      const before = await notifications(task.id);
      const results = await race(CROWD, () => act('submit', task.id, task.version));
      expect(tally(results)).toEqual({ OK: 1, CONFLICT: CROWD - 1 });
      expect(await taskRow(task.id)).toEqual({ status: 'SUBMITTED', version: task.version + 1 });
      expect(await audits(task.id, 'task.submitted')).toBe(1);
      expect(await notifications(task.id)).toBe(before + 1);
    });

    it('lets exactly one of start and cancel win on one version; the task and its audit follow the winner', async () => {
      const task = await taskIn('ACKNOWLEDGED');
      const names = Array.from({ length: CROWD }, (_, i) => (i % 2 ? 'start' : 'cancel'));
      const results = await race(CROWD, (i) => act(names[i]!, task.id, task.version));
      expect(tally(results)).toEqual({ OK: 1, CONFLICT: CROWD - 1 });
      const winner = ACTION[names[results.findIndex((r) => !r.errors)]!]!;
      expect(await taskRow(task.id)).toEqual({ status: winner.to, version: task.version + 1 });
      const trail = await auditTrail(task.id, 'task.%');
      expect(trail.map((e) => e.action)).toEqual([
        'task.create',
        'task.acknowledged',
        `task.${winner.to.toLowerCase()}`,
      ]);
      expect(trail[2]!.before.status).toBe('ACKNOWLEDGED');
    });

    it('answers writers that reload after losing with BAD_USER_INPUT from the state the winner left', async () => {
      const task = await taskIn('SUBMITTED');
      const names = Array.from({ length: CROWD }, (_, i) => (i % 2 ? 'accept' : 'cancel'));
      const results = await race(CROWD, async (i) => {
        for (let attempt = 1; attempt <= 100; attempt++) {
          const current = await taskRow(task.id);
          const res = await act(names[i]!, task.id, current.version);
          if (codeOf(res) !== 'CONFLICT') return res;
        }
        throw new Error(`writer ${i} kept conflicting`);
      });
      // DONE and CANCELLED are both final: after the one winner, nothing else is legal.
      expect(tally(results)).toEqual({ OK: 1, BAD_USER_INPUT: CROWD - 1 });
      const winner = ACTION[names[results.findIndex((r) => !r.errors)]!]!;
      expect(TASK_TRANSITIONS[winner.to]).toEqual([]);
      for (const loser of results.filter((r) => r.errors)) {
        expect(loser.errors?.[0]?.extensions).toMatchObject({ field: 'status', from: winner.to });
      }
      expect(await taskRow(task.id)).toEqual({ status: winner.to, version: task.version + 1 });
      const final = await sql<{ n: number }>(
        `SELECT count(*)::int AS n FROM audit_event WHERE entity_id = $1 AND action IN ('task.done', 'task.cancelled')`,
        [task.id],
      );
      expect(final[0]!.n).toBe(1);
      expect(await audits(task.id, `task.${winner.to.toLowerCase()}`)).toBe(1);
    });
  });

  describe('payment recording', () => {
    const PAY = `mutation($m: ID!, $a: Decimal!, $k: String!) {
      recordPayment(milestoneId: $m, amount: $a, paidAt: "2026-02-01", idempotencyKey: $k) { id amount }
    }`;

    /** An invoiced first milestone (30 % of `amount`) of a fresh contract. */
    const invoicedMilestone = async (amount: string) => {
      const dealId = await wonDeal(amount);
      const contract = await must<{ createContract: { id: string; version: number } }>(
        'mutation($o: ID!) { createContract(input: { opportunityId: $o, signedAt: "2026-01-01", sites: [] }) { id version } }',
        { o: dealId },
        'sales',
      );
      const plan = await must<{
        setPaymentPlan: {
          milestones: { id: string; evidence: { id: string; required: boolean }[] }[];
        };
      }>(
        `mutation($c: ID!, $v: Int!) { setPaymentPlan(contractId: $c, version: $v, input: { milestones: [
           { kind: DOWN_PAYMENT, share: "30", due: "2030-02-01" },
           { kind: ON_DELIVERY, share: "70", due: "2030-06-01" }] }) {
           milestones { id evidence { id required } } } }`,
        { c: contract.createContract.id, v: contract.createContract.version },
        'sales',
      );
      const milestone = plan.setPaymentPlan.milestones[0]!;
      for (const item of milestone.evidence.filter((e) => e.required)) {
        await must(
          'mutation($id: ID!) { checkEvidence(id: $id, checked: true) { id } }',
          { id: item.id },
          'finance',
        );
      }
      await must(
        'mutation($id: ID!, $v: Int!) { invoiceMilestone(id: $id, version: $v) { id } }',
        { id: milestone.id, v: await versionOf('payment_milestone', milestone.id) },
        'finance',
      );
      return { id: milestone.id, version: await versionOf('payment_milestone', milestone.id) };
    };
    const ledger = async (milestoneId: string) =>
      (
        await sql<{ paid: string; stage: string; version: number; n: number; sum: string }>(
          `SELECT m.paid_amount AS paid, m.stage, m.version,
                  (SELECT count(*)::int FROM payment p WHERE p.milestone_id = m.id) AS n,
                  (SELECT COALESCE(sum(p.amount), 0)::numeric(18,2)::text FROM payment p WHERE p.milestone_id = m.id) AS sum
             FROM payment_milestone m WHERE m.id = $1`,
          [milestoneId],
        )
      )[0]!;
    const paymentAudits = async (milestoneId: string) =>
      (
        await sql<{ n: number }>(
          `SELECT count(*)::int AS n FROM audit_event e JOIN payment p ON p.id::text = e.entity_id
            WHERE e.action = 'payment.record' AND p.milestone_id = $1`,
          [milestoneId],
        )
      )[0]!.n;

    it(`never overpays a milestone under ${CROWD} payments with different keys`, async () => {
      // 3,000.00 due; 20 × 400.00 offered: 7 fit (2,800.00), the other 13 would overpay.
      const m = await invoicedMilestone('10000');
      const results = await race(CROWD, (i) =>
        app.gql(PAY, { m: m.id, a: '400.00', k: `race-400-${i}-key` }, token.finance),
      );
      expect(tally(results)).toEqual({ OK: 7, BAD_USER_INPUT: 13 });
      for (const refused of results.filter((r) => r.errors)) {
        expect(refused.errors?.[0]?.extensions).toMatchObject({ field: 'amount' });
      }
      expect(await ledger(m.id)).toEqual({
        paid: '2800.00',
        stage: 'PARTIALLY_PAID',
        version: m.version + 7,
        n: 7,
        sum: '2800.00',
      });
      expect(await paymentAudits(m.id)).toBe(7);
      // The accepted answers are exactly the payments booked.
      const booked = await sql<{ id: string }>('SELECT id FROM payment WHERE milestone_id = $1', [
        m.id,
      ]);
      expect(
        results
          .filter((r) => !r.errors)
          .map((r) => payload<{ id: string }>(r).id)
          .sort(),
      ).toEqual(booked.map((b) => b.id).sort());
    });

    it('books mixed amounts up to the cent and refuses only what no longer fits', async () => {
      const m = await invoicedMilestone('10000'); // 3,000.00 due
      const amounts = Array.from({ length: CROWD }, (_, i) => `${(i % 7) * 100 + 150}.${i % 10}5`);
      const results = await race(CROWD, (i) =>
        app.gql(PAY, { m: m.id, a: amounts[i], k: `race-mixed-${i}-key` }, token.finance),
      );
      const cents = (s: string) => Math.round(Number(s) * 100);
      const accepted = amounts.filter((_, i) => !results[i]!.errors);
      const refused = amounts.filter((_, i) => results[i]!.errors);
      expect(results.filter((r) => r.errors).every((r) => codeOf(r) === 'BAD_USER_INPUT')).toBe(
        true,
      );
      const paid = accepted.reduce((sum, a) => sum + cents(a), 0);
      expect(paid).toBeLessThanOrEqual(300_000);
      const row = await ledger(m.id);
      expect(cents(row.paid)).toBe(paid);
      expect(cents(row.sum)).toBe(paid);
      expect(row.n).toBe(accepted.length);
      expect(row.version).toBe(m.version + accepted.length);
      expect(row.stage).toBe(paid === 300_000 ? 'PAID' : 'PARTIALLY_PAID');
      // The open amount only shrinks, so each refusal was more than what is open even now.
      for (const a of refused) expect(cents(a)).toBeGreaterThan(300_000 - paid);
      expect(await paymentAudits(m.id)).toBe(accepted.length);
    });
  });

  describe('claims', () => {
    const CLAIM = `mutation($input: ClaimAccountInput!) { claimAccount(input: $input) { id owner { email } } }`;

    it('gives one of many SALES users claiming one new name the account, the others the recorded CONFLICT', async () => {
      const spellings = [
        '杭州青山湖智能科技有限公司',
        ' 杭州 青山湖 智能科技 ',
        '杭州青山湖智能科技股份有限公司',
        '杭州·青山湖·智能科技（有限公司）',
        '杭州青山湖智能科技有限责任公司',
      ];
      const key = normalizeAccountName(spellings[0]!);
      expect(new Set(spellings.map(normalizeAccountName))).toEqual(new Set([key]));
      const claimers = ['sales', 'sales2', 'sales3', 'sales4', 'sales5'];
      const input = (i: number) => ({
        name: spellings[i % spellings.length],
        tier: 'CITY',
        // Half bring their own registration number: the name still decides.
        ...(i % 2 ? { registrationNo: `91330100MA2RACE${String(i).padStart(3, '0')}` } : {}),
      });
      const results = await race(CROWD, (i) =>
        app.gql(CLAIM, { input: input(i) }, token[claimers[i % claimers.length]!]),
      );
      expect(tally(results)).toEqual({ OK: 1, CONFLICT: CROWD - 1 });
      const w = results.findIndex((r) => !r.errors);
      const winnerUser = claimers[w % claimers.length]!;
      const [winnerName] = await sql<{ name: string }>('SELECT name FROM "user" WHERE id = $1', [
        userId[winnerUser],
      ]);
      for (const loser of results.filter((r) => r.errors)) {
        expect(loser.errors?.[0]?.extensions).toMatchObject({
          code: 'CONFLICT',
          field: 'name',
          matchedOn: 'NORMALIZED_NAME',
          ownerId: userId[winnerUser],
          ownerName: winnerName!.name,
        });
        expect(loser.errors?.[0]?.message).toMatch(/recorded for arbitration/);
      }

      const accounts = await sql<{ id: string; registration_no: string | null }>(
        'SELECT id, registration_no FROM account WHERE normalized_name = $1',
        [key],
      );
      expect(accounts).toHaveLength(1);
      const accountId = accounts[0]!.id;
      expect(accounts[0]!.registration_no).toBe(
        (input(w) as { registrationNo?: string }).registrationNo ?? null,
      );
      // No loser's registration number made it in under another name.
      const strays = await sql(
        `SELECT 1 FROM account WHERE registration_no LIKE '91330100MA2RACE%' AND id <> $1`,
        [accountId],
      );
      expect(strays).toHaveLength(0);
      expect(
        await sql(`SELECT user_id FROM account_team_member WHERE account_id = $1`, [accountId]),
      ).toEqual([{ user_id: userId[winnerUser] }]);
      const attempts = await sql<{ claimer_id: string; winner_id: string; matched_on: string }>(
        'SELECT claimer_id, winner_id, matched_on FROM claim_attempt WHERE account_id = $1',
        [accountId],
      );
      expect(attempts).toHaveLength(CROWD - 1);
      expect(attempts.every((a) => a.winner_id === userId[winnerUser])).toBe(true);
      expect(attempts.every((a) => a.matched_on === 'NORMALIZED_NAME')).toBe(true);
      expect(attempts.map((a) => a.claimer_id).sort()).toEqual(
        results
          .map((r, i) => (r.errors ? userId[claimers[i % claimers.length]!] : null))
          .filter((id): id is string => id !== null)
          .sort(),
      );
      expect(await audits(accountId, 'account.claim')).toBe(1);
      // Across the whole table: never two accounts on one normalized name.
      expect(
        await sql(
          'SELECT normalized_name FROM account GROUP BY normalized_name HAVING count(*) > 1',
        ),
      ).toEqual([]);
    });
  });

  /**
   * Every mutation that takes a client `version`: two writers send the same version with
   * different values; one wins, one gets CONFLICT, the row is one version up, holds the
   * winner's value, and one audit event was written.
   */
  describe('every versioned update: two writers, one version', () => {
    interface Case {
      mutation: string;
      table: string;
      action: string;
      who: string;
      /** Creates the row; returns its id and the variables of writer i. */
      setup(): Promise<{ id: string; vars(i: number, version: number): Data }>;
      /** The column that must hold the winner's value, and writer i's value. */
      check?: { sql: string; value(i: number): unknown };
    }
    const orgUnit = async (name: string) =>
      (
        await must<{ createOrgUnit: { id: string } }>(
          'mutation($a: ID!, $n: String!) { createOrgUnit(input: { accountId: $a, name: $n, kind: TECHNICAL }) { id } }',
          { a: szId, n: name },
          'sales',
        )
      ).createOrgUnit.id;
    const contact = async () =>
      (
        await must<{ createContact: { id: string } }>(
          'mutation($a: ID!) { createContact(input: { accountId: $a, name: "并发 Race", level: MANAGEMENT }) { id } }',
          { a: szId },
          'sales',
        )
      ).createContact.id;
    const lead = async () =>
      (
        await must<{ createLead: { id: string } }>(
          'mutation($a: ID!) { createLead(input: { accountId: $a, title: "并发线索" }) { id } }',
          { a: szId },
          'sales',
        )
      ).createLead.id;
    const template = async () =>
      (
        await must<{ createProcessTemplate: { id: string } }>(
          `mutation($a: ID!) { createProcessTemplate(input: { accountId: $a, kind: PROCUREMENT, name: "并发流程",
             steps: [{ name: "一审", approverOrgUnitId: "${szUnit}" }, { name: "二审", approverOrgUnitId: "${szUnit}" }] }) { id } }`,
          { a: szId },
          'sales',
        )
      ).createProcessTemplate.id;
    const created = async (query: string, variables: Data, who = 'sales') =>
      (Object.values(await must<Data>(query, variables, who))[0] as { id: string }).id;
    const wonContract = async () => {
      const dealId = await wonDeal('1000');
      return created(
        'mutation($o: ID!) { createContract(input: { opportunityId: $o, signedAt: "2026-01-01", sites: [] }) { id } }',
        { o: dealId },
      );
    };

    const CASES: Record<string, Case> = {
      updateAccount: {
        mutation: `mutation($id: ID!, $v: Int!, $x: String) { updateAccount(id: $id, version: $v, input: { industry: $x }) { id } }`,
        table: 'account',
        action: 'account.update',
        who: 'sales',
        setup: async () => ({
          id: await created(
            'mutation { claimAccount(input: { name: "并发更新客户 Race Update Ltd", tier: CITY }) { id } }',
            {},
          ),
          vars: (i, v) => ({ v, x: `industry ${i}` }),
        }),
        check: { sql: 'industry', value: (i) => `industry ${i}` },
      },
      updateUser: {
        mutation: `mutation($id: ID!, $v: Int!, $x: String) { updateUser(id: $id, version: $v, input: { name: $x }) { id } }`,
        table: '"user"',
        action: 'user.update',
        who: 'admin',
        setup: async () => ({
          id: userId.delivery2!,
          vars: (i, v) => ({ v, x: `交付 writer ${i}` }),
        }),
        check: { sql: 'name', value: (i) => `交付 writer ${i}` },
      },
      updateOrgUnit: {
        mutation: `mutation($id: ID!, $v: Int!, $x: String) { updateOrgUnit(id: $id, version: $v, input: { name: $x }) { id } }`,
        table: 'org_unit',
        action: 'org_unit.update',
        who: 'sales',
        setup: async () => ({
          id: await orgUnit('并发部门'),
          vars: (i, v) => ({ v, x: `unit ${i}` }),
        }),
        check: { sql: 'name', value: (i) => `unit ${i}` },
      },
      updateContact: {
        mutation: `mutation($id: ID!, $v: Int!, $x: String) { updateContact(id: $id, version: $v, input: { title: $x }) { id } }`,
        table: 'contact',
        action: 'contact.update',
        who: 'sales',
        setup: async () => ({ id: await contact(), vars: (i, v) => ({ v, x: `title ${i}` }) }),
        check: { sql: 'title', value: (i) => `title ${i}` },
      },
      moveContact: {
        mutation: `mutation($id: ID!, $v: Int!, $u: ID) { moveContact(id: $id, version: $v, orgUnitId: $u) { id } }`,
        table: 'contact',
        action: 'contact.move',
        who: 'sales',
        setup: async () => {
          const units = [await orgUnit('调入甲'), await orgUnit('调入乙')];
          return { id: await contact(), vars: (i, v) => ({ v, u: units[i] }) };
        },
      },
      markContactLeft: {
        mutation: `mutation($id: ID!, $v: Int!, $at: DateTime) { markContactLeft(id: $id, version: $v, leftAt: $at) { id } }`,
        table: 'contact',
        action: 'contact.left',
        who: 'sales',
        setup: async () => ({
          id: await contact(),
          vars: (i, v) => ({ v, at: `2025-01-0${i + 1}T00:00:00.000Z` }),
        }),
        check: {
          sql: `to_char(left_at AT TIME ZONE 'UTC', 'YYYY-MM-DD')`,
          value: (i) => `2025-01-0${i + 1}`,
        },
      },
      updateProcessTemplate: {
        mutation: `mutation($id: ID!, $v: Int!, $x: String) { updateProcessTemplate(id: $id, version: $v, input: { name: $x }) { id } }`,
        table: 'process_template',
        action: 'process_template.update',
        who: 'sales',
        setup: async () => ({ id: await template(), vars: (i, v) => ({ v, x: `流程 ${i}` }) }),
        check: { sql: 'name', value: (i) => `流程 ${i}` },
      },
      moveRunStep: {
        mutation: `mutation($id: ID!, $v: Int!, $s: RunStepStatus!, $x: String) { moveRunStep(id: $id, version: $v, input: { status: $s, note: $x }) { id } }`,
        table: 'process_run_step',
        action: 'process_run.step',
        who: 'sales',
        setup: async () => {
          const run = await must<{ startProcessRun: { steps: { id: string }[] } }>(
            `mutation($t: ID!, $a: ID!) { startProcessRun(input: { templateId: $t,
               subjectType: ACCOUNT, subjectId: $a, title: "并发审批" }) { steps { id } } }`,
            { t: await template(), a: szId },
            'sales',
          );
          return {
            id: run.startProcessRun.steps[0]!.id,
            vars: (i, v) => ({ v, s: i ? 'SKIPPED' : 'IN_REVIEW', x: `step ${i}` }),
          };
        },
        check: { sql: 'status', value: (i) => (i ? 'SKIPPED' : 'IN_REVIEW') },
      },
      updateActivity: {
        mutation: `mutation($id: ID!, $v: Int!, $x: String) { updateActivity(id: $id, version: $v, input: { summary: $x }) { id } }`,
        table: 'activity',
        action: 'activity.update',
        who: 'sales',
        setup: async () => ({
          id: await created(
            `mutation($a: ID!, $at: DateTime!) { createActivity(input: { accountId: $a, kind: VISIT, occurredAt: $at, summary: "拜访" }) { id } }`,
            { a: szId, at: new Date().toISOString() },
          ),
          vars: (i, v) => ({ v, x: `summary ${i}` }),
        }),
        check: { sql: 'summary', value: (i) => `summary ${i}` },
      },
      updateFunnelStage: {
        mutation: `mutation($id: ID!, $v: Int!, $x: String!) { updateFunnelStage(id: $id, version: $v, input: {
          code: "RACE", nameZh: "并发", nameEn: $x, probability: 10, position: 90, active: false }) { id } }`,
        table: 'funnel_stage',
        action: 'funnelStage.update',
        who: 'admin',
        setup: async () => ({
          id: await created(
            `mutation { createFunnelStage(input: { code: "RACE", nameZh: "并发", nameEn: "Race", probability: 10, position: 90, active: false }) { id } }`,
            {},
            'admin',
          ),
          vars: (i, v) => ({ v, x: `Race ${i}` }),
        }),
        check: { sql: 'name_en', value: (i) => `Race ${i}` },
      },
      updateLead: {
        mutation: `mutation($id: ID!, $v: Int!, $x: String) { updateLead(id: $id, version: $v, input: { title: $x }) { id } }`,
        table: 'lead',
        action: 'lead.update',
        who: 'sales',
        setup: async () => ({ id: await lead(), vars: (i, v) => ({ v, x: `lead ${i}` }) }),
        check: { sql: 'title', value: (i) => `lead ${i}` },
      },
      disqualifyLead: {
        mutation: `mutation($id: ID!, $v: Int!, $x: String!) { disqualifyLead(id: $id, version: $v, reason: $x) { id } }`,
        table: 'lead',
        action: 'lead.disqualify',
        who: 'sales',
        setup: async () => ({ id: await lead(), vars: (i, v) => ({ v, x: `reason ${i}` }) }),
        check: { sql: 'override_reason', value: (i) => `reason ${i}` },
      },
      updateOpportunity: {
        mutation: `mutation($id: ID!, $v: Int!, $x: String) { updateOpportunity(id: $id, version: $v, input: { name: $x }) { id } }`,
        table: 'opportunity',
        action: 'opportunity.update',
        who: 'sales',
        setup: async () => ({
          id: (await newDeal(szId, '并发商机')).id,
          vars: (i, v) => ({ v, x: `deal ${i}` }),
        }),
        check: { sql: 'name', value: (i) => `deal ${i}` },
      },
      moveOpportunity: {
        mutation: `mutation($id: ID!, $v: Int!, $s: ID!) { moveOpportunity(id: $id, version: $v, stageId: $s, note: "lost") { id } }`,
        table: 'opportunity',
        action: 'opportunity.move',
        who: 'sales',
        setup: async () => ({
          id: (await newDeal(szId, '并发推进')).id,
          vars: (i, v) => ({ v, s: i ? stage.LOST : stage.CONTACTED }),
        }),
        check: { sql: 'stage_id::text', value: (i) => (i ? stage.LOST : stage.CONTACTED) },
      },
      updateAccountPlan: {
        mutation: `mutation($id: ID!, $v: Int!, $x: String) { updateAccountPlan(id: $id, version: $v, input: { strategy: $x }) { id } }`,
        table: 'account_plan',
        action: 'accountPlan.update',
        who: 'sales',
        setup: async () => ({
          id: await created(
            `mutation($a: ID!) { createAccountPlan(input: { accountId: $a, period: "2031-Q3", targetAmount: "1000000" }) { id } }`,
            { a: szId },
          ),
          vars: (i, v) => ({ v, x: `strategy ${i}` }),
        }),
        check: { sql: 'strategy', value: (i) => `strategy ${i}` },
      },
      updateEscalationRule: {
        mutation: `mutation($id: ID!, $v: Int!, $x: String!) { updateEscalationRule(id: $id, version: $v, input: {
          name: $x, trigger: TASK_OVERDUE, thresholdHours: 48, levels: [{ target: OWNER, afterHours: 0 }], active: false }) { id } }`,
        table: 'escalation_rule',
        action: 'escalationRule.update',
        who: 'admin',
        setup: async () => ({
          id: await created(
            `mutation { createEscalationRule(input: { name: "并发规则", trigger: TASK_OVERDUE, thresholdHours: 48,
               levels: [{ target: OWNER, afterHours: 0 }], active: false }) { id } }`,
            {},
            'admin',
          ),
          vars: (i, v) => ({ v, x: `rule ${i}` }),
        }),
        check: { sql: 'name', value: (i) => `rule ${i}` },
      },
      updateTask: {
        mutation: `mutation($id: ID!, $v: Int!, $x: String) { updateTask(id: $id, version: $v, input: { title: $x }) { id } }`,
        table: 'task',
        action: 'task.update',
        who: 'sales',
        setup: async () => ({
          id: await created(
            `mutation($a: ID!, $d: DateTime!) { createTask(input: { accountId: $a, title: "并发", due: $d }) { id } }`,
            { a: szId, d: new Date(Date.now() + 86_400_000).toISOString() },
          ),
          vars: (i, v) => ({ v, x: `task ${i}` }),
        }),
        check: { sql: 'title', value: (i) => `task ${i}` },
      },
      acknowledgeTask: {
        mutation: `mutation($id: ID!, $v: Int!) { acknowledgeTask(id: $id, version: $v) { id } }`,
        table: 'task',
        action: 'task.acknowledged',
        who: 'tech',
        setup: async () => ({
          id: await created(
            `mutation($a: ID!, $d: DateTime!, $t: ID!) { createTask(input: { accountId: $a, title: "并发确认", due: $d, assigneeId: $t }) { id } }`,
            { a: szId, d: new Date(Date.now() + 86_400_000).toISOString(), t: userId.tech },
          ),
          vars: (_i, v) => ({ v }),
        }),
      },
      updateWorkPlan: {
        mutation: `mutation($id: ID!, $v: Int!, $x: String) { updateWorkPlan(id: $id, version: $v, input: { name: $x }) { id } }`,
        table: 'work_plan',
        action: 'workPlan.update',
        who: 'sales',
        setup: async () => ({
          id: await created(
            'mutation($a: ID!) { createWorkPlan(input: { accountId: $a, name: "并发计划" }) { id } }',
            { a: szId },
          ),
          vars: (i, v) => ({ v, x: `plan ${i}` }),
        }),
        check: { sql: 'name', value: (i) => `plan ${i}` },
      },
      updateInternalResource: {
        mutation: `mutation($id: ID!, $v: Int!, $x: String!) { updateInternalResource(id: $id, version: $v, input: { name: $x, level: EXECUTIVE }) { id } }`,
        table: 'internal_resource',
        action: 'resource.update',
        who: 'admin',
        setup: async () => ({
          id: await created(
            'mutation { createInternalResource(input: { name: "并发专家", level: EXECUTIVE }) { id } }',
            {},
            'admin',
          ),
          vars: (i, v) => ({ v, x: `expert ${i}` }),
        }),
        check: { sql: 'name', value: (i) => `expert ${i}` },
      },
      setPaymentPlan: {
        mutation: `mutation($id: ID!, $v: Int!, $input: PaymentPlanInput!) { setPaymentPlan(contractId: $id, version: $v, input: $input) { id } }`,
        table: 'contract',
        action: 'contract.plan',
        who: 'sales',
        setup: async () => ({
          id: await wonContract(),
          vars: (i, v) => ({
            v,
            input: {
              milestones: i
                ? [
                    { kind: 'DOWN_PAYMENT', share: '50', due: '2030-02-01' },
                    { kind: 'ON_ACCEPTANCE', share: '50', due: '2030-08-01' },
                  ]
                : [
                    { kind: 'DOWN_PAYMENT', share: '30', due: '2030-02-01' },
                    { kind: 'ON_DELIVERY', share: '40', due: '2030-05-01' },
                    { kind: 'ON_ACCEPTANCE', share: '25', due: '2030-08-01' },
                    { kind: 'WARRANTY_RETENTION', share: '5', due: '2031-02-01' },
                  ],
            },
          }),
        }),
        // Only the winner's plan exists: four milestones or two, never both plans.
        check: {
          sql: '(SELECT count(*)::int FROM payment_milestone m WHERE m.contract_id = contract.id)',
          value: (i) => (i ? 2 : 4),
        },
      },
      invoiceMilestone: {
        mutation: `mutation($id: ID!, $v: Int!) { invoiceMilestone(id: $id, version: $v) { id } }`,
        table: 'payment_milestone',
        action: 'milestone.invoice',
        who: 'finance',
        setup: async () => {
          const contractId = await wonContract();
          const plan = await must<{ setPaymentPlan: { milestones: { id: string }[] } }>(
            `mutation($c: ID!, $v: Int!) { setPaymentPlan(contractId: $c, version: $v, input: { milestones: [
               { kind: WARRANTY_RETENTION, share: "100", due: "2030-02-01" }] }) { milestones { id } } }`,
            { c: contractId, v: await versionOf('contract', contractId) },
            'sales',
          );
          const id = plan.setPaymentPlan.milestones[0]!.id;
          await sql('UPDATE evidence_item SET checked_at = now() WHERE milestone_id = $1', [id]);
          return { id, vars: (_i, v) => ({ v }) };
        },
        check: { sql: 'stage', value: () => 'INVOICED' },
      },
      updateRenewal: {
        mutation: `mutation($id: ID!, $v: Int!, $x: String) { updateRenewal(id: $id, version: $v, input: { newNeeds: $x }) { id } }`,
        table: 'renewal',
        action: 'renewal.update',
        who: 'sales',
        setup: async () => ({
          id: await created(
            `mutation($a: ID!) { createRenewal(input: { accountId: $a, amount: "500000", expectedSignDate: "2031-01-01" }) { id } }`,
            { a: szId },
          ),
          vars: (i, v) => ({ v, x: `needs ${i}` }),
        }),
        check: { sql: 'new_needs', value: (i) => `needs ${i}` },
      },
    };

    it.each(Object.keys(CASES))('%s', async (name) => {
      const c = CASES[name]!;
      const { id, vars } = await c.setup();
      const version = await versionOf(c.table, id);
      const auditsBefore = await audits(id, c.action);
      const results = await race(2, (i) =>
        app.gql(c.mutation, { id, ...vars(i, version) }, token[c.who]),
      );
      expect(tally(results)).toEqual({ OK: 1, CONFLICT: 1 });
      const winner = results.findIndex((r) => !r.errors);
      expect(await versionOf(c.table, id)).toBe(version + 1);
      expect(await audits(id, c.action)).toBe(auditsBefore + 1);
      if (c.check) {
        const [row] = await sql<{ value: unknown }>(
          `SELECT ${c.check.sql} AS value FROM ${c.table} WHERE id = $1`,
          [id],
        );
        expect(row!.value).toEqual(c.check.value(winner));
      }
    });
  });

  /**
   * More writers than the pool has connections: a transaction that waited for a second pool
   * connection (a request loader, `this.db`) while holding its own would hang the API.
   */
  describe(`process templates and runs under ${CROWD} writers`, () => {
    const newTemplate = async () =>
      (
        await must<{ createProcessTemplate: { id: string; version: number } }>(
          `mutation($a: ID!) { createProcessTemplate(input: { accountId: $a, kind: TENDER, name: "招标流程",
             steps: [{ name: "资格审查", approverOrgUnitId: "${szUnit}" }, { name: "评标", approverOrgUnitId: "${szUnit}" }] }) { id version } }`,
          { a: szId },
          'sales',
        )
      ).createProcessTemplate;

    it('updates a template once under many writers with one version', async () => {
      const t = await newTemplate();
      const results = await race(CROWD, (i) =>
        app.gql(
          `mutation($id: ID!, $v: Int!, $n: String!) { updateProcessTemplate(id: $id, version: $v,
             input: { name: $n, steps: [{ name: $n, approverOrgUnitId: "${szUnit}" }] }) { id } }`,
          { id: t.id, v: t.version, n: `流程 ${i}` },
          token.sales,
        ),
      );
      expect(tally(results)).toEqual({ OK: 1, CONFLICT: CROWD - 1 });
      const winner = results.findIndex((r) => !r.errors);
      expect(await versionOf('process_template', t.id)).toBe(t.version + 1);
      // The steps are the winner's alone: nobody else's replacement leaked in.
      expect(await sql('SELECT name FROM approval_step WHERE template_id = $1', [t.id])).toEqual([
        { name: `流程 ${winner}` },
      ]);
      expect(await audits(t.id, 'process_template.update')).toBe(1);
    });

    it('starts and copies runs and templates side by side', async () => {
      const t = await newTemplate();
      const results = await race(CROWD, (i) =>
        i % 2
          ? app.gql(
              `mutation($t: ID!, $a: ID!, $x: String!) { startProcessRun(input: { templateId: $t,
                 subjectType: ACCOUNT, subjectId: $a, title: $x }) { id } }`,
              { t: t.id, a: szId, x: `run ${i}` },
              token.sales,
            )
          : app.gql(
              'mutation($t: ID!, $a: ID!) { copyProcessTemplate(templateId: $t, accountId: $a) { id } }',
              { t: t.id, a: gzId },
              token.sales,
            ),
      );
      expect(tally(results)).toEqual({ OK: CROWD });
      const [counts] = await sql<{ runs: number; steps: number; copies: number }>(
        `SELECT (SELECT count(*)::int FROM process_run WHERE template_id = $1) AS runs,
                (SELECT count(*)::int FROM process_run_step s JOIN process_run r ON r.id = s.run_id
                  WHERE r.template_id = $1) AS steps,
                (SELECT count(*)::int FROM process_template WHERE account_id = $2 AND name = '招标流程') AS copies`,
        [t.id, gzId],
      );
      expect(counts).toEqual({ runs: CROWD / 2, steps: CROWD, copies: CROWD / 2 });
    });

    it('moves a run step once under many writers with one version: one history row', async () => {
      const t = await newTemplate();
      const run = await must<{ startProcessRun: { steps: { id: string; version: number }[] } }>(
        `mutation($t: ID!, $a: ID!) { startProcessRun(input: { templateId: $t,
           subjectType: ACCOUNT, subjectId: $a, title: "评审" }) { steps { id version } } }`,
        { t: t.id, a: szId },
        'sales',
      );
      const step = run.startProcessRun.steps[0]!;
      const results = await race(CROWD, (i) =>
        app.gql(
          `mutation($id: ID!, $v: Int!, $s: RunStepStatus!) { moveRunStep(id: $id, version: $v, input: { status: $s }) { id } }`,
          { id: step.id, v: step.version, s: i % 2 ? 'SKIPPED' : 'IN_REVIEW' },
          i % 2 ? token.sales : token.tech,
        ),
      );
      expect(tally(results)).toEqual({ OK: 1, CONFLICT: CROWD - 1 });
      expect(
        await sql(
          'SELECT from_status, to_status FROM process_run_step_change WHERE run_step_id = $1',
          [step.id],
        ),
      ).toHaveLength(1);
      expect(await versionOf('process_run_step', step.id)).toBe(step.version + 1);
    });
  });

  /**
   * Mutations on versioned rows that take no client version: the row lock serializes them,
   * so the second of two identical calls sees the first one's result.
   */
  describe('versioned rows changed without a client version', () => {
    const feedback = async (text: string) =>
      (
        await must<{ reportFeedback: { id: string } }>(
          'mutation($a: ID!, $t: String!) { reportFeedback(input: { accountId: $a, kind: NEW_NEED, text: $t }) { id } }',
          { a: szId, t: text },
          'tech',
        )
      ).reportFeedback.id;

    it(`acknowledges a feedback once under ${CROWD} simultaneous acknowledgements`, async () => {
      const id = await feedback('客户想要更多带宽');
      const results = await race(CROWD, () =>
        app.gql('mutation($id: ID!) { acknowledgeFeedback(id: $id) { id } }', { id }, token.sales),
      );
      expect(tally(results)).toEqual({ OK: 1, CONFLICT: CROWD - 1 });
      expect(await versionOf('feedback', id)).toBe(2);
      expect(await audits(id, 'feedback.acknowledge')).toBe(1);
    });

    it(`turns a need into one lead under ${CROWD} simultaneous requests`, async () => {
      const id = await feedback('客户需要边缘计算');
      const results = await race(CROWD, (i) =>
        app.gql(
          'mutation($id: ID!, $t: String) { feedbackToLead(id: $id, title: $t) { lead { id } } }',
          { id, t: `边缘计算 ${i}` },
          token.sales,
        ),
      );
      expect(tally(results)).toEqual({ OK: 1, CONFLICT: CROWD - 1 });
      const leads = await sql<{ id: string }>(
        `SELECT l.id FROM lead l JOIN feedback f ON f.lead_id = l.id WHERE f.id = $1`,
        [id],
      );
      expect(leads).toHaveLength(1);
      expect(await sql(`SELECT 1 FROM lead WHERE title LIKE '边缘计算 %'`)).toHaveLength(1);
      expect(await audits(id, 'feedback.toLead')).toBe(1);
    });

    it(`converts a lead into one deal under ${CROWD} simultaneous conversions`, async () => {
      const { createLead } = await must<{ createLead: { id: string } }>(
        `mutation($a: ID!) { createLead(input: { accountId: $a, title: "并发转化",
           estimated: { amount: "800000", currency: "CNY" },
           budget: { confirmed: true, note: "b" }, authority: { confirmed: true, note: "a" },
           need: { confirmed: true, note: "n" }, timing: { confirmed: true, note: "t" } }) { id } }`,
        { a: gzId },
        'sales',
      );
      const results = await race(CROWD, () =>
        app.gql(
          'mutation($id: ID!) { convertLead(id: $id) { opportunity { id } } }',
          { id: createLead.id },
          token.sales,
        ),
      );
      expect(tally(results)).toEqual({ OK: 1, CONFLICT: CROWD - 1 });
      expect(
        await sql('SELECT id FROM opportunity WHERE lead_id = $1', [createLead.id]),
      ).toHaveLength(1);
      expect(await versionOf('lead', createLead.id)).toBe(2);
      expect(await audits(createLead.id, 'lead.convert')).toBe(1);
    });

    it('decides a resource request once when managers decide it at the same time', async () => {
      const resource = await must<{ createInternalResource: { id: string } }>(
        'mutation { createInternalResource(input: { name: "并发总裁", level: EXECUTIVE, maxPerMonth: 1 }) { id } }',
        {},
        'admin',
      );
      const request = (purpose: string, askApproval: boolean) =>
        must<{ requestResource: { id: string; status: string } }>(
          `mutation($r: ID!, $a: ID!, $p: String!, $ask: Boolean) { requestResource(input: {
             resourceId: $r, accountId: $a, purpose: $p, date: "2031-03-10", askApproval: $ask }) { id status } }`,
          { r: resource.createInternalResource.id, a: szId, p: purpose, ask: askApproval },
          'sales',
        );
      await request('高层拜访', false);
      const pending = (await request('再次高层拜访', true)).requestResource;
      expect(pending.status).toBe('PENDING');
      const results = await race(CROWD, (i) =>
        app.gql(
          'mutation($id: ID!, $ok: Boolean!) { decideResourceRequest(id: $id, approve: $ok) { id status } }',
          { id: pending.id, ok: i % 2 === 0 },
          i % 4 < 2 ? token.manager : token.admin,
        ),
      );
      expect(tally(results)).toEqual({ OK: 1, CONFLICT: CROWD - 1 });
      const winner = payload<{ status: string }>(results.find((r) => !r.errors)!);
      const [row] = await sql<{ status: string; version: number }>(
        'SELECT status, version FROM resource_request WHERE id = $1',
        [pending.id],
      );
      expect(row).toEqual({ status: winner.status, version: 2 });
      expect(await audits(pending.id, 'resource.decide')).toBe(1);
    });

    it('keeps every concurrent target change in one chain: each starts from the last one', async () => {
      const SET = `mutation($u: ID!, $r: Decimal!, $why: String!) {
        setSalesTarget(input: { userId: $u, period: "2031", revenue: $r, reason: $why }) { target { id } }
      }`;
      const ADJUST = `mutation($u: ID!, $r: Decimal!, $why: String!) {
        adjustTarget(userId: $u, period: "2031", newValue: $r, reason: $why) { target { id } }
      }`;
      // The first setting races too: one insert, the rest change the row it made.
      const values = Array.from({ length: CROWD }, (_, i) => `${(i + 1) * 100000}.00`);
      const results = await race(CROWD, (i) =>
        app.gql(
          i < 5 ? SET : ADJUST,
          { u: userId.sales4, r: values[i], why: `writer ${i}` },
          token.manager,
        ),
      );
      // An adjustment that ran before any setting finds no target: that is its answer.
      const codes = tally(results);
      expect(Object.keys(codes).every((code) => ['OK', 'NOT_FOUND'].includes(code))).toBe(true);
      expect(results.slice(0, 5).every((r) => !r.errors)).toBe(true);
      const applied = results.filter((r) => !r.errors).length;
      const targets = await sql<{ id: string; revenue: string; version: number }>(
        `SELECT id, revenue, version FROM sales_target WHERE user_id = $1 AND period = '2031'`,
        [userId.sales4],
      );
      expect(targets).toHaveLength(1);
      const target = targets[0]!;
      expect(target.version).toBe(applied);
      const changes = await sql<{ from_revenue: string | null; to_revenue: string }>(
        'SELECT from_revenue, to_revenue FROM target_adjustment WHERE target_id = $1',
        [target.id],
      );
      expect(changes).toHaveLength(applied);
      // Follow the chain from the first setting: every change is visited once, none lost.
      const next = new Map(changes.map((c) => [c.from_revenue, c.to_revenue]));
      expect(next.size).toBe(applied);
      let at: string | null = null;
      for (let k = 0; k < applied; k++) {
        expect(next.has(at)).toBe(true);
        at = next.get(at)!;
      }
      expect(at).toBe(target.revenue);
      // Read in time order, the history is that same chain: each change stamped when written
      // (two in the same millisecond may tie; none may come before one it followed).
      const position = new Map<string, number>();
      for (let k = 0, from: string | null = null; k < applied; k++) {
        const to: string = next.get(from)!;
        position.set(`${from}→${to}`, k);
        from = to;
      }
      const inTime = await sql<{ from_revenue: string | null; to_revenue: string; at: Date }>(
        'SELECT from_revenue, to_revenue, at FROM target_adjustment WHERE target_id = $1 ORDER BY at',
        [target.id],
      );
      const order = inTime.map((c) => ({
        at: c.at.getTime(),
        k: position.get(`${c.from_revenue}→${c.to_revenue}`)!,
      }));
      for (let k = 1; k < order.length; k++)
        if (order[k]!.at > order[k - 1]!.at) expect(order[k]!.k).toBeGreaterThan(order[k - 1]!.k);
      // So is the audit trail: each event starts from the revenue the one before it left.
      const trail = await sql<{
        before: { revenue?: string } | null;
        after: { revenue: string };
        at: Date;
      }>(
        `SELECT before, after, at FROM audit_event WHERE entity = 'SalesTarget' AND entity_id = $1 ORDER BY at`,
        [target.id],
      );
      expect(trail).toHaveLength(applied);
      for (let k = 1; k < trail.length; k++)
        if (trail[k]!.at > trail[k - 1]!.at)
          expect(trail[k]!.before?.revenue).toBe(trail[k - 1]!.after.revenue);
    });
  });

  describe('hierarchies: two writers hang two records below each other at once', () => {
    /**
     * Each writer locked its own row and then waited for the other's (the foreign key's check of
     * the new parent): Postgres rolled one back as a deadlock after a second, and the caller read
     * an internal error. Edits that re-hang a record in a tree now take turns (`db/tree-lock.ts`):
     * the second checks after the first wrote, and is refused on its field like any loop.
     */
    interface Hierarchy {
      name: string;
      who: string;
      /** Two fresh records of this kind, with their versions. */
      pair(n: number): Promise<{ id: string; version: number }[]>;
      link: string;
      field: string;
      reason: string;
      /** The stored link of a record, to check no loop was written. */
      column: string;
      table: string;
    }
    const created = async (query: string, variables: Data, who: string) =>
      payload<{ id: string; version: number }>(await app.gql(query, variables, token[who]));
    const hierarchies: Hierarchy[] = [
      {
        name: 'org units',
        who: 'sales',
        pair: (n) =>
          Promise.all(
            ['甲', '乙'].map((x) =>
              created(
                'mutation($a: ID!, $n: String!) { createOrgUnit(input: { accountId: $a, name: $n, kind: OTHER }) { id version } }',
                { a: szId, n: `互挂部门${x}${n}` },
                'sales',
              ),
            ),
          ),
        link: 'mutation($id: ID!, $v: Int!, $p: ID) { updateOrgUnit(id: $id, version: $v, input: { parentId: $p }) { id } }',
        field: 'parentId',
        reason: 'UNIT_BELOW_ITSELF',
        table: 'org_unit',
        column: 'parent_id',
      },
      {
        name: 'contacts',
        who: 'sales',
        pair: (n) =>
          Promise.all(
            ['甲', '乙'].map((x) =>
              created(
                'mutation($a: ID!, $n: String!) { createContact(input: { accountId: $a, name: $n, level: MANAGEMENT }) { id version } }',
                { a: szId, n: `互报${x}${n}` },
                'sales',
              ),
            ),
          ),
        link: 'mutation($id: ID!, $v: Int!, $p: ID) { updateContact(id: $id, version: $v, input: { reportsToId: $p }) { id } }',
        field: 'reportsToId',
        reason: 'REPORTING_LOOP',
        table: 'contact',
        column: 'reports_to_id',
      },
      {
        name: 'users',
        who: 'admin',
        pair: (n) =>
          Promise.all(
            ['a', 'b'].map((x) =>
              created(
                'mutation($e: String!, $n: String!) { createUser(input: { email: $e, name: $n, roles: [SALES], password: "loop-password-123" }) { id version } }',
                { e: `loop-${x}${n}@trident.demo`, n: `Loop ${x}${n}` },
                'admin',
              ),
            ),
          ),
        link: 'mutation($id: ID!, $v: Int!, $p: ID) { updateUser(id: $id, version: $v, input: { managerId: $p }) { id } }',
        field: 'managerId',
        reason: 'REPORTING_LOOP',
        table: '"user"',
        column: 'manager_id',
      },
      {
        name: 'accounts',
        who: 'admin',
        pair: (n) =>
          Promise.all(
            ['甲', '乙'].map((x) =>
              created(
                'mutation($n: String!) { claimAccount(input: { name: $n, tier: CITY }) { id version } }',
                { n: `互挂客户${x}${n}` },
                'sales',
              ),
            ),
          ),
        link: 'mutation($id: ID!, $v: Int!, $p: ID) { updateAccount(id: $id, version: $v, input: { parentId: $p }) { id } }',
        field: 'parentId',
        reason: 'ACCOUNT_BELOW_ITSELF',
        table: 'account',
        column: 'parent_id',
      },
    ];

    it('a deadlock that outlasts the retries reaches the caller as CONFLICT, never an internal error', async () => {
      // A real one: two transactions each hold a row the other then asks for.
      const [x, y] = await Promise.all(
        ['甲', '乙'].map(
          async (n) =>
            (
              await sql<{ id: string }>(
                `INSERT INTO org_unit (account_id, name, kind) VALUES ($1, $2, 'OTHER') RETURNING id`,
                [szId, `死锁${n}`],
              )
            )[0]!.id,
        ),
      );
      const one = app.db.createQueryRunner();
      const two = app.db.createQueryRunner();
      let caught: unknown;
      try {
        await one.startTransaction();
        await two.startTransaction();
        await one.query('UPDATE org_unit SET name = name WHERE id = $1', [x]);
        await two.query('UPDATE org_unit SET name = name WHERE id = $1', [y]);
        const settled = await Promise.allSettled([
          one.query('UPDATE org_unit SET name = name WHERE id = $1', [y]),
          two.query('UPDATE org_unit SET name = name WHERE id = $1', [x]),
        ]);
        caught = settled.find((r) => r.status === 'rejected')?.reason;
      } finally {
        await one.rollbackTransaction().catch(() => undefined);
        await two.rollbackTransaction().catch(() => undefined);
        await one.release();
        await two.release();
      }
      expect(caught).toMatchObject({ driverError: { code: '40P01' } });
      const formatted = createFormatError(pino({ level: 'silent' }))(
        { message: 'x', path: ['updateOrgUnit'] },
        new GraphQLError('x', { path: ['updateOrgUnit'], originalError: caught as Error }),
      );
      expect(formatted.extensions).toEqual({ code: 'CONFLICT', reason: 'CONCURRENT_CHANGE' });
      expect(formatted.message).toMatch(/at the same moment: nothing was done/);
    });

    it.each(hierarchies.map((h) => [h.name, h] as const))(
      '%s: one link lands, the other is refused as a loop on its field, never an internal error',
      async (_name, h) => {
        for (let n = 0; n < 3; n++) {
          const [a, b] = await h.pair(n);
          const results = await Promise.all([
            app.gql(h.link, { id: a!.id, v: a!.version, p: b!.id }, token[h.who]),
            app.gql(h.link, { id: b!.id, v: b!.version, p: a!.id }, token[h.who]),
          ]);
          expect(tally(results)).toEqual({ OK: 1, BAD_USER_INPUT: 1 });
          const refused = results.find((r) => r.errors)!.errors![0]!.extensions;
          expect(refused).toMatchObject({ field: h.field, reason: h.reason });
          const links = await sql<{ id: string; link: string | null }>(
            `SELECT id, ${h.column} AS link FROM ${h.table} WHERE id = ANY($1::uuid[])`,
            [[a!.id, b!.id]],
          );
          expect(links.filter((row) => row.link !== null)).toHaveLength(1);
        }
      },
    );
  });

  describe('a check, then a write: another writer between the two', () => {
    // Each checked that nothing stood in its way, then wrote: the losers met the unique index
    // (at commit, for a deferred one) and were answered as internal errors. Run again, the
    // check sees the winner.
    /**
     * Holds every writer between its check and its commit: each waits to write its audit event
     * until as many as the pool holds are waiting, so all of them checked before any committed
     * (without it, the first request often commits before the last one arrives).
     */
    const togetherAtTheAudit = async <T>(writers: () => Promise<T>): Promise<T> => {
      const gate = app.db.createQueryRunner();
      await gate.startTransaction();
      await gate.query('LOCK TABLE audit_event IN EXCLUSIVE MODE');
      const running = writers();
      try {
        for (let tries = 0; tries < 100; tries++) {
          const [{ waiting }] = await gate.query(
            `SELECT count(*)::int AS waiting FROM pg_locks
              WHERE relation = 'audit_event'::regclass AND NOT granted`,
          );
          if (waiting >= 10) break;
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      } finally {
        await gate.commitTransaction();
        await gate.release();
      }
      return running;
    };

    it(`places one of ${CROWD} new stages at one free position; the rest are told it is taken`, async () => {
      const position = 7000 + (Date.now() % 1000);
      const results = await togetherAtTheAudit(() =>
        race(CROWD, (i) =>
          app.gql(
            'mutation($c: String!, $p: Int!) { createFunnelStage(input: { code: $c, nameZh: "并发阶段", nameEn: "Race stage", probability: 30, position: $p }) { id } }',
            { c: `RACE_${i}`, p: position },
            token.admin,
          ),
        ),
      );
      expect(tally(results)).toEqual({ OK: 1, BAD_USER_INPUT: CROWD - 1 });
      for (const r of results.filter((r) => r.errors))
        expect(r.errors![0]!.extensions).toMatchObject({
          field: 'position',
          reason: 'POSITION_TAKEN',
        });
      const placed = await sql<{ n: number }>(
        'SELECT count(*)::int AS n FROM funnel_stage WHERE position = $1',
        [position],
      );
      expect(placed[0]!.n).toBe(1);
      await sql('DELETE FROM funnel_stage WHERE position = $1', [position]);
    });

    it(`keeps one set of delivery preferences when one person saves them ${CROWD} times at once`, async () => {
      await sql('DELETE FROM delivery_preference WHERE user_id = $1', [userId.sales4]);
      const results = await race(CROWD, (i) =>
        app.gql(
          'mutation($m: Int!) { setMyDeliveryPreferences(input: { language: ZH, topics: [], escalationMinLevel: $m }) { escalationMinLevel } }',
          { m: (i % 3) + 1 },
          token.sales4,
        ),
      );
      expect(tally(results)).toEqual({ OK: CROWD });
      const rows = await sql<{ escalation_min_level: number }>(
        'SELECT escalation_min_level FROM delivery_preference WHERE user_id = $1',
        [userId.sales4],
      );
      expect(rows).toHaveLength(1);
      expect(await audits(userId.sales4!, 'deliveryPreference.set')).toBe(CROWD);
    });
  });
});
