import { startTestApp, type TestApp } from './support/test-app';

/** The top bar's search: one query, the caller's scope, every kind a role may list. */
describe('search', () => {
  let app: TestApp;
  let sales: string;
  let admin: string;
  const SEARCH = `query($text: String!, $first: Int) {
    search(text: $text, first: $first) { kind id name detail accountId accountName }
  }`;
  type Hit = { kind: string; id: string; name: string; accountId: string; accountName: string };
  const search = async (token: string, text: string, first?: number) =>
    (await app.must<{ search: Hit[] }>(SEARCH, { text, first }, token)).search;

  beforeAll(async () => {
    app = await startTestApp({ demoMaps: true });
    sales = await app.login('sales@trident.demo');
    admin = await app.login('admin@trident.demo');
  });
  afterAll(() => app.close());

  it('finds accounts, contacts, deals and contracts by a part of their name', async () => {
    const [contact] = (await app.db.query(
      `SELECT c.name, c.account_id FROM contact c
         JOIN account_team_member m ON m.account_id = c.account_id
         JOIN "user" u ON u.id = m.user_id AND u.email = 'sales@trident.demo'
        ORDER BY c.name LIMIT 1`,
    )) as { name: string; account_id: string }[];
    const [deal] = (await app.db.query(
      `SELECT o.name FROM opportunity o
         JOIN account_team_member m ON m.account_id = o.account_id
         JOIN "user" u ON u.id = m.user_id AND u.email = 'sales@trident.demo' LIMIT 1`,
    )) as { name: string }[];
    const [contract] = (await app.db.query(
      `SELECT k.title FROM contract k
         JOIN account_team_member m ON m.account_id = k.account_id
         JOIN "user" u ON u.id = m.user_id AND u.email = 'sales@trident.demo' LIMIT 1`,
    )) as { title: string }[];
    const inner = (text: string) => text.slice(1, Math.max(3, Math.min(text.length - 1, 6)));

    const contacts = await search(sales, inner(contact!.name), 20);
    expect(contacts).toContainEqual(
      expect.objectContaining({
        kind: 'CONTACT',
        name: contact!.name,
        accountId: contact!.account_id,
      }),
    );
    expect(
      (await search(sales, inner(deal!.name), 20)).map((h) => [h.kind, h.name]),
    ).toContainEqual(['OPPORTUNITY', deal!.name]);
    expect(
      (await search(sales, inner(contract!.title), 20)).map((h) => [h.kind, h.name]),
    ).toContainEqual(['CONTRACT', contract!.title]);
  });

  it('never returns a record of an account outside the caller’s scope, of any kind', async () => {
    const outside = (await app.db.query(
      `SELECT 'CONTACT' AS kind, c.name FROM contact c WHERE NOT EXISTS (
         SELECT 1 FROM account_team_member m JOIN "user" u ON u.id = m.user_id
          WHERE m.account_id = c.account_id AND u.email = 'sales@trident.demo') 
       UNION ALL SELECT 'ACCOUNT', a.name FROM account a WHERE NOT EXISTS (
         SELECT 1 FROM account_team_member m JOIN "user" u ON u.id = m.user_id
          WHERE m.account_id = a.id AND u.email = 'sales@trident.demo')
       UNION ALL SELECT 'OPPORTUNITY', o.name FROM opportunity o WHERE NOT EXISTS (
         SELECT 1 FROM account_team_member m JOIN "user" u ON u.id = m.user_id
          WHERE m.account_id = o.account_id AND u.email = 'sales@trident.demo')`,
    )) as { kind: string; name: string }[];
    const visible = new Set(
      (
        (await app.db.query(
          `SELECT m.account_id FROM account_team_member m JOIN "user" u ON u.id = m.user_id
          WHERE u.email = 'sales@trident.demo'`,
        )) as { account_id: string }[]
      ).map((row) => row.account_id),
    );
    expect(outside.length).toBeGreaterThan(10);
    for (const record of outside.slice(0, 12)) {
      const hits = await search(sales, record.name, 20);
      for (const hit of hits)
        expect([hit.name, visible.has(hit.accountId)]).toEqual([hit.name, true]);
      // ADMIN sees every account: the same text finds the record.
      expect((await search(admin, record.name, 20)).map((h) => h.name)).toContain(record.name);
    }
  });

  it('puts names that begin with the text first, and takes wildcards literally', async () => {
    const hits = await search(admin, '中', 20);
    const accounts = hits.filter((h) => h.kind === 'ACCOUNT');
    const firstNotPrefix = accounts.findIndex((h) => !h.name.startsWith('中'));
    if (firstNotPrefix >= 0)
      expect(accounts.slice(firstNotPrefix).every((h) => !h.name.startsWith('中'))).toBe(true);
    expect(accounts.length).toBeGreaterThan(0);
    expect(await search(admin, '%', 20)).toEqual([]);
    expect(await search(admin, '_', 20)).toEqual([]);
  });

  it('refuses blank text and impossible page sizes with the field, and BI tokens', async () => {
    for (const [text, first, field] of [
      ['   ', 5, 'text'],
      ['x'.repeat(101), 5, 'text'],
      ['a', 0, 'first'],
      ['a', 21, 'first'],
    ] as const) {
      const res = await app.gql(SEARCH, { text, first }, sales);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const bi = await app.login('bi@trident.demo');
    const res = await app.gql(SEARCH, { text: 'a' }, bi);
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
