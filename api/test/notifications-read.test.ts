import { startTestApp, type TestApp } from './support/test-app';

/**
 * Marking notifications read: only one's own change, each once under parallel clicks, and the
 * audit log records what was read, never a call that read nothing (anyone may call it, so an
 * empty or foreign list must not let them fill the log).
 */
describe('marking notifications read', () => {
  let app: TestApp;
  let sales: string;
  const id: Record<string, string> = {};
  const MARK = 'mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }';

  const notify = async (userId: string) =>
    (
      await app.db.query(
        `INSERT INTO notification (user_id, kind, title, entity, entity_id)
         VALUES ($1, 'TASK', 't', 'Task', $1) RETURNING id`,
        [userId],
      )
    )[0].id as string;
  const audits = async () =>
    Number(
      (await app.db.query(`SELECT count(*) FROM audit_event WHERE action = 'notification.read'`))[0]
        .count,
    );
  const readAt = async (notificationId: string) =>
    (await app.db.query('SELECT read_at FROM notification WHERE id = $1', [notificationId]))[0]
      .read_at as Date | null;

  beforeAll(async () => {
    app = await startTestApp();
    sales = await app.login('sales@trident.demo');
    for (const u of await app.db.query('SELECT email, id FROM "user"'))
      id[u.email.split('@')[0]] = u.id;
  });
  afterAll(() => app.close());

  it('records nothing for an empty list or for ids that are not the caller’s', async () => {
    const theirs = await notify(id.sales2!);
    const before = await audits();
    for (const ids of [[], [theirs], Array.from({ length: 50 }, () => theirs.replace(/.$/, '0'))]) {
      const res = await app.must<{ markNotificationsRead: number }>(
        MARK,
        { ids: [...new Set(ids)] },
        sales,
      );
      expect(res.markNotificationsRead).toBe(0);
    }
    expect(await audits()).toBe(before);
    expect(await readAt(theirs)).toBeNull();
  });

  it('reads one of mine once, with one audit event, when eight clicks race', async () => {
    const mine = await notify(id.sales!);
    const before = await audits();
    const answers = await Promise.all(
      Array.from({ length: 8 }, () =>
        app.must<{ markNotificationsRead: number }>(MARK, { ids: [mine] }, sales),
      ),
    );
    expect(answers.reduce((sum, a) => sum + a.markNotificationsRead, 0)).toBe(1);
    expect(await audits()).toBe(before + 1);
    expect(await readAt(mine)).toBeInstanceOf(Date);
  });
});
