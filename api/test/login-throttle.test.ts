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
});
