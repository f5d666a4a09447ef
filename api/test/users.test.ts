import { startTestApp, type TestApp } from './support/test-app';

const CREATE =
  'mutation($input: CreateUserInput!) { createUser(input: $input) { id email roles version manager { email } } }';
const UPDATE =
  'mutation($id: ID!, $input: UpdateUserInput!, $v: Int!) { updateUser(id: $id, input: $input, version: $v) { id status version roles } }';

describe('users: ADMIN manages the directory', () => {
  let app: TestApp;
  let admin: string;
  beforeAll(async () => {
    app = await startTestApp();
    admin = await app.login('admin@trident.demo');
  });
  afterAll(() => app.close());

  const userId = async (email: string) =>
    (await app.db.query('SELECT id FROM "user" WHERE email = $1', [email]))[0].id as string;

  it('creates a user who can then sign in, and audits it without the password hash', async () => {
    const res = await app.gql<{
      createUser: { id: string; roles: string[]; manager: { email: string } };
    }>(
      CREATE,
      {
        input: {
          name: '郑凯 Zheng Kai',
          email: 'Zheng.Kai@trident.demo',
          password: 'a-long-password',
          roles: ['SALES'],
          managerId: await userId('manager@trident.demo'),
        },
      },
      admin,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.createUser.manager.email).toBe('manager@trident.demo');
    await expect(app.login('zheng.kai@trident.demo', 'a-long-password')).resolves.toBeTruthy();
    const [event] = await app.db.query(
      `SELECT after FROM audit_event WHERE action = 'user.create'`,
    );
    expect(event.after.email).toBe('zheng.kai@trident.demo');
    expect(JSON.stringify(event.after)).not.toMatch(/argon2|passwordHash/);
  });

  it('refuses a duplicate email with CONFLICT and a short password with BAD_USER_INPUT', async () => {
    const before = await app.count('"user"');
    const dup = await app.gql(
      CREATE,
      {
        input: {
          name: 'Dup',
          email: 'sales@trident.demo',
          password: 'a-long-password',
          roles: ['SALES'],
        },
      },
      admin,
    );
    expect(dup.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'email' });
    const short = await app.gql(
      CREATE,
      {
        input: { name: 'Short', email: 'short@trident.demo', password: 'short', roles: ['SALES'] },
      },
      admin,
    );
    expect(short.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'password',
    });
    const noRole = await app.gql(
      CREATE,
      {
        input: { name: 'None', email: 'none@trident.demo', password: 'a-long-password', roles: [] },
      },
      admin,
    );
    expect(noRole.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'roles',
    });
    expect(await app.count('"user"')).toBe(before);
  });

  it('keeps the reporting line a tree', async () => {
    const managerId = await userId('manager@trident.demo');
    const [manager] = await app.db.query('SELECT version FROM "user" WHERE id = $1', [managerId]);
    const res = await app.gql(
      UPDATE,
      {
        id: managerId,
        input: { managerId: await userId('sales@trident.demo') },
        v: manager.version,
      },
      admin,
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'managerId',
    });
  });

  it('marks a user departed, which stops their sign-in; a stale version is a CONFLICT', async () => {
    const id = await userId('delivery2@trident.demo');
    const [row] = await app.db.query('SELECT version FROM "user" WHERE id = $1', [id]);
    const res = await app.gql<{ updateUser: { status: string; version: number } }>(
      UPDATE,
      { id, input: { status: 'DEPARTED' }, v: row.version },
      admin,
    );
    expect(res.data?.updateUser).toMatchObject({ status: 'DEPARTED', version: row.version + 1 });
    await expect(app.login('delivery2@trident.demo')).rejects.toThrow(/left/);
    const stale = await app.gql(UPDATE, { id, input: { status: 'ACTIVE' }, v: row.version }, admin);
    expect(stale.errors?.[0]?.extensions.code).toBe('CONFLICT');
  });

  it('lets only ADMIN change users', async () => {
    const manager = await app.login('manager@trident.demo');
    const res = await app.gql(
      CREATE,
      {
        input: {
          name: 'X',
          email: 'x@trident.demo',
          password: 'a-long-password',
          roles: ['ADMIN'],
        },
      },
      manager,
    );
    expect(res.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });

  it('lists and searches the directory with a total count', async () => {
    const sales = await app.login('sales2@trident.demo');
    const res = await app.gql<{ users: { totalCount: number; nodes: { email: string }[] } }>(
      '{ users(filter: { role: SALES, search: "trident.demo" }, orderBy: [{ field: EMAIL, direction: ASC }]) { totalCount nodes { email } } }',
      {},
      sales,
    );
    expect(res.errors).toBeUndefined();
    const emails = res.data!.users.nodes.map((n) => n.email);
    expect(emails).toEqual([...emails].sort());
    expect(emails).toEqual(expect.arrayContaining(['sales@trident.demo', 'sales2@trident.demo']));
    expect(res.data!.users.totalCount).toBe(emails.length);
  });

  it('writes exactly one audit event per successful mutation, and none for a failed one', async () => {
    const sales = await app.login('sales2@trident.demo');
    const id = await userId('tech2@trident.demo');
    const [row] = await app.db.query('SELECT version FROM "user" WHERE id = $1', [id]);
    const steps: [string, () => Promise<unknown>, number][] = [
      [
        'updateUser',
        () => app.gql(UPDATE, { id, input: { name: '孙悦 Sun Yue (SR)' }, v: row.version }, admin),
        1,
      ],
      [
        'updateUser stale',
        () => app.gql(UPDATE, { id, input: { name: 'x' }, v: row.version }, admin),
        0,
      ],
      [
        'changePassword',
        () =>
          app.gql(
            'mutation { changePassword(currentPassword: "trident-demo", newPassword: "a-new-long-password") }',
            {},
            sales,
          ),
        1,
      ],
      [
        'changePassword wrong',
        () =>
          app.gql(
            'mutation { changePassword(currentPassword: "nope", newPassword: "another-long-one") }',
            {},
            sales,
          ),
        0,
      ],
      [
        'createApiToken',
        () =>
          app.gql('mutation { createApiToken(input: { name: "Audit BI" }) { token } }', {}, admin),
        1,
      ],
      [
        'createApiToken blank',
        () => app.gql('mutation { createApiToken(input: { name: " " }) { token } }', {}, admin),
        0,
      ],
    ];
    for (const [label, run, expected] of steps) {
      const before = await app.count('audit_event');
      const res = (await run()) as { errors?: unknown[] };
      expect([label, res.errors === undefined]).toEqual([label, expected === 1]);
      expect([label, (await app.count('audit_event')) - before]).toEqual([label, expected]);
    }
    const [token] = await app.db.query(`SELECT id FROM api_token WHERE name = 'Audit BI'`);
    const before = await app.count('audit_event');
    await app.gql('mutation($id: ID!) { revokeApiToken(id: $id) { id } }', { id: token.id }, admin);
    expect(await app.count('audit_event')).toBe(before + 1);
  });

  it("lists an account's team for its owner pickers, and nobody's for an account out of sight", async () => {
    const TEAM =
      'query($a: ID!) { users(filter: { onAccountTeam: $a }, first: 100) { nodes { id } } }';
    const sales = await app.login('sales3@trident.demo');
    const [mine] = await app.db.query(
      `SELECT m.account_id AS id FROM account_team_member m JOIN "user" u ON u.id = m.user_id
        WHERE u.email = 'sales3@trident.demo' LIMIT 1`,
    );
    const [foreign] = await app.db.query(
      `SELECT a.id FROM account a WHERE NOT EXISTS (
         SELECT 1 FROM account_team_member m JOIN "user" u ON u.id = m.user_id
          WHERE m.account_id = a.id AND u.email = 'sales3@trident.demo') LIMIT 1`,
    );
    const teamOf = async (accountId: string) =>
      (
        await app.db.query(
          'SELECT DISTINCT user_id FROM account_team_member WHERE account_id = $1',
          [accountId],
        )
      )
        .map((row: { user_id: string }) => row.user_id)
        .sort();
    const listed = async (accountId: string, token: string) => {
      const res = await app.gql<{ users: { nodes: { id: string }[] } }>(
        TEAM,
        { a: accountId },
        token,
      );
      expect(res.errors).toBeUndefined();
      return res.data!.users.nodes.map((user) => user.id).sort();
    };
    expect((await teamOf(mine.id)).length).toBeGreaterThan(1);
    expect(await listed(mine.id, sales)).toEqual(await teamOf(mine.id));
    expect((await teamOf(foreign.id)).length).toBeGreaterThan(0);
    expect(await listed(foreign.id, sales)).toEqual([]);
    // Someone who sees every account sees that team too.
    expect(await listed(foreign.id, admin)).toEqual(await teamOf(foreign.id));
  });

  it('lists whom work on an account may go to (the may-see rule of the writes), and nobody for an account out of sight', async () => {
    const MAY_SEE =
      'query($a: ID!) { users(filter: { maySeeAccount: $a }, first: 500) { nodes { id } } }';
    const manager = await app.login('manager@trident.demo');
    const [mine] = await app.db.query(
      `SELECT m.account_id AS id FROM account_team_member m JOIN "user" u ON u.id = m.user_id
        WHERE u.email = 'sales@trident.demo' LIMIT 1`,
    );
    const [foreign] = await app.db.query(
      `SELECT a.id FROM account a WHERE NOT trident_may_see_account(
         (SELECT id FROM "user" WHERE email = 'sales@trident.demo'), a.id) LIMIT 1`,
    );
    const rule = async (accountId: string) =>
      (
        await app.db.query(
          'SELECT id FROM "user" WHERE trident_may_see_account(id, $1) ORDER BY id',
          [accountId],
        )
      ).map((row: { id: string }) => row.id);
    const listed = async (accountId: string, token: string) =>
      (
        await app.must<{ users: { nodes: { id: string }[] } }>(MAY_SEE, { a: accountId }, token)
      ).users.nodes
        .map((user) => user.id)
        .sort();
    const expected = await rule(mine.id);
    // The team, the managers above it, finance and the admins; not everyone.
    expect(expected.length).toBeGreaterThan(2);
    expect(expected.length).toBeLessThan(await app.count('"user"'));
    expect(await listed(mine.id, manager)).toEqual(expected);
    expect(await listed(mine.id, admin)).toEqual(expected);
    // A salesperson asking about another team's account learns nobody.
    expect((await rule(foreign.id)).length).toBeGreaterThan(0);
    expect(await listed(foreign.id, await app.login('sales@trident.demo'))).toEqual([]);
  });
});
