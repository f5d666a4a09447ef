import { LOGIN_LIMITS } from '../src/modules/identity/login-throttle';
import { startTestApp, type TestApp } from './support/test-app';

const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }';

describe('sign-in rate limit', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('refuses an account after too many failures, even with the right password, until the window passes', async () => {
    for (let i = 0; i < LOGIN_LIMITS.perEmail; i++) {
      const wrong = await app.gql(LOGIN, { e: 'sales@trident.demo', p: 'guess-' + i });
      expect(wrong.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    }
    const blocked = await app.gql(LOGIN, { e: 'sales@trident.demo', p: 'trident-demo' });
    expect(blocked.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED' });
    // Another account is not affected.
    await expect(app.login('sales2@trident.demo')).resolves.toEqual(expect.any(String));
    // The window passes.
    await app.db.query(
      `UPDATE login_throttle SET window_start = now() - interval '1 hour' WHERE key = 'email:sales@trident.demo'`,
    );
    await expect(app.login('sales@trident.demo')).resolves.toEqual(expect.any(String));
    const [row] = await app.db.query(
      `SELECT 1 FROM login_throttle WHERE key = 'email:sales@trident.demo'`,
    );
    expect(row).toBeUndefined();
  });

  it('counts failures per address too', async () => {
    await app.db.query(`UPDATE login_throttle SET failures = $1 WHERE key LIKE 'ip:%'`, [
      LOGIN_LIMITS.perIp,
    ]);
    const res = await app.gql(LOGIN, { e: 'manager@trident.demo', p: 'trident-demo' });
    expect(res.errors?.[0]?.extensions.code).toBe('RATE_LIMITED');
    await app.db.query(`DELETE FROM login_throttle`);
    await expect(app.login('manager@trident.demo')).resolves.toEqual(expect.any(String));
  });

  it('counts the current password of a password change as a guess: a burst of them gets no more checks than a sign-in', async () => {
    const token = await app.login('sales4@trident.demo');
    const CHANGE =
      'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }';
    const [{ password_hash: before }] = await app.db.query(
      `SELECT password_hash FROM "user" WHERE email = 'sales4@trident.demo'`,
    );
    const guesses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        app.gql(CHANGE, { c: `guess-${i}`, n: 'a-new-password-1' }, token),
      ),
    );
    const codes = guesses.map((g) => g.errors?.[0]?.extensions.reason);
    expect(codes.filter((c) => c === 'WRONG_PASSWORD')).toHaveLength(LOGIN_LIMITS.perEmail);
    expect(codes.filter((c) => c === 'TOO_MANY_SIGN_INS')).toHaveLength(20 - LOGIN_LIMITS.perEmail);
    // Past the limit the right password is refused too, and the account's sign-in with it.
    const right = await app.gql(CHANGE, { c: 'trident-demo', n: 'a-new-password-1' }, token);
    expect(right.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED' });
    const signIn = await app.gql(LOGIN, { e: 'sales4@trident.demo', p: 'trident-demo' });
    expect(signIn.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED' });
    const [{ password_hash: after }] = await app.db.query(
      `SELECT password_hash FROM "user" WHERE email = 'sales4@trident.demo'`,
    );
    expect(after).toBe(before);
    // Once the window passes, the right password changes it and the count starts afresh.
    await app.db.query(`DELETE FROM login_throttle`);
    expect(
      (await app.gql(CHANGE, { c: 'trident-demo', n: 'a-new-password-1' }, token)).data,
    ).toEqual({
      changePassword: true,
    });
    expect(await app.db.query(`SELECT key FROM login_throttle WHERE key LIKE 'email:%'`)).toEqual(
      [],
    );
  });
});
