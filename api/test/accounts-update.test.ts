import { startTestApp, type TestApp } from './support/test-app';

const UPDATE = `mutation($id: ID!, $input: UpdateAccountInput!, $version: Int!) {
  updateAccount(id: $id, input: $input, version: $version) { id name version quadrant relationshipLevel parent { name } }
}`;

describe('updating accounts and their teams', () => {
  let app: TestApp;
  let sales: string;
  let sales2: string;
  let tech: string;
  let manager: string;
  let account: { id: string; version: number };
  beforeAll(async () => {
    app = await startTestApp();
    sales = await app.login('sales@trident.demo');
    sales2 = await app.login('sales2@trident.demo');
    tech = await app.login('tech@trident.demo');
    manager = await app.login('manager@trident.demo');
    [account] = await app.db.query(
      `SELECT id, version FROM account WHERE name = '中国移动通信集团广东有限公司深圳分公司'`,
    );
  });
  afterAll(() => app.close());

  const auditCount = async (id: string) =>
    Number(
      (await app.db.query('SELECT count(*) AS n FROM audit_event WHERE entity_id = $1', [id]))[0].n,
    );

  it('updates with the current version, recomputes the quadrant and writes one audit event', async () => {
    const res = await app.gql<{
      updateAccount: { version: number; quadrant: string; relationshipLevel: number };
    }>(
      UPDATE,
      { id: account.id, input: { relationshipLevel: 1 }, version: account.version },
      sales,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.updateAccount).toMatchObject({
      version: account.version + 1,
      relationshipLevel: 1,
      quadrant: 'GROWTH',
    });
    const [event] = await app.db.query(
      `SELECT action, actor_id, before, after FROM audit_event WHERE entity_id = $1`,
      [account.id],
    );
    expect(event.action).toBe('account.update');
    expect(event.before.relationshipLevel).toBe(4);
    expect(event.after.relationshipLevel).toBe(1);
    account.version += 1;
  });

  it('refuses a stale version with CONFLICT and leaves the row and the audit log alone', async () => {
    const [before] = await app.db.query(
      'SELECT name, version, updated_at FROM account WHERE id = $1',
      [account.id],
    );
    const audits = await auditCount(account.id);
    const res = await app.gql(
      UPDATE,
      { id: account.id, input: { name: 'Stale write' }, version: account.version - 1 },
      sales,
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      currentVersion: account.version,
    });
    expect(
      (
        await app.db.query('SELECT name, version, updated_at FROM account WHERE id = $1', [
          account.id,
        ])
      )[0],
    ).toEqual(before);
    expect(await auditCount(account.id)).toBe(audits);
  });

  it('lets exactly one of two concurrent updates with the same version win', async () => {
    const results = await Promise.all(
      ['深圳 A', '深圳 B'].map((region) =>
        app.gql(UPDATE, { id: account.id, input: { region }, version: account.version }, sales),
      ),
    );
    expect(results.filter((r) => r.errors?.[0]?.extensions.code === 'CONFLICT')).toHaveLength(1);
    expect(results.filter((r) => r.data?.updateAccount)).toHaveLength(1);
    account.version += 1;
  });

  it('refuses a rename onto another registered customer with CONFLICT', async () => {
    const res = await app.gql(
      UPDATE,
      {
        id: account.id,
        input: { name: '中国移动通信集团广东有限公司广州分公司' },
        version: account.version,
      },
      sales,
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'name' });
  });

  it('refuses a parent that would make the group hierarchy a loop', async () => {
    const [province] = await app.db.query(
      `SELECT id, version FROM account WHERE name = '中国移动通信集团广东有限公司'`,
    );
    const res = await app.gql(
      UPDATE,
      { id: province.id, input: { parentId: account.id }, version: province.version },
      manager,
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'parentId',
    });
  });

  it('hides accounts outside the scope (NOT_FOUND) and refuses non-owners inside it (FORBIDDEN)', async () => {
    const other = await app.gql(
      UPDATE,
      { id: account.id, input: { name: 'x' }, version: account.version },
      sales2,
    );
    expect(other.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    const solution = await app.gql(
      UPDATE,
      { id: account.id, input: { name: 'x' }, version: account.version },
      tech,
    );
    expect(solution.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });

  it('adds and removes team members, keeps one AR, and audits each change', async () => {
    const [user] = await app.db.query(`SELECT id FROM "user" WHERE email = 'tech2@trident.demo'`);
    const add = await app.gql<{
      addTeamMember: { id: string; teamRole: string; user: { email: string } };
    }>(
      'mutation($a: ID!, $u: ID!) { addTeamMember(accountId: $a, userId: $u, teamRole: SR) { id teamRole user { email } } }',
      { a: account.id, u: user.id },
      sales,
    );
    expect(add.errors).toBeUndefined();
    expect(add.data?.addTeamMember).toMatchObject({
      teamRole: 'SR',
      user: { email: 'tech2@trident.demo' },
    });

    const twice = await app.gql(
      'mutation($a: ID!, $u: ID!) { addTeamMember(accountId: $a, userId: $u, teamRole: SR) { id } }',
      { a: account.id, u: user.id },
      sales,
    );
    expect(twice.errors?.[0]?.extensions.code).toBe('CONFLICT');
    const secondAr = await app.gql(
      'mutation($a: ID!, $u: ID!) { addTeamMember(accountId: $a, userId: $u, teamRole: AR) { id } }',
      { a: account.id, u: user.id },
      sales,
    );
    expect(secondAr.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'teamRole' });

    const [ar] = await app.db.query(
      `SELECT id FROM account_team_member WHERE account_id = $1 AND team_role = 'AR'`,
      [account.id],
    );
    const removeAr = await app.gql(
      'mutation($id: ID!) { removeTeamMember(id: $id) }',
      { id: ar.id },
      sales,
    );
    expect(removeAr.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');

    const remove = await app.gql<{ removeTeamMember: string }>(
      'mutation($id: ID!) { removeTeamMember(id: $id) }',
      { id: add.data!.addTeamMember.id },
      sales,
    );
    expect(remove.data?.removeTeamMember).toBe(add.data!.addTeamMember.id);
    const actions = await app.db.query(
      `SELECT action FROM audit_event WHERE entity = 'AccountTeamMember' AND entity_id = $1 ORDER BY id`,
      [add.data!.addTeamMember.id],
    );
    expect(actions.map((a: { action: string }) => a.action)).toEqual([
      'account.team.add',
      'account.team.remove',
    ]);
  });

  it('shows the audit log to ADMIN, newest first, filtered by entity', async () => {
    const admin = await app.login('admin@trident.demo');
    const res = await app.gql<{
      auditEvents: { totalCount: number; nodes: { action: string; actor: { email: string } }[] };
    }>(
      'query($id: ID!) { auditEvents(filter: { entity: "Account", entityId: $id }) { totalCount nodes { action actor { email } } } }',
      { id: account.id },
      admin,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.auditEvents.totalCount).toBe(await auditCount(account.id));
    expect(res.data?.auditEvents.nodes[0]).toEqual({
      action: 'account.update',
      actor: { email: 'sales@trident.demo' },
    });
  });
});
