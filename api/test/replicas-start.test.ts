import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { Client } from 'pg';
import request from 'supertest';
import { createTestDatabase } from './support/test-app';

/** The real start script (built code, as `pnpm start` runs it) against a given database. */
function startProcess(databaseUrl: string, env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [path.join(__dirname, '..', 'scripts', 'start.mjs')], {
    env: {
      ...process.env,
      NODE_ENV: 'development',
      DATABASE_URL: databaseUrl,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const url = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no start within 150 s (a loaded machine is slow):\n${output}`)),
      150_000,
    );
    child.stdout!.on('data', () => {
      const match = /Trident is running at (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited ${code}:\n${output}`));
    });
  });
  return { child, url, output: () => output };
}

/** `node dist/worker.js`, as the image runs it beside API processes whose workers are off. */
function startWorker(databaseUrl: string) {
  const child = spawn(process.execPath, [path.join(__dirname, '..', 'dist', 'worker.js')], {
    env: { ...process.env, NODE_ENV: 'development', DATABASE_URL: databaseUrl, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  return { child, output: () => output };
}

async function stop(child: ChildProcess) {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

const gql = (url: string, query: string, token?: string, variables?: Record<string, unknown>) => {
  const req = request(url).post('/graphql');
  if (token) req.set('authorization', `Bearer ${token}`);
  return req.send({ query, variables });
};

/** A demo user's token from the given process. */
const signIn = async (url: string, email: string) =>
  (
    await gql(
      url,
      'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
      undefined,
      { e: email, p: 'trident-demo' },
    )
  ).body.data?.login.token as string | undefined;

/**
 * Issue 23: replicas that start together on an empty database, and limits that hold across
 * them. Each process would migrate and seed on its own; under the startup lock one does, the
 * others wait, and all three serve. A limit counted in one process would allow three times as
 * much here; counted in Postgres it is the same as with one. The jobs run in a fourth process,
 * the worker, as docker/compose.yaml places them.
 */
describe('three API processes on one database', () => {
  const PER_MINUTE = 5;
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let processes: ReturnType<typeof startProcess>[];
  let urls: string[];
  let worker: ReturnType<typeof startWorker> | undefined;

  beforeAll(async () => {
    database = await createTestDatabase();
    processes = [1, 2, 3].map(() =>
      startProcess(database.url, {
        BI_TOKEN_REQUESTS_PER_MINUTE: String(PER_MINUTE),
        ESCALATION_WORKER: 'off',
        DELIVERY_WORKER: 'off',
      }),
    );
    urls = await Promise.all(processes.map((p) => p.url));
    // It does not migrate: started once an API has.
    worker = startWorker(database.url);
  }, 200_000);
  afterAll(async () => {
    await Promise.all(
      [...(processes ?? []).map((p) => p.child), ...(worker ? [worker.child] : [])].map(stop),
    );
    await database?.drop();
  });

  it('started together on an empty database: migrate and seed once, and all serve', async () => {
    for (const url of urls) expect((await request(url).get('/readyz')).status).toBe(200);
    const outputs = processes.map((p) => p.output());
    expect(outputs.filter((text) => text.includes('"msg":"migrations applied"'))).toHaveLength(1);
    expect(outputs.filter((text) => text.includes('"msg":"demo data loaded"'))).toHaveLength(1);

    const client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      const migrations = await client.query<{ name: string; n: number }>(
        'SELECT name, count(*)::int AS n FROM typeorm_migration GROUP BY name HAVING count(*) > 1',
      );
      expect(migrations.rows).toEqual([]);
      const users = await client.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM "user" WHERE email = 'sales@trident.demo'`,
      );
      expect(users.rows[0]!.n).toBe(1);
    } finally {
      await client.end();
    }
    for (const url of urls) expect(await signIn(url, 'sales@trident.demo')).toBeTruthy();
  });

  it("counts a BI token's requests across processes: the limit is the same as with one", async () => {
    const admin = (await signIn(urls[0]!, 'admin@trident.demo'))!;
    const token = (
      await gql(
        urls[0]!,
        'mutation { createApiToken(input: { name: "shared limit" }) { token } }',
        admin,
      )
    ).body.data.createApiToken.token as string;
    // The window is the calendar minute: start early in one.
    const second = new Date().getSeconds();
    if (second > 45) await new Promise((resolve) => setTimeout(resolve, (61 - second) * 1000));
    const answers = [];
    for (let i = 0; i < PER_MINUTE + 2; i++) {
      const res = await gql(urls[i % urls.length]!, '{ accounts(first: 1) { totalCount } }', token);
      answers.push(res.body.errors?.[0]?.extensions?.reason ?? 'ok');
    }
    expect(answers).toEqual([
      ...Array.from({ length: PER_MINUTE }, () => 'ok'),
      'TOKEN_RATE_LIMITED',
      'TOKEN_RATE_LIMITED',
    ]);
  });

  it('counts failed sign-ins across processes: the sixth wrong password is throttled anywhere', async () => {
    const attempt = (url: string) =>
      gql(
        url,
        'mutation { login(email: "tech@trident.demo", password: "wrong-password") { token } }',
      );
    const reasons = [];
    for (let i = 0; i < 6; i++)
      reasons.push((await attempt(urls[i % urls.length]!)).body.errors?.[0]?.extensions?.code);
    expect(reasons.slice(0, 5)).toEqual(Array.from({ length: 5 }, () => 'UNAUTHENTICATED'));
    expect(reasons[5]).toBe('RATE_LIMITED');
  });

  it('runs the jobs in the worker process: feedback reported on one API is escalated there', async () => {
    const tech = (await signIn(urls[1]!, 'tech2@trident.demo'))!;
    const account = await gql(urls[2]!, '{ accounts(first: 1) { nodes { id } } }', tech);
    const accountId = account.body.data.accounts.nodes[0].id as string;
    const reported = await gql(
      urls[1]!,
      'mutation($input: ReportFeedbackInput!) { reportFeedback(input: $input) { id } }',
      tech,
      { input: { accountId, kind: 'NEGATIVE', severity: 'CRITICAL', text: 'Outage 中断' } },
    );
    const feedbackId = reported.body.data?.reportFeedback.id as string;
    expect(feedbackId).toBeTruthy();

    const client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      const escalations = async () =>
        (
          await client.query<{ level: number }>(
            'SELECT level FROM escalation WHERE object_id = $1 ORDER BY level',
            [feedbackId],
          )
        ).rows;
      const deadline = Date.now() + 60_000;
      // A critical one: the AR at level 1 and the manager at level 2 at once, each once.
      while ((await escalations()).length < 2 && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 250));
      expect(await escalations()).toEqual([{ level: 1 }, { level: 2 }]);
    } finally {
      await client.end();
    }
    // Only the worker runs jobs: no API process started a worker of its own.
    expect(worker!.output()).toContain('escalation worker started');
    for (const p of processes) expect(p.output()).not.toContain('escalation worker started');
  });
});
