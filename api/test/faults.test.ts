import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Client } from 'pg';
import { createDataSource } from '../src/db/data-source';
import { DEMO_PASSWORD } from '../src/demo/demo-data';
import { EscalationEngine } from '../src/modules/escalations/escalation-engine';
import {
  createTestDatabase,
  startTestApp,
  TEST_JWT_SECRET,
  type TestApp,
} from './support/test-app';

/**
 * Faults under load, each against real processes: Postgres stopped and started again
 * under an API that keeps serving, SIGTERM with mutations in flight, and an escalation
 * worker killed mid-run. The API and the worker run as child processes from the built
 * code (`pnpm --filter @trident/api build`, which turbo runs before the tests).
 */

const API_DIR = path.join(__dirname, '..');
const DIST = path.join(API_DIR, 'dist');
const SALES = 'sales@trident.demo';
const SZ = '中国移动通信集团广东有限公司深圳分公司';

// ---------------------------------------------------------------------------------------
// Child processes: every one is tracked, and whatever a test leaves running is killed
// after it, pass or fail.

const children = new Set<ChildProcess>();
const tempDirs: string[] = [];
const finalizers: (() => Promise<void>)[] = [];

interface Proc {
  child: ChildProcess;
  output(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  alive(): boolean;
}

function runNode(args: string[], env: NodeJS.ProcessEnv): Proc {
  const child = spawn(process.execPath, args, {
    cwd: API_DIR,
    env: { ...process.env, ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  children.add(child);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => {
      children.delete(child);
      resolve({ code, signal });
    }),
  );
  return {
    child,
    output: () => output,
    exited,
    alive: () => child.exitCode === null && child.signalCode === null,
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until `probe` answers something truthy; fails naming `what` after `ms`. */
async function until<T>(
  probe: () => T | Promise<T>,
  ms: number,
  what: string | (() => string),
  every = 50,
): Promise<NonNullable<T>> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline)
      throw new Error(
        `timed out after ${ms} ms waiting for ${typeof what === 'string' ? what : what()}`,
      );
    await sleep(every);
  }
}

/** Resolves with the exit, or SIGKILLs the process and fails after `ms`. */
async function exitWithin(proc: Proc, ms: number) {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      proc.child.kill('SIGKILL');
      reject(new Error(`no exit within ${ms} ms:\n${proc.output().slice(-3000)}`));
    }, ms);
  });
  try {
    return await Promise.race([proc.exited, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Each test registers how to undo what it started; they run after it, pass or fail. */
afterEach(async () => {
  for (const finalize of finalizers.splice(0).reverse()) await finalize().catch(() => undefined);
  for (const child of children) child.kill('SIGKILL');
}, 60_000);
afterAll(() => {
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------------------
// HTTP without keep-alive: one connection per request, so a request either reaches the
// server or is refused, and a response cut short shows as such.

interface Answer {
  status?: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body?: any;
  /** A connection error (ECONNREFUSED, ECONNRESET), TIMEOUT, or CUT for a partial body. */
  error?: string;
}

function call(
  url: string,
  method: 'GET' | 'POST',
  payload?: unknown,
  headers: Record<string, string> = {},
  timeoutMs = 10_000,
): Promise<Answer> {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (answer: Answer) => {
      if (!settled) resolve(answer);
      settled = true;
    };
    const data = payload === undefined ? undefined : JSON.stringify(payload);
    const req = http.request(
      url,
      {
        method,
        agent: false,
        headers: {
          ...(data ? { 'content-type': 'application/json' } : {}),
          ...headers,
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('error', () => settle({ status: res.statusCode, error: 'CUT' }));
        res.on('end', () => {
          if (!res.complete) return settle({ status: res.statusCode, error: 'CUT' });
          try {
            settle({ status: res.statusCode, body: JSON.parse(text) });
          } catch {
            settle({ status: res.statusCode, error: `CUT (not JSON: ${text.slice(0, 200)})` });
          }
        });
      },
    );
    req.setTimeout(timeoutMs, () => {
      settle({ error: 'TIMEOUT' });
      req.destroy();
    });
    req.on('error', (error: NodeJS.ErrnoException) =>
      settle({ error: error.code ?? error.message }),
    );
    req.end(data);
  });
}

function gql(
  api: string,
  query: string,
  variables: Record<string, unknown> = {},
  { token, requestId }: { token?: string; requestId?: string } = {},
) {
  return call(
    `${api}/graphql`,
    'POST',
    { query, variables },
    {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(requestId ? { 'x-request-id': requestId } : {}),
    },
  );
}

async function login(api: string, email: string): Promise<string> {
  const answer = await gql(
    api,
    'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
    { e: email, p: DEMO_PASSWORD },
  );
  const token = answer.body?.data?.login?.token as string | undefined;
  if (!token) throw new Error(`login ${email} failed: ${JSON.stringify(answer)}`);
  return token;
}

const CREATE_ACTIVITY = `mutation($a: ID!, $s: String!) {
  createActivity(input: { accountId: $a, kind: CALL, occurredAt: "2026-01-05T02:00:00Z", summary: $s }) { id summary }
}`;

function assertBuilt() {
  for (const file of ['main.js', 'worker.js']) {
    if (!fs.existsSync(path.join(DIST, file)))
      throw new Error(`api/dist/${file} is missing: run pnpm --filter @trident/api build first`);
  }
}

/** The real API (`node dist/main.js`): migrates, seeds the demo, listens on a free port. */
async function startApiProcess(databaseUrl: string, env: NodeJS.ProcessEnv = {}) {
  assertBuilt();
  const proc = runNode([path.join(DIST, 'main.js')], {
    DATABASE_URL: databaseUrl,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
    JWT_SECRET: TEST_JWT_SECRET,
    NODE_ENV: 'test',
    ...env,
  });
  const match = await until(
    () => {
      if (!proc.alive()) throw new Error(`the API exited at start:\n${proc.output()}`);
      return /Trident is running at http:\/\/[^:\s]+:(\d+)/.exec(proc.output());
    },
    60_000,
    'the API to listen',
  );
  return { proc, url: `http://127.0.0.1:${match[1]}` };
}

// ---------------------------------------------------------------------------------------
// A Postgres of our own, driven through a small controller process (embedded-postgres.mjs
// is an ES module: jest's CommonJS runtime cannot import it). It reads `stop` and `start`
// on stdin, prints one JSON line per event, and stops Postgres when stdin closes.

const PG_CONTROLLER = `
import readline from 'node:readline';
const { startEmbeddedPostgres, ensureDatabase } = await import(process.env.PG_MODULE_URL);
const dataDir = process.env.PG_DATA_DIR;
const port = Number(process.env.PG_PORT);
let pg = null;
const say = (event) => process.stdout.write(JSON.stringify(event) + '\\n');
const start = async () => {
  pg = await startEmbeddedPostgres({ dataDir, port, fast: true });
  say({ event: 'started', url: await ensureDatabase(pg.url, 'trident'), dataDir: pg.dataDir });
};
const stop = async () => {
  await pg?.stop();
  pg = null;
  say({ event: 'stopped' });
};
const failed = (error) => say({ event: 'error', message: String(error?.stack ?? error) });
let queue = start().catch(failed);
readline
  .createInterface({ input: process.stdin })
  .on('line', (line) => {
    queue = queue.then(line.trim() === 'start' ? start : stop).catch(failed);
  })
  .on('close', () => queue.then(stop).finally(() => process.exit(0)));
`;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function startOwnPostgres() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trident-faults-'));
  fs.chmodSync(dir, 0o755); // the postgres user (when we run as root) must enter it
  tempDirs.push(dir);
  const port = await freePort();
  const proc = runNode(['--input-type=module', '-e', PG_CONTROLLER], {
    PG_MODULE_URL: pathToFileURL(path.join(API_DIR, 'scripts', 'embedded-postgres.mjs')).href,
    PG_DATA_DIR: path.join(dir, 'pg'),
    PG_PORT: String(port),
  });
  // Complete lines only (a chunk may end mid-line); anything but our events is skipped.
  const events = () =>
    proc
      .output()
      .split('\n')
      .slice(0, -1)
      .flatMap((line) => {
        try {
          return [JSON.parse(line) as { event: string; url?: string; dataDir?: string }];
        } catch {
          return [];
        }
      });
  const next = async (event: 'started' | 'stopped', seen: number) => {
    const found = await until(
      () => {
        const all = events();
        const error = all.find((e) => e.event === 'error');
        if (error || !proc.alive()) throw new Error(`postgres controller:\n${proc.output()}`);
        return all.filter((e) => e.event === event)[seen];
      },
      30_000,
      `postgres ${event}`,
    );
    return found;
  };
  const first = await next('started', 0);
  let starts = 1;
  let stops = 0;
  finalizers.push(async () => {
    proc.child.stdin?.end(); // the controller stops Postgres and exits
    await exitWithin(proc, 15_000).catch(() => undefined);
    // If it could not, stop the server it left behind (immediate shutdown) by its pid.
    const pidFile = path.join(first.dataDir ?? '', 'postmaster.pid');
    if (first.dataDir && fs.existsSync(pidFile)) {
      const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
      if (pid > 0) {
        try {
          process.kill(pid, 'SIGQUIT');
        } catch {
          // already gone
        }
      }
    }
    if (first.dataDir && !first.dataDir.startsWith(dir))
      fs.rmSync(first.dataDir, { recursive: true, force: true });
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return {
    url: first.url as string,
    async stop() {
      proc.child.stdin?.write('stop\n');
      await next('stopped', stops++);
    },
    async start() {
      proc.child.stdin?.write('start\n');
      await next('started', starts++);
    },
  };
}

// ---------------------------------------------------------------------------------------

/**
 * A fresh database, the API on it in its own process, the account manager signed in, an owner
 * connection for checks, and two of the account manager's accounts; all undone after the test.
 */
async function apiWithSalesDesk() {
  const database = await createTestDatabase();
  finalizers.push(() => database.drop());
  const { proc: api, url } = await startApiProcess(database.url);
  finalizers.push(async () => {
    api.child.kill('SIGKILL');
    await api.exited;
  });
  const token = await login(url, SALES);
  const db = new Client({ connectionString: database.url });
  await db.connect();
  finalizers.push(() => db.end());
  const accounts = (
    await db.query(
      `SELECT DISTINCT m.account_id AS id FROM account_team_member m JOIN "user" u ON u.id = m.user_id
        WHERE u.email = $1 ORDER BY 1 LIMIT 2`,
      [SALES],
    )
  ).rows.map((row: { id: string }) => row.id);
  return { database, api, url, token, db, accounts };
}

describe('faults', () => {
  it('Postgres stopped under load: 503 and UNAVAILABLE meanwhile, serving again once it is back, no restart', async () => {
    const pg = await startOwnPostgres();
    const { proc: api, url } = await startApiProcess(pg.url);
    finalizers.push(async () => {
      api.child.kill('SIGTERM');
      await exitWithin(api, 15_000).catch(() => undefined);
    });
    const token = await login(url, SALES);

    type Phase = 'up' | 'stopping' | 'down' | 'starting' | 'back';
    let phase: Phase = 'up';
    // A request counts for a phase when it was sent and answered in it; one that straddles
    // a change is an edge.
    const samples: { phase: Phase | 'edge'; answer: Answer }[] = [];
    let running = true;
    const loop = async () => {
      while (running) {
        const sent = phase;
        const answer = await gql(
          url,
          '{ accounts(first: 5) { totalCount nodes { id name } } }',
          {},
          { token },
        );
        samples.push({ phase: sent === phase ? sent : 'edge', answer });
        await sleep(10);
      }
    };
    const loops = Array.from({ length: 4 }, loop);
    const inPhase = (p: Phase | 'edge') =>
      samples.filter((s) => s.phase === p).map((s) => s.answer);
    const ok = (a: Answer) =>
      a.status === 200 && !a.body?.errors && a.body?.data?.accounts?.totalCount > 0;
    const codeOf = (a: Answer) => a.body?.errors?.[0]?.extensions?.code as string | undefined;
    const show = (answers: Answer[]) => JSON.stringify(answers.slice(0, 5));

    try {
      await until(() => inPhase('up').length >= 20, 15_000, 'load before the stop');

      phase = 'stopping';
      await pg.stop();
      phase = 'down';
      const seen: Answer[] = [];
      const notReady = await until(
        async () => {
          const answer = await call(`${url}/readyz`, 'GET', undefined, {}, 5_000);
          seen.push(answer);
          return answer.status === 503 ? answer : null;
        },
        5_000,
        () =>
          `/readyz to answer 503: ${JSON.stringify(seen.slice(-3))}\n${api.output().slice(-3000)}`,
      );
      // Not why: no host, port or driver message in a public answer.
      expect(notReady.body).toEqual({ status: 'not ready', database: 'unavailable' });
      await until(() => inPhase('down').length >= 30, 15_000, 'load while Postgres is down');
      expect((await call(`${url}/healthz`, 'GET')).status).toBe(200);
      expect((await call(`${url}/readyz`, 'GET')).status).toBe(503);
      expect(api.alive()).toBe(true);

      phase = 'starting';
      await pg.start();
      await until(
        async () => (await call(`${url}/readyz`, 'GET')).status === 200,
        15_000,
        '/readyz to answer 200 again',
      );
      phase = 'back';
      await until(() => inPhase('back').length >= 30, 15_000, 'load after the restart');
      running = false;
      await Promise.all(loops);

      // Before: all served. While down: every request answered at once with the code.
      // Back: all served again, by the same process (it never restarted).
      const up = inPhase('up');
      expect(up.filter((a) => !ok(a))).toEqual([]);
      const down = inPhase('down');
      const uncoded = down.filter((a) => a.error || codeOf(a) !== 'UNAVAILABLE' || a.body?.data);
      if (uncoded.length)
        throw new Error(`answers while down without UNAVAILABLE: ${show(uncoded)}`);
      expect(down[0]?.body.errors[0].message).toMatch(/database is unavailable/);
      // 503 when the caller could not even be read, 200 with the code when a resolver failed.
      expect(down.filter((a) => a.status !== 503 && a.status !== 200)).toEqual([]);
      const back = inPhase('back');
      expect(back.filter((a) => !ok(a))).toEqual([]);
      // The transitions: served or UNAVAILABLE, never a crash, a hang or a masked error.
      const edges = [...inPhase('stopping'), ...inPhase('starting'), ...inPhase('edge')].filter(
        (a) => !ok(a) && codeOf(a) !== 'UNAVAILABLE',
      );
      expect(edges).toEqual([]);
      expect(api.alive()).toBe(true);

      // Writes work again too, on the same pool.
      const client = new Client({ connectionString: pg.url });
      await client.connect();
      const [{ id: accountId }] = (
        await client.query('SELECT id FROM account WHERE name = $1', [SZ])
      ).rows as [{ id: string }];
      await client.end();
      const write = await gql(
        url,
        CREATE_ACTIVITY,
        { a: accountId, s: 'after the restart' },
        { token },
      );
      expect(write.body?.errors).toBeUndefined();
      expect(write.body?.data?.createActivity?.summary).toBe('after the restart');

      api.child.kill('SIGTERM');
      expect(await exitWithin(api, 15_000)).toEqual({ code: 0, signal: null });
    } finally {
      running = false;
      await Promise.all(loops);
    }
  }, 90_000);

  it('SIGTERM with mutations in flight: every answer complete, exit 0, each mutation whole or absent', async () => {
    const { database, api, url, token, db, accounts } = await apiWithSalesDesk();
    const [pinned, streamed] = accounts;
    expect(streamed).toBeDefined();

    /** `settledAfterSigterm`: whether the outcome came after the signal was sent. */
    type Sent = { requestId: string; answer: Answer; settledAfterSigterm: boolean };
    const sent: Sent[] = [];
    let sigtermSent = false;
    const mutate = async (accountId: string, requestId: string) => {
      const answer = await gql(
        url,
        CREATE_ACTIVITY,
        { a: accountId, s: requestId },
        { token, requestId },
      );
      sent.push({ requestId, answer, settledAfterSigterm: sigtermSent });
      return answer;
    };
    // A steady stream on one account until the server stops taking connections.
    let n = 0;
    let streaming = true;
    const deadline = Date.now() + 30_000;
    const stream = async (lane: number) => {
      while (streaming && Date.now() < deadline) {
        const answer = await mutate(streamed!, `fault-sigterm-s${lane}-${n++}`);
        if (answer.error) return; // refused: the server has stopped listening
      }
    };
    const lanes = Array.from({ length: 4 }, (_, lane) => stream(lane));

    // Six more held mid-transaction by a row lock on the other account, so they are surely
    // in flight when the signal arrives.
    const locker = new Client({ connectionString: database.url });
    await locker.connect();
    finalizers.push(() => locker.end());
    try {
      await until(
        () => sent.filter((s) => s.answer.status === 200).length >= 12,
        20_000,
        'the stream',
      );
      await locker.query('BEGIN');
      await locker.query('SELECT 1 FROM account WHERE id = $1 FOR UPDATE', [pinned]);
      const held = Array.from({ length: 6 }, (_, i) => mutate(pinned!, `fault-sigterm-p${i}`));
      await until(
        async () =>
          Number(
            (
              await db.query(
                `SELECT count(*) AS n FROM pg_stat_activity
                  WHERE datname = current_database() AND wait_event_type = 'Lock'`,
              )
            ).rows[0].n,
          ) >= 6,
        10_000,
        'six mutations waiting on the lock',
      );

      sigtermSent = true;
      api.child.kill('SIGTERM');
      await sleep(300);
      await locker.query('COMMIT');
      const heldAnswers = await Promise.all(held);
      await Promise.all(lanes);
      expect(await exitWithin(api, 20_000)).toEqual({ code: 0, signal: null });
      expect(api.output()).toContain('"msg":"shut down"');

      // The held mutations were in flight at the signal: all finished and answered.
      for (const answer of heldAnswers) {
        expect(answer.status).toBe(200);
        expect(answer.body?.data?.createActivity?.id).toEqual(expect.any(String));
      }
      // Every request that reached the server got a whole answer: data or a coded error;
      // the others were refused, none hung or was cut off.
      const answered = sent.filter((s) => s.answer.status !== undefined);
      for (const { answer } of answered) {
        expect(answer.error).toBeUndefined();
        expect(
          answer.body?.data?.createActivity?.id ?? answer.body?.errors?.[0]?.extensions?.code,
        ).toEqual(expect.any(String));
      }
      // No answer at all only once the signal was sent: refused, or reset before the
      // request was read (a connection the drain found idle).
      const unanswered = sent.filter((s) => s.answer.status === undefined);
      expect(
        unanswered.filter(
          (s) =>
            !s.settledAfterSigterm || !/^(ECONNREFUSED|ECONNRESET)$/.test(s.answer.error ?? ''),
        ),
      ).toEqual([]);
      const succeeded = new Map(
        answered
          .filter((s) => s.answer.body?.data?.createActivity)
          .map((s) => [s.requestId, s.answer.body.data.createActivity.id as string]),
      );
      expect(succeeded.size).toBeGreaterThanOrEqual(18);

      // The database: each answered mutation has its row and its audit event; no row
      // without its event nor the reverse; nothing for a mutation that answered an error.
      const rows = (
        await db.query(`SELECT id, summary FROM activity WHERE summary LIKE 'fault-sigterm-%'`)
      ).rows as { id: string; summary: string }[];
      const events = (
        await db.query(
          `SELECT entity_id, request_id FROM audit_event
            WHERE entity = 'Activity' AND request_id LIKE 'fault-sigterm-%'`,
        )
      ).rows as { entity_id: string; request_id: string }[];
      const rowOf = new Map(rows.map((r) => [r.summary, r.id]));
      expect(rowOf.size).toBe(rows.length); // one row per request at most
      for (const [requestId, id] of succeeded) expect(rowOf.get(requestId)).toBe(id);
      expect(events.map((e) => [e.request_id, e.entity_id]).sort()).toEqual(
        rows.map((r) => [r.summary, r.id]).sort(),
      );
      // A mutation that answered an error wrote nothing. One whose connection was reset
      // after the signal may have run or not — HTTP cannot tell that caller — but it is
      // whole or absent (rows and audit events match one to one, above).
      const refused = answered.filter((s) => !s.answer.body?.data?.createActivity);
      expect(refused.filter((s) => rowOf.has(s.requestId))).toEqual([]);
    } finally {
      streaming = false;
      await locker.query('ROLLBACK').catch(() => undefined);
    }
  }, 90_000);

  it('connections killed inside their transactions under load: UNAVAILABLE, nothing written, serving on', async () => {
    const { database, api, url, token, db, accounts } = await apiWithSalesDesk();
    const [pinned, other] = accounts;
    // Load on another account meanwhile, whose connections are killed too, wherever they are
    // (in a statement, idle inside a transaction, idle in the pool).
    let streaming = true;
    const streamed: Answer[] = [];
    const stream = (async () => {
      for (let n = 0; streaming; n++)
        streamed.push(
          await gql(url, CREATE_ACTIVITY, { a: other, s: `fault-kill-s${n}` }, { token }),
        );
    })();
    // Six mutations held inside their transactions by a row lock, then their backends killed.
    const locker = new Client({ connectionString: database.url });
    await locker.connect();
    finalizers.push(() => locker.end());
    await locker.query('BEGIN');
    await locker.query('SELECT 1 FROM account WHERE id = $1 FOR UPDATE', [pinned]);
    const held = Array.from({ length: 6 }, (_, i) =>
      gql(
        url,
        CREATE_ACTIVITY,
        { a: pinned, s: `fault-kill-p${i}` },
        { token, requestId: `fault-kill-p${i}` },
      ),
    );
    try {
      await until(
        async () =>
          Number(
            (
              await db.query(
                `SELECT count(*) AS n FROM pg_stat_activity
                  WHERE datname = current_database() AND wait_event_type = 'Lock'`,
              )
            ).rows[0].n,
          ) >= 6,
        10_000,
        'six mutations waiting on the lock',
      );
      await db.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
          WHERE datname = current_database() AND wait_event_type = 'Lock'`,
      );
      for (let round = 0; round < 5; round++) {
        await sleep(150);
        await db.query(
          `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
            WHERE datname = current_database() AND pid <> pg_backend_pid()
              AND pid <> $1 AND backend_type = 'client backend'`,
          [(await locker.query('SELECT pg_backend_pid() AS pid')).rows[0].pid],
        );
      }
      const answers = await Promise.all(held);
      for (const answer of answers) {
        expect(answer.status).toBe(200);
        expect(answer.body?.errors?.[0]?.extensions?.code).toBe('UNAVAILABLE');
      }
    } finally {
      await locker.query('ROLLBACK').catch(() => undefined);
    }
    // The server goes on: the next mutation on that account succeeds.
    const after = await gql(url, CREATE_ACTIVITY, { a: pinned, s: 'fault-kill-after' }, { token });
    // The whole answer on failure: an error's code says which fault leaked through.
    expect(after.body).toMatchObject({ data: { createActivity: { id: expect.any(String) } } });
    streaming = false;
    await stream;
    // Every answer whole: data, or UNAVAILABLE for one whose connection was killed.
    for (const answer of streamed)
      expect(
        answer.body?.data?.createActivity?.id
          ? 'data'
          : `${answer.body?.errors?.[0]?.extensions?.code} ${api
              .output()
              .split('\n')
              .filter((line) => line.includes('"level":50') && !line.includes('job queue'))
              .map((line) => line.slice(0, 400))
              .join('\n')}`,
      ).toMatch(/^(data|UNAVAILABLE )/);
    expect(streamed.filter((answer) => answer.body?.data?.createActivity).length).toBeGreaterThan(
      3,
    );
    // Each streamed mutation whole or absent: rows and audit events one to one, and nothing
    // for one that answered an error.
    const rows = (
      await db.query(`SELECT id, summary FROM activity WHERE summary LIKE 'fault-kill-s%'`)
    ).rows as { id: string; summary: string }[];
    const events = (
      await db.query(
        `SELECT a.entity_id FROM audit_event a JOIN activity x ON x.id::text = a.entity_id
          WHERE x.summary LIKE 'fault-kill-s%'`,
      )
    ).rows as { entity_id: string }[];
    expect(events.map((e) => e.entity_id).sort()).toEqual(rows.map((r) => r.id).sort());
    const refusedRows = rows.filter((row) =>
      streamed.some(
        (answer, n) => row.summary === `fault-kill-s${n}` && !answer.body?.data?.createActivity,
      ),
    );
    expect(refusedRows).toEqual([]);
    // Nothing of the killed mutations was written: no row, no audit event.
    const written = await db.query(
      `SELECT (SELECT count(*) FROM activity WHERE summary LIKE 'fault-kill-p%')::int AS rows,
              (SELECT count(*) FROM audit_event WHERE request_id LIKE 'fault-kill-p%')::int AS events`,
    );
    expect(written.rows[0]).toEqual({ rows: 0, events: 0 });
  }, 90_000);

  it('escalation worker killed mid-run and restarted: exactly what one uninterrupted run writes, once', async () => {
    const RULES = 4;
    const TASKS = 60;
    const LEVELS = 3;
    // Two identical databases: one for the faulted worker, one for a reference run.
    const [faulted, reference] = await Promise.all([startTestApp(), startTestApp()]);
    finalizers.push(
      () => faulted.close(),
      () => reference.close(),
    );
    for (const app of [faulted, reference]) {
      const ids: Record<string, string> = {};
      for (const u of (await app.db.query('SELECT email, id FROM "user"')) as {
        email: string;
        id: string;
      }[])
        ids[u.email] = u.id;
      const [{ id: accountId }] = (await app.db.query('SELECT id FROM account WHERE name = $1', [
        SZ,
      ])) as [{ id: string }];
      // Only our rules, over only our tasks: the demo's are switched off and not due.
      await app.db.query('UPDATE escalation_rule SET active = false');
      await app.db.query(`UPDATE task SET due = now() + interval '30 days'`);
      await app.db.query(
        `INSERT INTO escalation_rule (name, trigger, threshold_hours, levels, active)
         SELECT 'fault-rule-' || r, 'TASK_OVERDUE', 0, $1::jsonb, true FROM generate_series(1, $2::int) r`,
        [
          JSON.stringify([
            { target: 'OWNER', afterHours: 0 },
            { target: 'MANAGER', afterHours: 24 },
            { target: 'AR', afterHours: 24 },
          ]),
          RULES,
        ],
      );
      await app.db.query(
        `INSERT INTO task (account_id, title, due, assignee_id, requester_id, status)
         SELECT $1, 'fault-task-' || lpad(i::text, 4, '0'), now() - interval '10 days', $2, $3, 'ACKNOWLEDGED'
           FROM generate_series(1, $4::int) i`,
        [accountId, ids['tech@trident.demo'], ids[SALES], TASKS],
      );
    }
    const urlOf = (app: TestApp) => (app.db.options as { url: string }).url;

    // What one uninterrupted run writes (the engine the worker runs, on its kind of pool).
    const referencePool = createDataSource({ url: urlOf(reference), poolSize: 3 });
    await referencePool.initialize();
    finalizers.push(() => referencePool.destroy());
    await new EscalationEngine(referencePool).run(new Date());

    const outcome = async (app: TestApp) => {
      const rows = (await app.db.query(
        `SELECT r.name AS rule, t.title AS task, e.level, e.target, u.email AS target_user,
                e.status, e.summary,
                (SELECT count(*)::int FROM notification n
                  WHERE n.entity = 'Escalation' AND n.entity_id = e.id) AS notifications
           FROM escalation e
           JOIN escalation_rule r ON r.id = e.rule_id
           JOIN task t ON t.id = e.object_id
           LEFT JOIN "user" u ON u.id = e.target_user_id
          WHERE r.name LIKE 'fault-rule-%'`,
      )) as { target_user: string | null; notifications: number }[];
      const [{ n: orphans }] = (await app.db.query(
        `SELECT count(*)::int AS n FROM notification n
          WHERE n.entity = 'Escalation' AND NOT EXISTS (SELECT 1 FROM escalation e WHERE e.id = n.entity_id)`,
      )) as [{ n: number }];
      return { rows: rows.map((r) => JSON.stringify(r)).sort(), raw: rows, orphans };
    };
    const expected = await outcome(reference);
    expect(expected.rows).toHaveLength(RULES * TASKS * LEVELS);
    expect(expected.raw.filter((r) => !r.target_user || r.notifications !== 1)).toEqual([]);

    const env = { DATABASE_URL: urlOf(faulted), LOG_LEVEL: 'info', NODE_ENV: 'test' };
    const countEscalations = async () =>
      Number(
        (
          (await faulted.db.query(
            `SELECT count(*)::int AS n FROM escalation e JOIN escalation_rule r ON r.id = e.rule_id
              WHERE r.name LIKE 'fault-rule-%'`,
          )) as { n: number }[]
        )[0]!.n,
      );

    // The first worker: killed outright as soon as its first rule has committed.
    assertBuilt();
    const first = runNode([path.join(DIST, 'worker.js')], env);
    finalizers.push(async () => void first.child.kill('SIGKILL'));
    await until(
      async () => {
        if (!first.alive()) throw new Error(`the worker exited:\n${first.output()}`);
        return (await countEscalations()) > 0;
      },
      60_000,
      'the first escalations',
      20,
    );
    first.child.kill('SIGKILL');
    expect((await exitWithin(first, 10_000)).signal).toBe('SIGKILL');
    const partial = await outcome(faulted);
    // It really was cut mid-run, and what it committed is whole (escalation + notification).
    expect(partial.rows.length).toBeGreaterThan(0);
    expect(partial.rows.length).toBeLessThan(expected.rows.length);
    expect(partial.raw.filter((r) => r.notifications !== 1)).toEqual([]);
    expect(partial.orphans).toBe(0);

    // The second worker catches up at start; then it stops cleanly.
    const second = runNode([path.join(DIST, 'worker.js')], env);
    finalizers.push(async () => void second.child.kill('SIGKILL'));
    await until(
      () => {
        if (!second.alive()) throw new Error(`the worker exited:\n${second.output()}`);
        return /escalations caught up at start/.test(second.output());
      },
      60_000,
      'the restarted worker to finish its run',
    );
    second.child.kill('SIGTERM');
    expect(await exitWithin(second, 20_000)).toEqual({ code: 0, signal: null });

    const final = await outcome(faulted);
    const missing = expected.rows.filter((r) => !final.rows.includes(r));
    const extra = final.rows.filter((r) => !expected.rows.includes(r));
    expect({ missing: missing.slice(0, 5), extra: extra.slice(0, 5) }).toEqual({
      missing: [],
      extra: [],
    });
    expect(final.rows).toEqual(expected.rows); // the same multiset: no duplicates either
    expect(final.orphans).toBe(0);
  }, 120_000);
});
