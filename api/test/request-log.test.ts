import pino from 'pino';
import request from 'supertest';
import { createServer } from '../src/server';
import { startTestApp, TEST_JWT_SECRET, type TestApp } from './support/test-app';

/** One line per request at info, none below it; the line says what, never who or headers. */
describe('request log', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  const serverLogging = async (level: pino.Level) => {
    const lines: Record<string, unknown>[] = [];
    const log = pino({ level }, { write: (line: string) => lines.push(JSON.parse(line)) });
    const server = await createServer({
      config: { NODE_ENV: 'test', JWT_SECRET: TEST_JWT_SECRET, JWT_TTL_SECONDS: 3600 },
      db: app.appDb,
      log,
      serveConsole: false,
    });
    return { server, lines };
  };

  const probe = (server: Awaited<ReturnType<typeof serverLogging>>['server']) =>
    request(server.app)
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('authorization', 'Bearer not-a-token')
      .send({ query: 'query Probe { __typename }', operationName: 'Probe' });

  it('writes one short line per request at info', async () => {
    const { server, lines } = await serverLogging('info');
    const res = await probe(server);
    expect(res.status).toBe(200);
    const requestLines = lines.filter((line) => line.req);
    expect(requestLines).toHaveLength(1);
    expect(requestLines[0]!.msg).toMatch(/^POST \/graphql Probe 200 \d+ ms$/);
    expect(requestLines[0]!.req).toEqual({
      id: res.headers['x-request-id'],
      method: 'POST',
      url: '/graphql',
    });
    expect(JSON.stringify(requestLines[0])).not.toContain('not-a-token');
    await server.stop();
  });

  it('never writes a survey link’s token or a query string', async () => {
    const { server, lines } = await serverLogging('info');
    const token = 'srv_secretTokenThatOpensTheSurvey';
    await request(server.app).get(`/survey/${token}`);
    await request(server.app).post(`/survey/${token}`).send({ score: 9 });
    await request(server.app).get('/healthy?token=eyJsecretJwt');
    const requestLines = lines.filter((line) => line.req);
    expect(requestLines.map((line) => (line.req as { url: string }).url)).toEqual([
      '/survey/…',
      '/survey/…',
      '/healthy',
    ]);
    expect(JSON.stringify(lines)).not.toMatch(/secretToken|eyJsecretJwt/);
    await server.stop();
  });

  it('writes none below info', async () => {
    const { server, lines } = await serverLogging('warn');
    expect((await probe(server)).status).toBe(200);
    expect(lines.filter((line) => line.req)).toEqual([]);
    await server.stop();
  });
});
