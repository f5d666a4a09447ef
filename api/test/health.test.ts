import request from 'supertest';
import { startTestApp, type TestApp } from './support/test-app';

describe('health probes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ demo: false });
  });
  afterAll(() => app.close());

  it('healthz answers while the process is up', async () => {
    const res = await request(app.server.app).get('/healthz');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok' });
  });

  it('readyz checks the database', async () => {
    const res = await request(app.server.app).get('/readyz');
    expect(res.status).toBe(200);
    expect(res.body.database).toBe('ok');
  });

  it('echoes a request id, or makes one', async () => {
    const given = await request(app.server.app).get('/healthz').set('x-request-id', 'abc-123');
    expect(given.headers['x-request-id']).toBe('abc-123');
    const made = await request(app.server.app).get('/healthz');
    expect(made.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});
