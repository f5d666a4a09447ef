import { startTestApp, type TestApp } from './support/test-app';

/**
 * A notification is stored as what it says, not as words: the bell asks for its language, and a
 * Chinese desk no longer reads "New need (MINOR)". Rows written before keep their English.
 */
describe('notifications in the reader’s language', () => {
  let app: TestApp;
  let sales: string;
  let tech: string;
  let accountId: string;
  const LATEST = `query($language: Language) {
    notifications(first: 1) {
      nodes { id kind title body asked: title(language: $language) askedBody: body(language: $language) }
    }
  }`;
  type Latest = {
    notifications: {
      nodes: {
        id: string;
        kind: string;
        title: string;
        body: string | null;
        asked: string;
        askedBody: string | null;
      }[];
    };
  };
  const latest = async (language: string | null, token = sales) =>
    (await app.must<Latest>(LATEST, { language }, token)).notifications.nodes[0]!;

  beforeAll(async () => {
    app = await startTestApp();
    sales = await app.login('sales@trident.demo');
    tech = await app.login('tech@trident.demo');
    // An account where sales@ is the AR and tech@ sits on the team.
    [{ account_id: accountId }] = await app.db.query(
      `SELECT ar.account_id FROM account_team_member ar
         JOIN account_team_member sr ON sr.account_id = ar.account_id
         JOIN "user" a ON a.id = ar.user_id AND a.email = 'sales@trident.demo'
         JOIN "user" t ON t.id = sr.user_id AND t.email = 'tech@trident.demo'
        WHERE ar.team_role = 'AR' LIMIT 1`,
    );
  });
  afterAll(() => app.close());

  it('writes a reported feedback in Chinese for a Chinese reader, in English by default, no code in either', async () => {
    await app.must(
      `mutation($a: ID!) { reportFeedback(input: { accountId: $a, kind: NEW_NEED, severity: MAJOR, text: "客户要扩容 more sites" }) { id } }`,
      { a: accountId },
      tech,
    );
    const zh = await latest('ZH');
    expect(zh).toMatchObject({
      kind: 'FEEDBACK',
      asked: '新需求（重大）',
      title: 'New need (major)',
    });
    // The body is the reporter's own text, as they wrote it, in any language.
    expect(zh.askedBody).toBe('客户要扩容 more sites');
    expect((await latest('EN')).asked).toBe('New need (major)');
    expect((await latest(null)).asked).toBe('New need (major)');
    for (const words of [zh.asked, zh.title]) expect(words).not.toMatch(/NEW_NEED|MAJOR|MINOR/);
  });

  it('writes our own body in the reader’s language too: a new task asks to confirm it', async () => {
    const [{ id: salesId }] = await app.db.query(
      `SELECT id FROM "user" WHERE email = 'sales@trident.demo'`,
    );
    await app.must(
      `mutation($a: ID!, $u: ID!, $due: DateTime!) { createTask(input: { accountId: $a, title: "约见决策人", assigneeId: $u, due: $due }) { id } }`,
      { a: accountId, u: salesId, due: new Date(Date.now() + 3 * 86_400_000).toISOString() },
      tech,
    );
    const zh = await latest('ZH');
    expect(zh).toMatchObject({
      kind: 'TASK',
      asked: '新任务：约见决策人',
      askedBody: '请确认任务内容、质量要求、预期结果和完成时间。',
      title: 'New task: 约见决策人',
      body: 'Please confirm the content, quality, expected result and due date.',
    });
  });

  it('answers a row written before texts were kept with its English words, in any language', async () => {
    const [{ id: salesId }] = await app.db.query(
      `SELECT id FROM "user" WHERE email = 'sales@trident.demo'`,
    );
    await app.db.query(
      `INSERT INTO notification (user_id, kind, title, body, entity, entity_id, created_at)
       VALUES ($1, 'TASK', 'Old words', 'Old body', 'Task', $1, now() + interval '1 minute')`,
      [salesId],
    );
    expect(await latest('ZH')).toMatchObject({ asked: 'Old words', askedBody: 'Old body' });
  });
});
