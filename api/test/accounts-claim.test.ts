import { startTestApp, type TestApp } from './support/test-app';

const CLAIM = `mutation($input: ClaimAccountInput!) {
  claimAccount(input: $input) { id name owner { email } team { teamRole user { email } } }
}`;

describe('claimAccount: the first registration wins', () => {
  let app: TestApp;
  let sales: string;
  let sales2: string;
  beforeAll(async () => {
    app = await startTestApp();
    sales = await app.login('sales@trident.demo');
    sales2 = await app.login('sales2@trident.demo');
  });
  afterAll(() => app.close());

  it('makes the claimer the AR of a new customer', async () => {
    const res = await app.gql<{
      claimAccount: { owner: { email: string }; team: { teamRole: string }[] };
    }>(
      CLAIM,
      {
        input: {
          name: '深圳市地铁集团有限公司',
          registrationNo: '91440300192203821C',
          tier: 'CITY',
          region: 'Guangdong 广东 · Shenzhen',
        },
      },
      sales,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.claimAccount.owner.email).toBe('sales@trident.demo');
    expect(res.data?.claimAccount.team).toEqual([
      { teamRole: 'AR', user: { email: 'sales@trident.demo' } },
    ]);
  });

  it('gives 20 simultaneous claims exactly one owner and keeps 19 attempts as evidence', async () => {
    const registrationNo = '91320000MA1XYZ0001';
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        app.gql(
          CLAIM,
          { input: { name: `苏州工业园区科技有限公司 ${i}`, registrationNo, tier: 'CITY' } },
          i % 2 ? sales : sales2,
        ),
      ),
    );
    const winners = results.filter((r) => r.data?.claimAccount);
    const losers = results.filter((r) => r.errors);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(19);
    for (const loser of losers) {
      expect(loser.errors?.[0]?.extensions).toMatchObject({
        code: 'CONFLICT',
        field: 'registrationNo',
        matchedOn: 'REGISTRATION_NO',
      });
      expect(loser.errors?.[0]?.message).toMatch(/already registered by .+ at \d{4}-\d\d-\d\dT/);
    }

    const accounts = await app.db.query('SELECT id FROM account WHERE registration_no = $1', [
      registrationNo,
    ]);
    expect(accounts).toHaveLength(1);
    const owners = await app.db.query(
      `SELECT user_id FROM account_team_member WHERE account_id = $1 AND team_role = 'AR'`,
      [accounts[0].id],
    );
    expect(owners).toHaveLength(1);
    const attempts = await app.db.query(
      'SELECT claimer_id, winner_id, matched_on, claimed_name, attempted_at FROM claim_attempt WHERE account_id = $1',
      [accounts[0].id],
    );
    expect(attempts).toHaveLength(19);
    for (const attempt of attempts) {
      expect(attempt.winner_id).toBe(owners[0].user_id);
      expect(attempt.matched_on).toBe('REGISTRATION_NO');
      expect(attempt.attempted_at).toBeInstanceOf(Date);
    }
    // Losing claims are evidence, not changes: only the winner wrote an audit event.
    const audits = await app.db.query(
      `SELECT 1 FROM audit_event WHERE action = 'account.claim' AND entity_id = $1`,
      [accounts[0].id],
    );
    expect(audits).toHaveLength(1);
  });

  it('knows a registration number however it is written: hyphens, spaces, lower case', async () => {
    const key = '91330100MA2AB0002X';
    const first = await app.gql(
      CLAIM,
      {
        input: {
          name: '杭州登记号测试有限公司',
          registrationNo: '9133-0100-ma2ab0002x',
          tier: 'CITY',
        },
      },
      sales,
    );
    expect(first.errors).toBeUndefined();
    const stored = await app.db.query('SELECT id FROM account WHERE registration_no = $1', [key]);
    expect(stored).toHaveLength(1);
    const accountsBefore = await app.count('account');
    // Another salesperson, another branch name, the same company written another way.
    for (const written of [key, '9133 0100 MA2A B000 2X', '-91330100MA2AB0002X']) {
      const again = await app.gql(
        CLAIM,
        { input: { name: `杭州登记号测试 ${written}`, registrationNo: written, tier: 'CITY' } },
        sales2,
      );
      expect(again.errors?.[0]?.extensions).toMatchObject({
        code: 'CONFLICT',
        field: 'registrationNo',
        matchedOn: 'REGISTRATION_NO',
      });
    }
    expect(await app.count('account')).toBe(accountsBefore);
    // Editing another account to the same company's number is refused the same way.
    const other = await app.must<{ claimAccount: { id: string } }>(
      CLAIM,
      { input: { name: '杭州另一家公司', tier: 'CITY' } },
      sales,
    );
    const edit = await app.gql(
      'mutation($id: ID!, $input: UpdateAccountInput!) { updateAccount(id: $id, version: 1, input: $input) { id } }',
      { id: other.claimAccount.id, input: { registrationNo: '9133-0100MA2AB0002X' } },
      sales,
    );
    expect(edit.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'registrationNo',
    });
    // Separators alone are no number.
    const blank = await app.gql(
      CLAIM,
      { input: { name: '杭州空登记号公司', registrationNo: '-----', tier: 'CITY' } },
      sales,
    );
    expect(blank.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'registrationNo',
      reason: 'REGISTRATION_NO_FORM',
    });
  });

  it('matches a customer by normalized name when no registration number is given', async () => {
    const res = await app.gql(
      CLAIM,
      { input: { name: '  中国移动通信集团 广东 ', tier: 'PROVINCE' } },
      sales2,
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'name',
      matchedOn: 'NORMALIZED_NAME',
      ownerName: '王伟 Wang Wei',
    });
    const [attempt] = await app.db.query(
      `SELECT c.claimed_name, u.email FROM claim_attempt c JOIN "user" u ON u.id = c.claimer_id WHERE c.claimed_name LIKE '%广东%'`,
    );
    expect(attempt).toEqual({
      claimed_name: '中国移动通信集团 广东',
      email: 'sales2@trident.demo',
    });
  });

  it('refuses a parent that does not exist and writes nothing', async () => {
    const before = await app.count('account');
    const res = await app.gql(
      CLAIM,
      {
        input: {
          name: 'Orphan Ltd',
          tier: 'CITY',
          parentId: '2b1e7a4e-5d1b-4f7e-9a43-000000000000',
        },
      },
      sales,
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'parentId',
    });
    expect(await app.count('account')).toBe(before);
  });

  it('shows losing claims to the winning side and to the loser, not to outsiders', async () => {
    const query =
      '{ claimAttempts(first: 50) { totalCount nodes { matchedOn claimer { email } winner { email } account { name } } } }';
    type Attempts = {
      claimAttempts: {
        totalCount: number;
        nodes: { claimer: { email: string }; account: { name: string } | null }[];
      };
    };
    const loser = await app.gql<Attempts>(query, {}, sales2);
    expect(loser.errors).toBeUndefined();
    expect(loser.data!.claimAttempts.totalCount).toBe(loser.data!.claimAttempts.nodes.length);
    // The loser sees their attempt on the Guangdong company, but not the account itself.
    const lost = loser.data!.claimAttempts.nodes.filter(
      (n) => n.claimer.email === 'sales2@trident.demo' && n.account === null,
    );
    expect(lost.length).toBeGreaterThanOrEqual(1);

    const winner = await app.gql<Attempts>(query, {}, sales);
    expect(
      winner.data!.claimAttempts.nodes.some(
        (n) =>
          n.claimer.email === 'sales2@trident.demo' &&
          n.account?.name === '中国移动通信集团广东有限公司',
      ),
    ).toBe(true);

    const outsider = await app.gql<Attempts>(query, {}, await app.login('sales3@trident.demo'));
    expect(outsider.data!.claimAttempts.totalCount).toBe(0);
  });
});
