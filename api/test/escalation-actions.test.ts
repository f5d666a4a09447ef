import { EscalationEngine } from '../src/modules/escalations/escalation-engine';
import { startTestApp, type TestApp } from './support/test-app';

const SZ = '中国移动通信集团广东有限公司深圳分公司';
const T0 = new Date('2030-01-01T00:00:00Z');

/** Escalations are acted on: taken in hand, closed by hand where the rule allows, handed on. */
describe('acting on escalations', () => {
  let app: TestApp;
  const id: Record<string, string> = {};
  const token: Record<string, string> = {};
  let accountId: string;
  let manualRule: string;
  let autoRule: string;

  const FIELDS =
    'id status targetUserId acknowledgedAt acknowledgedBy { id } resolvedBy { id } resolutionNote version';
  const ACK = `mutation($id: ID!) { acknowledgeEscalation(id: $id) { ${FIELDS} } }`;
  const RESOLVE = `mutation($id: ID!, $note: String!) { resolveEscalation(id: $id, note: $note) { ${FIELDS} } }`;
  const REASSIGN = `mutation($id: ID!, $u: ID!) { reassignEscalation(id: $id, userId: $u) { ${FIELDS} } }`;

  /** A fresh overdue task for tech@ and one escalation on it at level 1 (OWNER = tech@). */
  async function escalated(ruleId: string): Promise<string> {
    const [task] = (await app.db.query(
      `INSERT INTO task (account_id, title, due, assignee_id, requester_id, status)
       VALUES ($1, 'overdue', $2, $3, $4, 'ACKNOWLEDGED') RETURNING id`,
      [accountId, T0, id.tech, id.sales],
    )) as { id: string }[];
    await app.db.query('UPDATE escalation_rule SET active = (id = $1)', [ruleId]);
    await new EscalationEngine(app.db).run(new Date(T0.getTime() + 3_600_000));
    const [row] = (await app.db.query(
      'SELECT id FROM escalation WHERE object_id = $1 AND rule_id = $2',
      [task!.id, ruleId],
    )) as { id: string }[];
    return row!.id;
  }

  beforeAll(async () => {
    app = await startTestApp();
    for (const u of await app.db.query('SELECT email, id FROM "user"'))
      id[u.email.split('@')[0]] = u.id;
    for (const who of ['admin', 'manager', 'tech', 'sales', 'sales2', 'delivery'])
      token[who] = await app.login(`${who}@trident.demo`);
    [{ id: accountId }] = await app.db.query('SELECT id FROM account WHERE name = $1', [SZ]);
    const create = async (name: string, manualResolve: boolean) =>
      (
        await app.must<{ createEscalationRule: { id: string; manualResolve: boolean } }>(
          `mutation($n: String!, $m: Boolean!) { createEscalationRule(input: { name: $n, trigger: TASK_OVERDUE,
             manualResolve: $m, levels: [{ target: OWNER, afterHours: 0 }] }) { id manualResolve } }`,
          { n: name, m: manualResolve },
          token.admin!,
        )
      ).createEscalationRule;
    const manual = await create('可手动关闭 Manual', true);
    expect(manual.manualResolve).toBe(true);
    manualRule = manual.id;
    autoRule = (await create('自动关闭 Auto', false)).id;
  });
  afterAll(() => app.close());

  it('lets the person it reached take it in hand, once, and shows who', async () => {
    const escalation = await escalated(autoRule);
    const first = (
      await app.must<{ acknowledgeEscalation: Record<string, unknown> }>(
        ACK,
        { id: escalation },
        token.tech!,
      )
    ).acknowledgeEscalation;
    expect(first).toMatchObject({ status: 'OPEN', acknowledgedBy: { id: id.tech }, version: 2 });
    const again = (
      await app.must<{ acknowledgeEscalation: Record<string, unknown> }>(
        ACK,
        { id: escalation },
        token.tech!,
      )
    ).acknowledgeEscalation;
    expect(again).toEqual(first);
    const audit = await app.db.query(
      "SELECT count(*)::int AS n FROM audit_event WHERE entity_id = $1 AND action = 'escalation.acknowledge'",
      [escalation],
    );
    expect(audit[0].n).toBe(1);
  });

  it('refuses closing by hand when the rule closes it by itself, and writes nothing', async () => {
    const escalation = await escalated(autoRule);
    const res = await app.gql(RESOLVE, { id: escalation, note: 'done' }, token.tech!);
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'RESOLVES_ITSELF',
    });
    const [row] = await app.db.query('SELECT status, version FROM escalation WHERE id = $1', [
      escalation,
    ]);
    expect(row).toEqual({ status: 'OPEN', version: 1 });
  });

  it('closes by hand with a note where the rule allows; a second close conflicts', async () => {
    const escalation = await escalated(manualRule);
    const blank = await app.gql(RESOLVE, { id: escalation, note: '  ' }, token.tech!);
    // A reason with every refusal, so the console can say it in the user's language.
    expect(blank.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'note',
      reason: 'BLANK',
    });
    const done = (
      await app.must<{ resolveEscalation: Record<string, unknown> }>(
        RESOLVE,
        { id: escalation, note: '客户已确认 confirmed with the customer' },
        token.manager!, // above tech@ in the reporting line
      )
    ).resolveEscalation;
    expect(done).toMatchObject({
      status: 'RESOLVED',
      resolvedBy: { id: id.manager },
      resolutionNote: '客户已确认 confirmed with the customer',
    });
    const again = await app.gql(RESOLVE, { id: escalation, note: 'x' }, token.tech!);
    expect(again.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'ALREADY_RESOLVED',
    });
    // The worker does not re-open what was closed by hand while the task is still overdue.
    await new EscalationEngine(app.db).run(new Date(T0.getTime() + 7_200_000));
    const [row] = await app.db.query('SELECT status FROM escalation WHERE id = $1', [escalation]);
    expect(row.status).toBe('RESOLVED');
  });

  it('lets only the holder, their managers or ADMIN act; others do not even see it', async () => {
    const escalation = await escalated(manualRule);
    // sales2@ has no seat on the account and is not above tech@: NOT_FOUND, not FORBIDDEN.
    const stranger = await app.gql(ACK, { id: escalation }, token.sales2!);
    expect(stranger.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    // sales@ sees the account but is not tech@'s manager.
    const teammate = await app.gql(ACK, { id: escalation }, token.sales!);
    expect(teammate.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const [row] = await app.db.query(
      'SELECT acknowledged_at, version FROM escalation WHERE id = $1',
      [escalation],
    );
    expect(row).toEqual({ acknowledged_at: null, version: 1 });
  });

  it('lets a manager hand it to someone in their line, who is told; not to anyone else', async () => {
    const escalation = await escalated(autoRule);
    await app.must(ACK, { id: escalation }, token.tech!);
    const byPeer = await app.gql(REASSIGN, { id: escalation, u: id.delivery }, token.tech!);
    // TECHNICAL may not hand escalations on at all: the role gate refuses first.
    expect(byPeer.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE' });
    const toHolder = await app.gql(REASSIGN, { id: escalation, u: id.tech }, token.manager!);
    expect(toHolder.errors?.[0]?.extensions).toMatchObject({
      field: 'userId',
      reason: 'ALREADY_HOLDS_ESCALATION',
    });
    const outside = await app.gql(REASSIGN, { id: escalation, u: id.sales2 }, token.manager!);
    const [line] = await app.db.query(
      `WITH RECURSIVE chain(id) AS (SELECT manager_id FROM "user" WHERE id = $1
         UNION SELECT u.manager_id FROM "user" u JOIN chain ON u.id = chain.id)
       SELECT bool_or(id = $2) AS above FROM chain`,
      [id.sales2, id.manager],
    );
    if (!line.above)
      expect(outside.errors?.[0]?.extensions).toMatchObject({
        field: 'userId',
        reason: 'NOT_IN_REPORTING_LINE',
      });
    // Someone of the line who may not see the account is not handed it: they would read its
    // summary and act on a record outside their access.
    const [unseated] = (await app.db.query(
      `WITH RECURSIVE line(id) AS (SELECT id FROM "user" WHERE manager_id = $1
         UNION SELECT u.id FROM "user" u JOIN line ON u.manager_id = line.id)
       SELECT u.id FROM line JOIN "user" u USING (id)
        WHERE u.status = 'ACTIVE' AND NOT trident_may_see_account(u.id, $2) LIMIT 1`,
      [id.manager, accountId],
    )) as { id: string }[];
    expect(unseated).toBeDefined();
    const auditsBefore = await app.count('audit_event');
    const unseatedAnswer = await app.gql(
      REASSIGN,
      { id: escalation, u: unseated!.id },
      token.manager!,
    );
    expect(unseatedAnswer.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'userId',
      reason: 'NOT_ON_ACCOUNT_TEAM',
    });
    expect(await app.count('audit_event')).toBe(auditsBefore);
    const [still] = await app.db.query('SELECT target_user_id FROM escalation WHERE id = $1', [
      escalation,
    ]);
    expect(still.target_user_id).toBe(id.tech);
    const notified = await app.count('notification');
    const handed = (
      await app.must<{ reassignEscalation: Record<string, unknown> }>(
        REASSIGN,
        { id: escalation, u: id.delivery },
        token.manager!,
      )
    ).reassignEscalation;
    expect(handed).toMatchObject({ targetUserId: id.delivery, acknowledgedAt: null });
    expect(await app.count('notification')).toBe(notified + 1);
    const [note] = await app.db.query(
      'SELECT user_id, entity_id FROM notification ORDER BY created_at DESC LIMIT 1',
    );
    expect(note).toEqual({ user_id: id.delivery, entity_id: escalation });
    // delivery@ may now act on it.
    await app.must(ACK, { id: escalation }, token.delivery!);
  });
});
