import { startTestApp, type TestApp } from './support/test-app';
import { drainEscalationJobs, pendingEscalationJobs } from './support/escalation-jobs';
import { escalationQueueProducer } from '../src/modules/escalations/escalation-requests';
import pino from 'pino';

const SZ = '中国移动通信集团广东有限公司深圳分公司';
const REPORT = `mutation($input: ReportFeedbackInput!) { reportFeedback(input: $input) { id } }`;
const ACK = 'mutation($id: ID!) { acknowledgeFeedback(id: $id) { id acknowledgedAt } }';

/**
 * Issue 23, item 4: the escalation engine runs from the job queue, not inside the mutation.
 * The mutation commits, then sends a job; the worker evaluates the rules the job names.
 */
describe('escalations off the request path', () => {
  let app: TestApp;
  let sales: string;
  let tech: string;
  let accountId: string;
  const id: Record<string, string> = {};

  beforeAll(async () => {
    app = await startTestApp({ demoMaps: true });
    [sales, tech] = (await Promise.all(
      ['sales', 'tech'].map((u) => app.login(`${u}@trident.demo`)),
    )) as [string, string];
    for (const u of await app.db.query('SELECT email, id FROM "user"'))
      id[u.email.split('@')[0]] = u.id;
    [{ id: accountId }] = await app.db.query('SELECT id FROM account WHERE name = $1', [SZ]);
  });
  afterAll(() => app.close());

  const escalationsOf = (objectId: string) =>
    app.db.query(
      `SELECT level, target_user_id, status FROM escalation WHERE object_id = $1 ORDER BY level`,
      [objectId],
    ) as Promise<{ level: number; target_user_id: string; status: string }[]>;
  const notificationsOf = async (objectId: string) =>
    Number(
      (
        await app.db.query(
          `SELECT count(*) AS n FROM notification n JOIN escalation e ON e.id = n.entity_id
            WHERE n.entity = 'Escalation' AND e.object_id = $1`,
          [objectId],
        )
      )[0].n,
    );

  it('a major negative feedback: the report answers before any escalation; the worker raises it once', async () => {
    const report = await app.must<{ reportFeedback: { id: string } }>(
      REPORT,
      { input: { accountId, kind: 'NEGATIVE', severity: 'CRITICAL', text: '核心网中断 Outage' } },
      tech,
    );
    const feedbackId = report.reportFeedback.id;
    // Nothing evaluated inside the mutation: no escalation, no notification of one…
    expect(await escalationsOf(feedbackId)).toEqual([]);
    expect(await notificationsOf(feedbackId)).toBe(0);
    // …but a job waits on the queue, naming the trigger.
    expect(await pendingEscalationJobs(app)).toEqual([
      {
        state: 'created',
        data: { triggers: ['NEGATIVE_FEEDBACK'], reason: 'feedback.report' },
      },
    ]);

    await drainEscalationJobs(app);
    expect(await escalationsOf(feedbackId)).toEqual([
      { level: 1, target_user_id: id.sales, status: 'OPEN' },
      { level: 2, target_user_id: id.manager, status: 'OPEN' },
    ]);
    expect(await notificationsOf(feedbackId)).toBe(2);

    // The same job twice more (a retry, a second process asking): still one per level.
    const producer = escalationQueueProducer(
      (app.db.options as { url: string }).url,
      pino({ level: 'silent' }),
    );
    await producer.request(['NEGATIVE_FEEDBACK'], 'test.duplicate');
    await producer.request(['NEGATIVE_FEEDBACK', 'FEEDBACK_UNACKED'], 'test.duplicate');
    await producer.stop();
    await drainEscalationJobs(app);
    expect(await escalationsOf(feedbackId)).toHaveLength(2);
    expect(await notificationsOf(feedbackId)).toBe(2);
  });

  it('acknowledging resolves through the worker, not inside the mutation', async () => {
    const report = await app.must<{ reportFeedback: { id: string } }>(
      REPORT,
      {
        input: { accountId, kind: 'NEGATIVE', severity: 'MAJOR', text: '割接失败 Cutover failed' },
      },
      tech,
    );
    const feedbackId = report.reportFeedback.id;
    await drainEscalationJobs(app);
    expect((await escalationsOf(feedbackId)).map((e) => e.status)).toEqual(['OPEN', 'OPEN']);

    const ack = await app.must<{ acknowledgeFeedback: { acknowledgedAt: string | null } }>(
      ACK,
      { id: feedbackId },
      sales,
    );
    expect(ack.acknowledgeFeedback.acknowledgedAt).not.toBeNull();
    // The mutation committed and answered; the escalations are still open until the worker runs.
    expect((await escalationsOf(feedbackId)).map((e) => e.status)).toEqual(['OPEN', 'OPEN']);
    expect((await pendingEscalationJobs(app)).map((j) => j.data)).toEqual([
      { triggers: ['FEEDBACK_UNACKED', 'NEGATIVE_FEEDBACK'], reason: 'feedback.acknowledge' },
    ]);

    await drainEscalationJobs(app);
    expect((await escalationsOf(feedbackId)).map((e) => e.status)).toEqual([
      'RESOLVED',
      'RESOLVED',
    ]);
    expect(await notificationsOf(feedbackId)).toBe(2);
  });

  it('a run step moved asks the worker to re-evaluate blocked and late approvals', async () => {
    const [step] = (await app.db.query(
      `SELECT s.id, s.version, u.email FROM process_run_step s JOIN process_run r ON r.id = s.run_id
         JOIN account_team_member m ON m.account_id = r.account_id AND m.team_role = 'AR'
         JOIN "user" u ON u.id = m.user_id AND u.status = 'ACTIVE'
        WHERE r.status = 'RUNNING' AND s.status = 'PENDING' ORDER BY s.position LIMIT 1`,
    )) as { id: string; version: number; email: string }[];
    expect(step).toBeDefined();
    await drainEscalationJobs(app); // whatever the demo's seed left queued
    await app.must(
      `mutation($id: ID!, $v: Int!) { moveRunStep(id: $id, input: { status: IN_REVIEW }, version: $v) { id } }`,
      { id: step!.id, v: step!.version },
      await app.login(step!.email),
    );
    expect((await pendingEscalationJobs(app)).map((j) => j.data)).toEqual([
      { triggers: ['APPROVAL_BLOCKED', 'APPROVAL_LATE'], reason: 'process_run.step' },
    ]);
    await drainEscalationJobs(app);
    expect(await pendingEscalationJobs(app)).toEqual([]);
  });

  it('a minor or positive report asks for nothing', async () => {
    await app.must(
      REPORT,
      { input: { accountId, kind: 'POSITIVE', text: '客户表扬 Praise' } },
      tech,
    );
    expect(await pendingEscalationJobs(app)).toEqual([]);
  });
});
