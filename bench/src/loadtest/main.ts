// `pnpm loadtest [--seconds 30] [--concurrency 16] [--processes 1] [--worker inline|process]
// [--no-write]`: a mixed workload of demo users of every role (desks, lists, funnel, org charts,
// timelines; visits, stage moves with version races, tasks, feedback, payments with retried
// idempotency keys) against the production API on its own embedded Postgres seeded with the demo
// data, then an integrity check in SQL against what the clients were answered. With several
// processes each request goes to the next one in turn, and the workers run as their own
// process. Exits non-zero on a failed check or a real error.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { machine } from '../report';
import { startPeer, systemNode, type RunningPeer } from '../servers';
import { freshDemoDatabase } from './database';
import { snapshot, verify } from './integrity';
import { Ledger } from './ledger';
import { Balancer, Recorder, Session, signIn } from './recorder';
import { render, totals, type LoadTestReport } from './report';
import { VirtualUser } from './virtual-user';
import { DEMO_PASSWORD, discoverWorld, loginOf } from './world';

const repoRoot = path.resolve(__dirname, '../../..');
const POOL_SIZE = 10;
const log = (line: string) => process.stdout.write(`${line}\n`);
const round2 = (n: number) => Math.round(n * 100) / 100;

/** Busy and total CPU seconds of the whole machine (all cores), since `since` when given. */
function cpuTimes(since?: { busy: number; total: number }): { busy: number; total: number } {
  let busy = 0;
  let total = 0;
  for (const { times } of os.cpus()) {
    const all = times.user + times.nice + times.sys + times.irq + times.idle;
    total += all / 1000;
    busy += (all - times.idle) / 1000;
  }
  return since ? { busy: busy - since.busy, total: total - since.total } : { busy, total };
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      seconds: { type: 'string', default: '30' },
      concurrency: { type: 'string', default: '16' },
      processes: { type: 'string', default: '1' },
      worker: { type: 'string' },
      'no-write': { type: 'boolean', default: false },
    },
  });
  const seconds = Number(values.seconds);
  const concurrency = Number(values.concurrency);
  const processes = Number(values.processes);
  if (!(seconds > 0)) throw new Error('--seconds must be positive');
  if (!(Number.isInteger(concurrency) && concurrency > 0 && concurrency <= 200))
    throw new Error('--concurrency must be an integer in 1…200');
  if (!(Number.isInteger(processes) && processes > 0 && processes <= 8))
    throw new Error('--processes must be an integer in 1…8');
  // One process runs its workers inline, as `pnpm start` does; several share one worker
  // process, as docker/compose.yaml runs them.
  const worker = values.worker ?? (processes > 1 ? 'process' : 'inline');
  if (worker !== 'inline' && worker !== 'process')
    throw new Error('--worker must be inline or process');

  log('Starting Postgres (.data/loadtest-pg) and loading the demo data…');
  const server = await freshDemoDatabase(repoRoot);
  const running: RunningPeer[] = [];
  const client = new Client({ connectionString: server.url });
  try {
    await client.connect();
    const logDir = path.join(repoRoot, '.data', 'loadtest-logs');
    fs.mkdirSync(logDir, { recursive: true });
    const logFile = (name: string) => {
      const file = path.join(logDir, `${name}.log`);
      fs.writeFileSync(file, '');
      return file;
    };
    const env = {
      NODE_ENV: 'production',
      DATABASE_URL: server.url,
      DATABASE_POOL_SIZE: String(POOL_SIZE),
      JWT_SECRET: 'loadtest-secret-that-is-at-least-32-characters-long',
      LOG_LEVEL: 'warn',
      // As in production: every process migrates at start (under the startup lock; none left).
      MIGRATE_ON_START: 'true',
      ESCALATION_WORKER: worker === 'inline' ? 'inline' : 'off',
      DELIVERY_WORKER: worker === 'inline' ? 'inline' : 'off',
    };
    // Started together, as replicas are.
    const apis = await Promise.all(
      Array.from({ length: processes }, (_, i) =>
        startPeer('trident', env, logFile(processes > 1 ? `trident-${i + 1}` : 'trident')),
      ),
    );
    running.push(...apis);
    if (worker === 'process')
      running.push(await startPeer('trident-worker', env, logFile('trident-worker')));
    log(
      `${processes} API process${processes > 1 ? 'es' : ''} in production mode at ${apis.map((a) => a.url).join(', ')}, workers ${worker === 'inline' ? 'inline' : 'in their own process'} (logs: ${path.relative(repoRoot, logDir)})`,
    );

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
        tokens.set(login.email, await signIn(apis[0]!.url, login.email, DEMO_PASSWORD));
      const token = tokens.get(login.email)!;
      // Each user has its own turn over the processes, so users do not march in step.
      const balancer = new Balancer(apis.map((_, k) => apis[(i + k) % apis.length]!.url));
      const user = new VirtualUser(
        i,
        login.persona,
        userId,
        new Session(balancer, token, recorder),
        world,
        ledger,
        recorder,
      );
      await user.prepare(new Session(balancer, token, null));
      users.push(user);
    }
    const before = await snapshot(client);

    log(
      `Running ${concurrency} virtual users for ${seconds} s (${world.deals.length} deals to move)…`,
    );
    await Promise.all(running.map((p) => p.reset()));
    const machineBefore = cpuTimes();
    const clientBefore = process.cpuUsage();
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
    const machineCpu = cpuTimes(machineBefore);
    const clientCpu = process.cpuUsage(clientBefore);
    const servers = await Promise.all(
      running.map(async (p, i) => ({
        process: p.name === 'trident' ? (processes > 1 ? `API ${i + 1}` : 'API') : 'worker',
        ...(await p.stats()),
      })),
    );

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
        processes,
        pool_size: POOL_SIZE,
        worker,
      },
      elapsed_seconds: Math.round(elapsed * 10) / 10,
      totals: sums,
      operations,
      servers,
      cpu: {
        machine_busy_seconds: round2(machineCpu.busy),
        machine_available_seconds: round2(machineCpu.total),
        client_seconds: round2((clientCpu.user + clientCpu.system) / 1e6),
      },
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
    await Promise.all(running.map((p) => p.stop()));
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
