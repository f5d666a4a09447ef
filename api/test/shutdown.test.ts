import { Client } from 'pg';
import request from 'supertest';
import { startApi } from '../src/main';
import { createTestDatabase, TEST_JWT_SECRET } from './support/test-app';

describe('graceful shutdown', () => {
  it('finishes a request in flight, then stops accepting and closes the pool', async () => {
    const database = await createTestDatabase();
    const api = await startApi({
      DATABASE_URL: database.url,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
      JWT_SECRET: TEST_JWT_SECRET,
      NODE_ENV: 'test',
    });
    const locker = new Client({ connectionString: database.url });
    try {
      const login = await request(api.url).post('/graphql').send({
        query:
          'mutation { login(email: "sales@trident.demo", password: "trident-demo") { token } }',
      });
      const token = login.body.data.login.token as string;
      await locker.connect();
      const [account] = (
        await locker.query(`SELECT id, version FROM account WHERE name LIKE '%深圳分公司'`)
      ).rows;

      // Hold the row so the update below is still running when shutdown starts.
      await locker.query('BEGIN');
      await locker.query('SELECT 1 FROM account WHERE id = $1 FOR UPDATE', [account.id]);
      const inFlight = request(api.url)
        .post('/graphql')
        .set('authorization', `Bearer ${token}`)
        .send({
          query:
            'mutation($id: ID!, $v: Int!) { updateAccount(id: $id, input: { region: "drained" }, version: $v) { region } }',
          variables: { id: account.id, v: account.version },
        })
        .then((res) => res);
      await new Promise((resolve) => setTimeout(resolve, 300));
      const closing = api.close();
      await new Promise((resolve) => setTimeout(resolve, 200));
      await locker.query('COMMIT');

      const res = await inFlight;
      expect(res.status).toBe(200);
      expect(res.body.data.updateAccount.region).toBe('drained');
      await closing;
      await expect(request(api.url).get('/healthz')).rejects.toThrow(/ECONNREFUSED/);
    } finally {
      await locker.end();
      await api.close();
      await database.drop();
    }
  });
});
