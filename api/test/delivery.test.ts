import { createHmac } from 'node:crypto';
import type { ParsedMail } from 'mailparser';
import pino from 'pino';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../src/db/data-source';
import { EscalationEngine } from '../src/modules/escalations/escalation-engine';
import {
  startDeliveryWorker,
  type DeliveryWorker,
  type DeliveryWorkerConfig,
} from '../src/modules/delivery/delivery-worker';
import {
  capturingLogger,
  sleep,
  startRobotReceiver,
  startSmtpServer,
  until,
} from './support/delivery-receivers';
import { startTestApp, TEST_JWT_SECRET, type TestApp } from './support/test-app';

/**
 * Issue 22: notifications leave the console by email (a real SMTP server in this process)
 * and by WeCom, DingTalk and Feishu robots (a local HTTP receiver checks each platform's
 * signature), through the pg-boss queue, exactly once.
 */

const T0 = new Date('2030-01-01T00:00:00Z');
const SECRETS = {
  dingtalkToken: 'dt-access-token-5f1e2d3c4b5a69788796a5b4',
  dingtalkSecret: 'SECdingtalk0signing0secret0a1b2c3d4e5f60718293',
  feishuHook: 'fs-hook-0b7c9d8e-7f6a-5b4c-3d2e-1f0a9b8c7d6e',
  feishuSecret: 'feishu-signing-secret-9z8y7x6w',
  wecomKey: 'wecom-key-693a91f6-7a0c-4bc4-97a0-0ec2',
  failingToken: 'dt-failing-token-77aa88bb99cc00dd',
};

const url = (app: TestApp) => (app.db.options as { url: string }).url;
const ids = async (app: TestApp) =>
  Object.fromEntries(
    ((await app.db.query('SELECT email, id FROM "user"')) as { email: string; id: string }[]).map(
      (u) => [u.email.split('@')[0]!, u.id],
    ),
  );

/**
 * Overdue milestones on a new contract of an account where sales@ is the AR and finance@
 * the collection manager (tech@ joins as the SR); every other milestone is paid.
 */
async function overdueMilestones(app: TestApp, count: number) {
  await app.db.query(`UPDATE payment_milestone SET stage = 'PAID', paid_amount = amount`);
  const seat = (role: string, email: string) =>
    `EXISTS (SELECT 1 FROM account_team_member m JOIN "user" u ON u.id = m.user_id
              WHERE m.account_id = o.account_id AND m.team_role = '${role}' AND u.email = '${email}')`;
  const [deal] = (await app.db.query(
    `SELECT o.id, o.account_id, a.name FROM opportunity o JOIN account a ON a.id = o.account_id
      WHERE ${seat('AR', 'sales@trident.demo')} AND ${seat('FINANCE', 'finance@trident.demo')}
        AND NOT EXISTS (SELECT 1 FROM contract c WHERE c.opportunity_id = o.id)
      ORDER BY a.name LIMIT 1`,
  )) as { id: string; account_id: string; name: string }[];
  if (!deal) throw new Error('the demo has no deal on an account of sales@ and finance@');
  await app.db.query(
    `INSERT INTO account_team_member (account_id, user_id, team_role)
     SELECT $1, id, 'SR' FROM "user" WHERE email = 'tech@trident.demo' ON CONFLICT DO NOTHING`,
    [deal.account_id],
  );
  const [{ id: contractId }] = await app.db.query(
    `INSERT INTO contract (opportunity_id, account_id, title, kind, amount, currency, signed_at, created_by_id)
     SELECT $1, $2, '5G 二期 Phase 2', 'NEW', 90000000, 'CNY', '2029-01-01', id FROM "user"
      WHERE email = 'admin@trident.demo' RETURNING id`,
    [deal.id, deal.account_id],
  );
  await app.db.query(
    `INSERT INTO payment_milestone (contract_id, account_id, position, kind, share, amount, paid_amount, currency, due)
     SELECT $1, $2, 100 + i, 'PER_SITE', 1, 1234567.89 + i, 1000, 'CNY', '2029-12-01'
       FROM generate_series(1, $3::int) i`,
    [contractId, deal.account_id, count],
  );
  return { accountId: deal.account_id, accountName: deal.name };
}

async function onlyRule(app: TestApp, admin: string, levels: string) {
  await app.db.query('UPDATE escalation_rule SET active = false');
  await app.must(
    `mutation { createEscalationRule(input: { name: "回款逾期 Overdue", trigger: PAYMENT_OVERDUE,
       thresholdHours: 0, levels: ${levels} }) { id } }`,
    {},
    admin,
  );
}

const CREATE_ROBOT = `mutation($i: CreateDeliveryRobotInput!) { createDeliveryRobot(input: $i) { id name platform webhookHost signed active } }`;
const SET_PREFERENCES = `mutation($i: DeliveryPreferencesInput!) { setMyDeliveryPreferences(input: $i) {
  language escalationMinLevel quietStart quietEnd timeZone isDefault topics { topic channels } robots { id name platform } } }`;

function workerFactory(app: TestApp, config: Partial<DeliveryWorkerConfig>) {
  const started: { worker: DeliveryWorker; pool: DataSource }[] = [];
  return {
    async start(log = pino({ level: 'silent' })) {
      const pool = createDataSource({ url: url(app), poolSize: 3 });
      await pool.initialize();
      const worker = await startDeliveryWorker({
        databaseUrl: url(app),
        db: pool,
        log,
        cron: null,
        config: {
          NODE_ENV: 'test',
          JWT_SECRET: TEST_JWT_SECRET,
          DELIVERY_MODE: 'live',
          SMTP_URL: undefined,
          SMTP_FROM: 'Trident <trident@test.example>',
          ROBOT_EXTRA_HOSTS: ['127.0.0.1'],
          PUBLIC_URL: 'https://trident.test.example',
          DELIVERY_RETRY_SECONDS: 1,
          DELIVERY_MAX_ATTEMPTS: 3,
          ...config,
        },
      });
      started.push({ worker, pool });
      return worker;
    },
    async stop(worker: DeliveryWorker) {
      const entry = started.find((s) => s.worker === worker);
      if (!entry) return;
      started.splice(started.indexOf(entry), 1);
      await entry.worker.stop();
      await entry.pool.destroy();
    },
    async stopAll() {
      for (const { worker } of [...started]) await this.stop(worker);
    },
  };
}

const statusCounts = async (app: TestApp) =>
  Object.fromEntries(
    (
      (await app.db.query(
        `SELECT kind || ':' || channel || ':' || status AS k, count(*)::int AS n FROM delivery GROUP BY 1`,
      )) as { k: string; n: number }[]
    ).map((r) => [r.k, r.n]),
  );

const dingtalkSignatureValid = (query: URLSearchParams, secret: string) =>
  createHmac('sha256', secret)
    .update(`${query.get('timestamp')}\n${secret}`)
    .digest('base64') === query.get('sign');
const feishuSignatureValid = (body: Record<string, unknown>, secret: string) =>
  createHmac('sha256', `${String(body.timestamp)}\n${secret}`)
    .update('')
    .digest('base64') === body.sign;
const AMOUNT = /CNY|¥|\d{1,3}(,\d{3})+\.\d{2}/;

describe('delivery: a PAYMENT_OVERDUE escalation leaves the console', () => {
  let app: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let robots: Awaited<ReturnType<typeof startRobotReceiver>>;
  let workers: ReturnType<typeof workerFactory>;
  let admin: string;
  let user: Record<string, string>;
  let accountName: string;
  const N = 12;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    robots = await startRobotReceiver();
    // With the customer maps: deals, contracts and milestones.
    app = await startTestApp({ demoMaps: true, config: { ROBOT_EXTRA_HOSTS: ['127.0.0.1'] } });
    // The demo's own notifications are not what these tests count.
    await app.db.query('UPDATE notification SET dispatched_at = now()');
    workers = workerFactory(app, { SMTP_URL: smtp.url });
    admin = await app.login('admin@trident.demo');
    user = await ids(app);
    process.env.TRIDENT_TEST_FEISHU_HOOK = `${robots.base}/feishu/open-apis/bot/v2/hook/${SECRETS.feishuHook}`;
  });
  afterAll(async () => {
    await workers.stopAll();
    await app.close();
    await smtp.close();
    await robots.close();
  });

  it('reaches the collection manager by SMTP and a DingTalk robot, and the team robot, exactly once across two workers and a restart', async () => {
    const dingtalk = await app.must<{ createDeliveryRobot: { id: string; signed: boolean } }>(
      CREATE_ROBOT,
      {
        i: {
          name: '回款群 Collections',
          platform: 'DINGTALK',
          webhook: `${robots.base}/dingtalk/robot/send?access_token=${SECRETS.dingtalkToken}`,
          secret: SECRETS.dingtalkSecret,
        },
      },
      admin,
    );
    expect(dingtalk.createDeliveryRobot.signed).toBe(true);
    // The team's Feishu robot is named by an environment variable, its secret stored.
    const feishu = await app.must<{ createDeliveryRobot: { id: string; webhookHost: string } }>(
      CREATE_ROBOT,
      {
        i: {
          name: '深圳项目群 Shenzhen team',
          platform: 'FEISHU',
          webhook: 'env:TRIDENT_TEST_FEISHU_HOOK',
          secret: SECRETS.feishuSecret,
        },
      },
      admin,
    );
    expect(feishu.createDeliveryRobot.webhookHost).toBe('env:TRIDENT_TEST_FEISHU_HOOK');
    const finance = await app.login('finance@trident.demo');
    const saved = await app.must<{ setMyDeliveryPreferences: { robots: { name: string }[] } }>(
      SET_PREFERENCES,
      {
        i: {
          language: 'ZH',
          topics: [
            { topic: 'PAYMENT_OVERDUE', channels: ['EMAIL', 'DINGTALK'] },
            { topic: 'ESCALATION', channels: ['EMAIL'] },
          ],
          robotIds: [dingtalk.createDeliveryRobot.id],
        },
      },
      finance,
    );
    expect(saved.setMyDeliveryPreferences.robots).toEqual([
      expect.objectContaining({ name: '回款群 Collections' }),
    ]);
    const fixture = await overdueMilestones(app, N);
    const accountId = fixture.accountId;
    accountName = fixture.accountName;
    const sales = await app.login('sales@trident.demo');
    await app.must(
      `mutation($a: ID!, $r: ID!) { setAccountTeamRobot(accountId: $a, input: { robotId: $r }) { minLevel robot { name } } }`,
      { a: accountId, r: feishu.createDeliveryRobot.id },
      sales,
    );
    await onlyRule(app, admin, '[{ target: OWNER, afterHours: 0 }]');

    const a = await workers.start();
    const b = await workers.start();
    expect((await new EscalationEngine(app.db).run(T0)).created).toBe(N);
    // A restart while messages go out: the first worker stops, another one starts.
    await until(
      async () => ((await statusCounts(app))['MESSAGE:EMAIL:SENT'] ?? 0) >= 2,
      'the first messages',
    );
    await workers.stop(a);
    const c = await workers.start();
    const done = async () => {
      const counts = await statusCounts(app);
      return (
        counts['MESSAGE:EMAIL:SENT'] === N &&
        counts['MESSAGE:DINGTALK:SENT'] === N &&
        counts['TEAM:FEISHU:SENT'] === N
      );
    };
    await until(done, 'every message sent', 60_000);
    // Late duplicates would arrive now; ticks and a second run of the engine add nothing.
    await Promise.all([b.tick(), c.tick()]);
    expect((await new EscalationEngine(app.db).run(T0)).created).toBe(0);
    await sleep(2500);

    expect(smtp.mails).toHaveLength(N);
    expect(new Set(smtp.mails.map((m) => m.messageId)).size).toBe(N);
    for (const mail of smtp.mails) {
      expect(mail.to).toMatchObject({ text: 'finance@trident.demo' });
      expect(mail.subject).toMatch(/^\[Trident\] 回款逾期 · 回款逾期 Overdue · L1$/);
      expect(mail.text).toMatch(/未回款金额: CNY 1,233,5\d\d\.89/);
      expect(mail.text).toContain('https://trident.test.example/#/escalations?filter=');
      expect(mail.html).toContain('在 Trident 中打开');
    }
    const dingtalkHits = robots.hits.filter((h) => h.path === '/dingtalk/robot/send');
    expect(dingtalkHits).toHaveLength(N);
    for (const hit of dingtalkHits) {
      expect(hit.query.get('access_token')).toBe(SECRETS.dingtalkToken);
      expect(dingtalkSignatureValid(hit.query, SECRETS.dingtalkSecret)).toBe(true);
      // A group chat has readers Trident does not know: no amount, even for finance.
      expect(JSON.stringify(hit.body)).not.toMatch(AMOUNT);
      expect(JSON.stringify(hit.body)).toContain('回款逾期');
      expect(hit.body).toMatchObject({
        msgtype: 'markdown',
        markdown: { title: expect.any(String) },
      });
    }
    const feishuHits = robots.hits.filter((h) => h.path.startsWith('/feishu/'));
    expect(feishuHits).toHaveLength(N);
    for (const hit of feishuHits) {
      expect(feishuSignatureValid(hit.body, SECRETS.feishuSecret)).toBe(true);
      expect(hit.body).toMatchObject({
        msg_type: 'post',
        content: { post: { zh_cn: expect.anything() } },
      });
      // The team's group is read by technical and delivery too: no amount.
      expect(JSON.stringify(hit.body)).not.toMatch(AMOUNT);
    }
  }, 120_000);

  it('never sends again what a dead worker may have sent: it is logged INTERRUPTED, and ADMIN may retry it', async () => {
    const [row] = await app.db.query(
      `UPDATE delivery SET status = 'SENDING', claimed_at = now() - interval '10 minutes'
        WHERE id = (SELECT id FROM delivery WHERE channel = 'EMAIL' AND status = 'SENT' LIMIT 1) RETURNING id`,
    );
    // Whichever tick sweeps it (the one a worker runs as it starts, or this one), it is swept
    // once: marked INTERRUPTED, never sent again.
    const worker = await workers.start();
    await worker.tick();
    await until(
      async () =>
        (
          await app.db.query(`SELECT 1 FROM delivery WHERE id = $1 AND reason = 'INTERRUPTED'`, [
            row[0].id,
          ])
        ).length === 1,
      'the interrupted message swept',
    );
    await sleep(1500);
    expect(smtp.mails).toHaveLength(N);
    const log = await app.must<{
      deliveries: { nodes: { id: string; status: string; reason: string }[] };
    }>(
      '{ deliveries(filter: { status: FAILED }) { nodes { id status reason error recipient { email } } } }',
      {},
      admin,
    );
    expect(log.deliveries.nodes).toEqual([
      expect.objectContaining({ id: row[0].id, status: 'FAILED', reason: 'INTERRUPTED' }),
    ]);
    await app.must(
      'mutation($id: ID!) { retryDelivery(id: $id) { status } }',
      { id: row[0].id },
      admin,
    );
    await until(() => smtp.mails.length === N + 1, 'the retried message');
  });

  it('tells a TECHNICAL recipient about the overdue payment without the amount', async () => {
    const resource = await app.must<{ createInternalResource: { id: string } }>(
      'mutation($u: ID!) { createInternalResource(input: { name: "方案专家 Solution expert", userId: $u, level: DECISION }) { id } }',
      { u: user.tech },
      admin,
    );
    await onlyRule(
      app,
      admin,
      `[{ target: OWNER, afterHours: 0 }, { target: RESOURCE, afterHours: 0, resourceId: "${resource.createInternalResource.id}" }]`,
    );
    const before = smtp.mails.length;
    await new EscalationEngine(app.db).run(T0);
    const isFor = (mail: ParsedMail, email: string) => JSON.stringify(mail.to).includes(email);
    await until(
      () =>
        smtp.mails.filter((m) => isFor(m, 'tech@trident.demo')).length === N &&
        smtp.mails.length - before === 2 * N,
      'the messages of the second rule',
    );
    for (const mail of smtp.mails.filter((m) => isFor(m, 'tech@trident.demo'))) {
      expect(mail.text).toContain('回款逾期');
      expect(mail.text).toContain(`客户: ${accountName}`);
      expect(`${mail.subject} ${mail.text} ${String(mail.html)}`).not.toMatch(AMOUNT);
    }
    for (const mail of smtp.mails.slice(before).filter((m) => isFor(m, 'finance@trident.demo')))
      expect(mail.text).toMatch(AMOUNT);
  }, 60_000);
});

describe('delivery: quiet hours, retries and secrets', () => {
  let app: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let robots: Awaited<ReturnType<typeof startRobotReceiver>>;
  let workers: ReturnType<typeof workerFactory>;
  let worker: DeliveryWorker;
  let admin: string;
  let user: Record<string, string>;
  const serverLog = capturingLogger();
  const workerLog = capturingLogger();
  const answers: string[] = [];

  /** Every API answer is kept, to look for secrets in it. */
  const gql = async <T>(query: string, variables: Record<string, unknown>, token: string) => {
    const res = await app.gql<T>(query, variables, token);
    answers.push(JSON.stringify(res));
    return res;
  };
  const must = async <T>(query: string, variables: Record<string, unknown>, token: string) => {
    const res = await gql<T>(query, variables, token);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data as T;
  };
  const notify = (userId: string, title: string) =>
    app.db.query(
      `INSERT INTO notification (user_id, kind, title, entity, entity_id) VALUES ($1, 'TASK', $2, 'Task', gen_random_uuid())`,
      [userId, title],
    );

  beforeAll(async () => {
    smtp = await startSmtpServer();
    robots = await startRobotReceiver();
    app = await startTestApp({
      config: { ROBOT_EXTRA_HOSTS: ['127.0.0.1'] },
      log: serverLog.log,
    });
    await app.db.query('UPDATE notification SET dispatched_at = now()');
    workers = workerFactory(app, { SMTP_URL: smtp.url });
    worker = await workers.start(workerLog.log);
    admin = await app.login('admin@trident.demo');
    user = await ids(app);
  });
  afterAll(async () => {
    await workers.stopAll();
    await app.close();
    await smtp.close();
    await robots.close();
  });

  it('holds what arrives in quiet hours and sends one digest when they end', async () => {
    const manager = await app.login('manager@trident.demo');
    const now = new Date();
    const hhmm = (minutes: number) =>
      `${String(Math.floor(((minutes + 1440) % 1440) / 60)).padStart(2, '0')}:${String(((minutes + 1440) % 1440) % 60).padStart(2, '0')}`;
    const minute = now.getUTCHours() * 60 + now.getUTCMinutes();
    await must(
      SET_PREFERENCES,
      {
        i: {
          language: 'EN',
          topics: [{ topic: 'TASK', channels: ['EMAIL'] }],
          quietStart: hhmm(minute - 60),
          quietEnd: hhmm(minute + 60),
          timeZone: 'UTC',
        },
      },
      manager,
    );
    for (const title of ['Night task one', 'Night task two', 'Night task three'])
      await notify(user.manager!, title);
    await worker.tick();
    expect(await statusCounts(app)).toMatchObject({ 'MESSAGE:EMAIL:HELD': 3 });
    await sleep(1500);
    expect(smtp.mails).toHaveLength(0);

    const after = new Date(now.getTime() + 2 * 3_600_000);
    expect((await worker.tick(after)).digests).toBe(1);
    await until(() => smtp.mails.length === 1, 'the digest');
    expect((await worker.tick(new Date(after.getTime() + 3_600_000))).digests).toBe(0);
    await sleep(1500);
    expect(smtp.mails).toHaveLength(1);
    const [digest] = smtp.mails;
    expect(digest!.subject).toBe('[Trident] 3 notifications from your quiet hours');
    for (const title of ['Night task one', 'Night task two', 'Night task three'])
      expect(digest!.text).toContain(title);
    expect(await statusCounts(app)).toMatchObject({
      'MESSAGE:EMAIL:DIGESTED': 3,
      'DIGEST:EMAIL:SENT': 1,
    });
  });

  it('retries a failed webhook with backoff and logs every failure, then gives up and says why', async () => {
    const wecom = await must<{ createDeliveryRobot: { id: string } }>(
      CREATE_ROBOT,
      {
        i: {
          name: '销售群 Sales WeCom',
          platform: 'WECOM',
          webhook: `${robots.base}/wecom/cgi-bin/webhook/send?key=${SECRETS.wecomKey}`,
        },
      },
      admin,
    );
    const failing = await must<{ createDeliveryRobot: { id: string } }>(
      CREATE_ROBOT,
      {
        i: {
          name: '坏掉的群 Broken',
          platform: 'DINGTALK',
          webhook: `${robots.base}/broken/robot/send?access_token=${SECRETS.failingToken}`,
          secret: SECRETS.dingtalkSecret,
        },
      },
      admin,
    );
    robots.answerWith((hit, nth) => {
      if (hit.path === '/broken/robot/send')
        // Platforms echo what they were sent: the token must not reach the log from here.
        return {
          status: 200,
          body: { errcode: 300001, errmsg: `token ${hit.query.get('access_token')} invalid` },
        };
      if (hit.path.startsWith('/wecom') && nth === 1) return { status: 502, body: null };
      if (hit.path.startsWith('/wecom') && nth === 2)
        return { status: 200, body: { errcode: 45009, errmsg: 'api freq out of limit' } };
      return { status: 200, body: { errcode: 0, errmsg: 'ok' } };
    });
    const sales = await app.login('sales@trident.demo');
    const tech = await app.login('tech@trident.demo');
    for (const [token, robot] of [
      [sales, wecom.createDeliveryRobot.id],
      [tech, failing.createDeliveryRobot.id],
    ] as const)
      await must(
        SET_PREFERENCES,
        {
          i: {
            language: 'ZH',
            topics: [{ topic: 'TASK', channels: ['WECOM', 'DINGTALK'] }],
            robotIds: [robot],
          },
        },
        token,
      );
    await notify(user.sales!, '请确认任务 Confirm the task');
    await notify(user.tech!, '请确认方案 Confirm the solution');
    await worker.kick();

    await until(
      async () => (await statusCounts(app))['MESSAGE:WECOM:SENT'] === 1,
      'the WeCom message',
      30_000,
    );
    const wecomHits = robots.hits.filter((h) => h.path.startsWith('/wecom'));
    expect(wecomHits).toHaveLength(3);
    // 1 s, then 2 s: exponential backoff between the attempts.
    expect(wecomHits[1]!.at - wecomHits[0]!.at).toBeGreaterThanOrEqual(900);
    expect(wecomHits[2]!.at - wecomHits[1]!.at).toBeGreaterThanOrEqual(1900);
    await until(
      async () => (await statusCounts(app))['MESSAGE:DINGTALK:FAILED'] === 1,
      'the broken robot to give up',
      30_000,
    );
    expect(robots.hits.filter((h) => h.path === '/broken/robot/send')).toHaveLength(3);

    const log = await must<{
      deliveries: {
        nodes: {
          status: string;
          reason: string;
          error: string;
          attempts: number;
          robot: { name: string };
        }[];
      };
    }>(
      '{ deliveries(filter: { kind: MESSAGE }) { nodes { channel status reason error attempts robot { name } recipient { email } } } }',
      {},
      admin,
    );
    expect(log.deliveries.nodes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ channel: 'WECOM', status: 'SENT', attempts: 3, reason: null }),
        expect.objectContaining({
          channel: 'DINGTALK',
          status: 'FAILED',
          attempts: 3,
          reason: 'REJECTED',
          error: 'errcode 300001: token [redacted] invalid',
          robot: { name: '坏掉的群 Broken' },
        }),
        // Email was not chosen for tasks: logged as skipped by preference.
        expect.objectContaining({ channel: 'EMAIL', status: 'SKIPPED', reason: 'PREFERENCE' }),
      ]),
    );
    // Each failed attempt was logged with its reason.
    const failures = workerLog.lines.filter((line) => line.includes('delivery failed'));
    expect(failures.length).toBeGreaterThanOrEqual(4);
    // The log is ADMIN's.
    const refused = await gql('{ deliveries { totalCount } }', {}, sales);
    expect(refused.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  }, 60_000);

  it('never answers or logs a robot secret', async () => {
    const feishu = await must<{ createDeliveryRobot: { id: string } }>(
      CREATE_ROBOT,
      {
        i: {
          name: '飞书 Feishu',
          platform: 'FEISHU',
          webhook: `${robots.base}/feishu/open-apis/bot/v2/hook/${SECRETS.feishuHook}`,
          secret: SECRETS.feishuSecret,
        },
      },
      admin,
    );
    // Refusals name the field, never the value.
    const refused = await gql(
      `mutation($id: ID!, $i: UpdateDeliveryRobotInput!) { updateDeliveryRobot(id: $id, version: 1, input: $i) { id } }`,
      {
        id: feishu.createDeliveryRobot.id,
        i: { webhook: `https://evil.example/${SECRETS.feishuHook}` },
      },
      admin,
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'webhook',
    });
    await must(
      `mutation($id: ID!, $i: UpdateDeliveryRobotInput!) { updateDeliveryRobot(id: $id, version: 1, input: $i) { version } }`,
      { id: feishu.createDeliveryRobot.id, i: { secret: SECRETS.feishuSecret, active: true } },
      admin,
    );
    // Every way an answer could carry one.
    await must(
      '{ deliveryRobots { id name platform webhookHost signed active version createdAt updatedAt } robotChoices { id name platform } deliverySettings { mode smtpHost from publicUrl canStoreSecrets extraRobotHosts } }',
      {},
      admin,
    );
    await must(
      '{ auditEvents(filter: { entity: "DeliveryRobot" }, first: 100) { nodes { action before after } } }',
      {},
      admin,
    );
    await must(
      '{ deliveries(first: 500) { nodes { id key subject status reason error robot { id name } } } }',
      {},
      admin,
    );
    await must('{ outbox { nodes { address subject text } } }', {}, admin);
    const stored: { webhook_cipher: string | null; secret_cipher: string | null }[] =
      await app.db.query('SELECT webhook_cipher, secret_cipher FROM delivery_robot');
    const everything = [
      ...answers,
      ...serverLog.lines,
      ...workerLog.lines,
      JSON.stringify(await app.db.query('SELECT before, after FROM audit_event')),
    ].join('\n');
    expect(serverLog.lines.length).toBeGreaterThan(10);
    expect(workerLog.lines.length).toBeGreaterThan(5);
    for (const secret of Object.values(SECRETS)) {
      expect([secret, everything.includes(secret)]).toEqual([secret, false]);
      expect(JSON.stringify(stored)).not.toContain(secret);
    }
    for (const row of stored)
      for (const cipher of [row.webhook_cipher, row.secret_cipher].filter(Boolean))
        expect(everything.includes(cipher!)).toBe(false);
  });
});
