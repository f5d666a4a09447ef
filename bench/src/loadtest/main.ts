// `pnpm loadtest [--seconds 30] [--concurrency 16] [--no-write]`: a mixed workload of demo users
// of every role (desks, lists, funnel, org charts, timelines; visits, stage moves with version
// races, tasks, feedback, payments with retried idempotency keys) against the production API
// on its own embedded Postgres seeded with the demo data, then an integrity check in SQL
// against what the clients were answered. Exits non-zero on a failed check or a real error.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { machine } from '../report';
import { startPeer, systemNode, type RunningPeer } from '../servers';
import { freshDemoDatabase } from './database';
import { snapshot, verify } from './integrity';
import { Ledger } from './ledger';
import { Recorder, Session, signIn } from './recorder';
import { render, totals, type LoadTestReport } from './report';
import { VirtualUser } from './virtual-user';
import { DEMO_PASSWORD, discoverWorld, loginOf } from './world';

const repoRoot = path.resolve(__dirname, '../../..');
const POOL_SIZE = 10;
const log = (line: string) => process.stdout.write(`${line}\n`);

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      seconds: { type: 'string', default: '30' },
      concurrency: { type: 'string', default: '16' },
      'no-write': { type: 'boolean', default: false },
    },
  });
  const seconds = Number(values.seconds);
  const concurrency = Number(values.concurrency);
  if (!(seconds > 0)) throw new Error('--seconds must be positive');
  if (!(Number.isInteger(concurrency) && concurrency > 0 && concurrency <= 200))
    throw new Error('--concurrency must be an integer in 1…200');

  log('Starting Postgres (.data/loadtest-pg) and loading the demo data…');
  const server = await freshDemoDatabase(repoRoot);
  let api: RunningPeer | undefined;
  const client = new Client({ connectionString: server.url });
  try {
    await client.connect();
    const logDir = path.join(repoRoot, '.data', 'loadtest-logs');
    fs.mkdirSync(logDir, { recursive: true });
    const logFile = path.join(logDir, 'trident.log');
    fs.writeFileSync(logFile, '');
    api = await startPeer(
      'trident',
      {
        NODE_ENV: 'production',
        DATABASE_URL: server.url,
        DATABASE_POOL_SIZE: String(POOL_SIZE),
        JWT_SECRET: 'loadtest-secret-that-is-at-least-32-characters-long',
        LOG_LEVEL: 'warn',
        // As in production: migrations at start (none left to apply), the worker inline.
        MIGRATE_ON_START: 'true',
        ESCALATION_WORKER: 'inline',
      },
      logFile,
    );
    log(`API in production mode at ${api.url} (log: ${path.relative(repoRoot, logFile)})`);

    const runId = Date.now().toString(36);
    const world = await discoverWorld(client, runId);
    const recorder = new Recorder();
    const ledger = new Ledger();
    const tokens = new Map<string, string>();
    const users: VirtualUser[] = [];
    for (let i = 0; i < concurrency; i++) {
      const login = loginOf(i);
      const userId = world.userIds.get(login.email);
      if (!userId) throw new Error(`no demo user ${login.email}`);
      if (!tokens.has(login.email))
        tokens.set(login.email, await signIn(api.url, login.email, DEMO_PASSWORD));
      const token = tokens.get(login.email)!;
      const user = new VirtualUser(
        i,
        login.persona,
        userId,
        new Session(api.url, token, recorder),
        world,
        ledger,
        recorder,
      );
      await user.prepare(new Session(api.url, token, null));
      users.push(user);
    }
    const before = await snapshot(client);

    log(
      `Running ${concurrency} virtual users for ${seconds} s (${world.deals.length} deals to move)…`,
    );
    await api.reset();
    const t0 = performance.now();
    const until = t0 + seconds * 1000;
    const ticker = setInterval(() => {
      const done = recorder.report().reduce((a, o) => a + o.requests, 0);
      log(`  ${Math.round((performance.now() - t0) / 1000)} s: ${done} requests`);
    }, 10_000);
    await Promise.all(
      users.map(async (user) => {
        while (performance.now() < until) await user.step();
      }),
    );
    clearInterval(ticker);
    const elapsed = (performance.now() - t0) / 1000;
    const serverStats = await api.stats();

    log('Checking integrity…');
    const integrity = await verify(client, before, ledger, runId);
    const operations = recorder.report();
    const sums = totals(operations, elapsed);
    const postgres = (await client.query<{ server_version: string }>('SHOW server_version'))
      .rows[0]!.server_version;
    const report: LoadTestReport = {
      ran_at: new Date().toISOString(),
      machine: machine(postgres),
      settings: {
        api_node: spawnSync(systemNode(), ['--version'], { encoding: 'utf8' }).stdout.trim(),
        seconds,
        concurrency,
        users: users.map((u) => `${u.persona}:${loginOf(u.index).email}`),
        pool_size: POOL_SIZE,
        escalation_worker: 'inline',
      },
      elapsed_seconds: Math.round(elapsed * 10) / 10,
      totals: sums,
      operations,
      server: serverStats,
      integrity,
      passed: sums.real_errors === 0 && integrity.every((c) => c.ok),
    };
    log(`\n${render(report)}`);
    if (!values['no-write']) {
      const out = path.join(repoRoot, '.data', 'loadtest-last.json');
      fs.writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
      log(`(written to ${path.relative(repoRoot, out)})`);
    }
    return report.passed ? 0 : 1;
  } finally {
    await api?.stop();
    await client.end().catch(() => undefined);
    await server.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(
      `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(2);
  },
);
