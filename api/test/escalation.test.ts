import http from 'node:http';
import pino from 'pino';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../src/db/data-source';
import { EscalationEngine } from '../src/modules/escalations/escalation-engine';
import { startEscalationWorker } from '../src/modules/escalations/escalation-worker';
import { createTestServer, startTestApp, type TestApp } from './support/test-app';

const SZ = '中国移动通信集团广东有限公司深圳分公司';
const T0 = new Date('2030-01-01T00:00:00Z');
const hours = (h: number) => new Date(T0.getTime() + h * 3_600_000);

describe('escalation engine', () => {
  let app: TestApp;
  let second: DataSource;
  let admin: string;
  const id: Record<string, string> = {};
  let accountId: string;
  let ruleId: string;
  let resourceId: string;

  beforeAll(async () => {
    app = await startTestApp();
    admin = await app.login('admin@trident.demo');
    for (const u of await app.db.query('SELECT email, id FROM "user"'))
      id[u.email.split('@')[0]] = u.id;
    [{ id: accountId }] = await app.db.query('SELECT id FROM account WHERE name = $1', [SZ]);
    // Only the rule under test runs.
    await app.db.query('UPDATE escalation_rule SET active = false');
    const resource = await app.must<{ createInternalResource: { id: string } }>(
      'mutation($u: ID!) { createInternalResource(input: { name: "销售副总 Sales VP", userId: $u, level: EXECUTIVE }) { id } }',
      { u: id.admin },
      admin,
    );
    resourceId = resource.createInternalResource.id;
    const rule = await app.must<{ createEscalationRule: { id: string } }>(
      `mutation($r: ID!) { createEscalationRule(input: { name: "逾期 Overdue", trigger: TASK_OVERDUE, thresholdHours: 0,
         levels: [{ target: OWNER, afterHours: 0 }, { target: MANAGER, afterHours: 24 }, { target: RESOURCE, afterHours: 24, resourceId: $r }] }) { id } }`,
      { r: resourceId },
      admin,
    );
    ruleId = rule.createEscalationRule.id;
    // Thirty tasks due at T0, assigned to the solution engineer (whose manager is manager@).
    for (let i = 0; i < 30; i++) {
      await app.db.query(
        `INSERT INTO task (account_id, title, due, assignee_id, requester_id, status)
         VALUES ($1, $2, $3, $4, $5, 'ACKNOWLEDGED')`,
        [accountId, `task ${i}`, T0, id.tech, id.sales],
      );
    }
    second = createDataSource({ url: (app.db.options as { url: string }).url, poolSize: 4 });
    await second.initialize();
  });
  afterAll(async () => {
    await second?.destroy();
    await app.close();
  });

  const levels = async () =>
    (
      (await app.db.query(
        `SELECT level, count(*)::int AS n, count(DISTINCT target_user_id)::int AS targets
           FROM escalation WHERE rule_id = $1 GROUP BY level ORDER BY level`,
        [ruleId],
      )) as { level: number; n: number; targets: number }[]
    ).map((r) => [r.level, r.n]);

  it('refuses a chain that names no resource for a RESOURCE level', async () => {
    const res = await app.gql(
      `mutation { createEscalationRule(input: { name: "x", trigger: TASK_OVERDUE, levels: [{ target: RESOURCE, afterHours: 1 }] }) { id } }`,
      {},
      admin,
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'levels.0.resourceId',
    });
  });

  it('walks the chain as the configured hours pass (time is injected)', async () => {
    const engine = new EscalationEngine(app.db);
    expect(await engine.run(hours(-1))).toEqual({ created: 0, resolved: 0 });
    expect((await engine.run(hours(1))).created).toBe(30);
    expect(await levels()).toEqual([[1, 30]]);
    expect((await engine.run(hours(23))).created).toBe(0);
    expect((await engine.run(hours(25))).created).toBe(30);
    expect(await levels()).toEqual([
      [1, 30],
      [2, 30],
    ]);
    const targets: { level: number; target_user_id: string }[] = await app.db.query(
      'SELECT DISTINCT level, target_user_id FROM escalation WHERE rule_id = $1 ORDER BY level',
      [ruleId],
    );
    expect(targets).toEqual([
      { level: 1, target_user_id: id.tech },
      { level: 2, target_user_id: id.manager },
    ]);
  });

  it('never duplicates an escalation when two workers run over the same objects at once', async () => {
    const a = new EscalationEngine(app.db);
    const b = new EscalationEngine(second);
    const notificationsBefore = await app.count('notification');
    const [ra, rb] = await Promise.all([a.run(hours(50)), b.run(hours(50))]);
    expect(ra.created + rb.created).toBe(30);
    expect(await levels()).toEqual([
      [1, 30],
      [2, 30],
      [3, 30],
    ]);
    // Each new escalation notified its target exactly once (the resource's user, admin).
    expect((await app.count('notification')) - notificationsBefore).toBe(30);
    // And again, twice more: nothing new.
    await Promise.all([a.run(hours(51)), b.run(hours(51))]);
    expect(await app.count('escalation')).toBe(90);
  });

  it('resolves escalations when the cause goes away, and does not raise them again', async () => {
    await app.db.query(`UPDATE task SET status = 'DONE' WHERE title IN ('task 0', 'task 1')`);
    const engine = new EscalationEngine(app.db);
    expect(await engine.run(hours(52))).toEqual({ created: 0, resolved: 6 });
    expect(await engine.run(hours(53))).toEqual({ created: 0, resolved: 0 });
    const open = await app.must<{ escalations: { totalCount: number } }>(
      '{ escalations(filter: { status: OPEN }) { totalCount } }',
      {},
      admin,
    );
    expect(open.escalations.totalCount).toBe(84);
  });

  it('runs on the pg-boss queue inside the database', async () => {
    const worker = await startEscalationWorker({
      databaseUrl: (app.db.options as { url: string }).url,
      engine: new EscalationEngine(app.db),
      log: pino({ level: 'silent' }),
    });
    try {
      // Only after the start-up run, so that what escalates the task is the queued job.
      await worker.caughtUp;
      await app.db.query(
        `INSERT INTO task (account_id, title, due, assignee_id, requester_id) VALUES ($1, 'queued', now() - interval '1 hour', $2, $3)`,
        [accountId, id.tech, id.sales],
      );
      await worker.kick();
      const deadline = Date.now() + 30_000;
      let found = 0;
      while (Date.now() < deadline && !found) {
        await new Promise((resolve) => setTimeout(resolve, 500));
        found = (
          await app.db.query(
            `SELECT 1 FROM escalation e JOIN task t ON t.id = e.object_id WHERE t.title = 'queued'`,
          )
        ).length;
      }
      expect(found).toBe(1);
    } finally {
      await worker.stop();
    }
  });
});

describe('live notifications across API processes', () => {
  it('a feedback reported on one process reaches a subscriber of another', async () => {
    const app = await startTestApp();
    const otherDb = createDataSource({ url: (app.db.options as { url: string }).url, poolSize: 2 });
    await otherDb.initialize();
    const other = await createTestServer(otherDb);
    const port = await other.listen(0, '127.0.0.1');
    try {
      const sales = await app.login('sales@trident.demo');
      const tech = await app.login('tech@trident.demo');
      const [{ id: accountId }] = await app.db.query('SELECT id FROM account WHERE name = $1', [
        SZ,
      ]);

      const unauthorized = await new Promise<number>((resolve) =>
        http.get(`http://127.0.0.1:${port}/events`, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        }),
      );
      expect(unauthorized).toBe(401);

      let received = '';
      const stream = await new Promise<http.IncomingMessage>((resolve) =>
        http.get(
          `http://127.0.0.1:${port}/events`,
          { headers: { authorization: `Bearer ${sales}` } },
          (res) => {
            res.setEncoding('utf8');
            res.on('data', (chunk: string) => {
              received += chunk;
              if (received.includes(': connected')) resolve(res);
            });
          },
        ),
      );
      expect(stream.headers['content-type']).toContain('text/event-stream');

      const report = await app.must<{ reportFeedback: { id: string } }>(
        `mutation($a: ID!) { reportFeedback(input: { accountId: $a, kind: POSITIVE, text: "客户表扬交付团队" }) { id } }`,
        { a: accountId },
        tech,
      );
      const deadline = Date.now() + 10_000;
      while (!received.includes(report.reportFeedback.id) && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const line = received
        .split('\n')
        .find((l) => l.startsWith('data:') && l.includes(report.reportFeedback.id));
      expect(line).toBeDefined();
      expect(JSON.parse(line!.slice(5))).toMatchObject({
        kind: 'FEEDBACK',
        entity: 'Feedback',
        entityId: report.reportFeedback.id,
        // What it says, for the console to write in its language.
        titleText: { key: 'FEEDBACK', kind: 'POSITIVE' },
      });
      stream.destroy();
    } finally {
      await other.stop();
      await otherDb.destroy();
      await app.close();
    }
  });
});
