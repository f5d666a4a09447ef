// `pnpm bench [--scale 0.1] [--seconds 10] [--only Q1,Q3] [--regenerate]`: generates the
// data set (once per scale), starts Trident, PostGraphile and the SQL peer on it behind
// one statement counter, runs Q1–Q6 against each and writes docs/benchmarks.{json,md}.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { generatedScale, migrate, openServer, recreate } from './database';
import { generate } from './generate';
import { startWireCounter } from './measure/wire-counter';
import { machine, markdown, writeReport, type BenchReport } from './report';
import { runExtract } from './runs/extract';
import { countStatements, loadShape, servesShape } from './runs/reads';
import { runWrites } from './runs/writes';
import { startPeer, type PeerName, type RunningPeer } from './servers';
import { discoverParams, installBenchSchema, writerDeals } from './setup';
import { READ_SHAPES } from './shapes';

const repoRoot = path.resolve(__dirname, '../..');
const POOL_SIZE = 10;
const PEERS: PeerName[] = ['trident', 'postgraphile', 'sql'];
const log = (line: string) => process.stdout.write(`${line}\n`);

async function main() {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string', default: '1' },
      seconds: { type: 'string', default: '10' },
      only: { type: 'string' },
      writers: { type: 'string', default: '50' },
      regenerate: { type: 'boolean', default: false },
      'no-report': { type: 'boolean', default: false },
    },
  });
  const scale = Number(values.scale);
  const seconds = Number(values.seconds);
  if (!(scale > 0 && scale <= 10)) throw new Error('--scale must be in (0, 10]');
  const only = values.only?.split(',').map((q) => q.trim().toUpperCase());
  const wanted = (id: string) => !only || only.some((q) => id.startsWith(q));

  const server = await openServer(repoRoot);
  const running = new Set<RunningPeer>();
  let counter: Awaited<ReturnType<typeof startWireCounter>> | undefined;
  try {
    let generateSeconds: number | null = null;
    if (values.regenerate || (await generatedScale(server.url)) !== scale) {
      log(`Generating the data set at scale ${scale}…`);
      await recreate(server.url);
      const client = new Client({ connectionString: server.url });
      await client.connect();
      try {
        await installBenchSchema(client);
        const result = await generate(client, scale, log);
        generateSeconds = Math.round(result.seconds);
        await client.query(
          'INSERT INTO bench.data_set (scale, complete, seconds, rows) VALUES ($1, true, $2, $3)',
          [scale, result.seconds, JSON.stringify(result.rows)],
        );
      } finally {
        await client.end();
      }
    }
    await migrate(server.url);
    const client = new Client({ connectionString: server.url });
    await client.connect();
    await installBenchSchema(client);
    const rows = (
      await client.query<{ rows: Record<string, number> }>(
        'SELECT rows FROM bench.data_set WHERE complete ORDER BY generated_at DESC LIMIT 1',
      )
    ).rows[0]!.rows;
    const postgres = (await client.query<{ server_version: string }>('SHOW server_version'))
      .rows[0]!.server_version;

    counter = await startWireCounter(server.url);
    const logDir = path.join(repoRoot, '.data', 'bench-logs');
    fs.mkdirSync(logDir, { recursive: true });
    const env = {
      DATABASE_POOL_SIZE: String(POOL_SIZE),
      NODE_ENV: 'production',
      JWT_SECRET: 'bench-secret-that-is-at-least-32-characters-long',
      MIGRATE_ON_START: 'false',
      DEMO_DATA: 'false',
      ESCALATION_WORKER: 'off',
      LOG_LEVEL: 'warn',
      // A load test is one runaway client by design: the per-token limit would refuse it.
      BI_TOKEN_REQUESTS_PER_MINUTE: '0',
    };
    // Statements are counted through the wire counter; loads run straight to Postgres,
    // so the counter (in this busy process) adds no latency to a peer's round trips.
    const start = async (name: PeerName, databaseUrl: string, extra: object = {}) => {
      const peer = await startPeer(
        name,
        { ...env, ...extra, DATABASE_URL: databaseUrl },
        path.join(logDir, `${name}.log`),
      );
      running.add(peer);
      return peer;
    };
    const stop = async (peer: RunningPeer) => {
      await peer.stop();
      running.delete(peer);
    };

    const bootstrap = await start('trident', server.url);
    const params = await discoverParams(client, bootstrap.url);
    const deals = wanted('Q5')
      ? await writerDeals(client, bootstrap.url, Number(values.writers))
      : [];
    await stop(bootstrap);
    const peerEnv = { BENCH_PARAMS: JSON.stringify(params) };
    const shapes = READ_SHAPES.filter((s) => wanted(s.id));
    const queries: BenchReport['queries'] = {};
    const entry = (id: string, peer: PeerName) =>
      ((queries[id] ??= {})[peer] ??= {
        rps: 0,
        p50_ms: 0,
        p95_ms: 0,
        p99_ms: 0,
        statements: 0,
        errors: 0,
      });

    log('Counting statements per request (through the wire counter)…');
    for (const name of PEERS) {
      const peer = await start(name, counter.url, peerEnv);
      for (const shape of shapes.filter((s) => servesShape(s, peer))) {
        Object.assign(
          entry(shape.id, name),
          await countStatements(shape, peer, params, counter, log),
        );
      }
      if (wanted('Q3')) {
        const counted = await runExtract(peer, params, log, { counter, pages: 20 });
        entry('Q3', name).statements = counted.statements;
      }
      if (wanted('Q5')) {
        const counted = await runWrites(peer, deals.slice(0, 5), client, 2, log, counter);
        entry('Q5', name).statements = counted.statements;
      }
      await stop(peer);
    }

    log('Throughput, closed loop…');
    const saturated: Record<string, number[]> = {};
    for (const name of PEERS) {
      const peer = await start(name, server.url, peerEnv);
      for (const shape of shapes.filter((s) => servesShape(s, peer))) {
        const result = await loadShape(shape, peer, params, seconds);
        Object.assign(entry(shape.id, name), {
          rps: result.rps,
          errors: result.errors,
          ...(await peer.stats()),
        });
        (saturated[shape.id] ??= []).push(result.rps);
        log(`  ${shape.id} ${name}: ${result.rps} req/s`);
      }
      await stop(peer);
    }

    log(
      'Latency at one fixed rate per shape (half the slowest peer), the extract and the writers…',
    );
    for (const name of PEERS) {
      let peer = await start(name, server.url, peerEnv);
      for (const shape of shapes.filter((s) => servesShape(s, peer))) {
        const rate = Math.max(1, Math.floor(Math.min(...saturated[shape.id]!) / 2));
        const result = await loadShape(shape, peer, params, seconds, rate);
        const numbers = entry(shape.id, name);
        Object.assign(numbers, {
          fixed_rate: rate,
          p50_ms: result.p50_ms,
          p95_ms: result.p95_ms,
          p99_ms: result.p99_ms,
          errors: numbers.errors + result.errors,
        });
        log(
          `  ${shape.id} ${name}: p50 ${result.p50_ms} ms, p99 ${result.p99_ms} ms at ${rate} req/s`,
        );
      }
      if (wanted('Q3')) {
        // A fresh process, so its peak RSS is the extract's and not what earlier shapes left.
        await stop(peer);
        peer = await start(name, server.url, peerEnv);
        const statements = entry('Q3', name).statements;
        Object.assign(entry('Q3', name), await runExtract(peer, params, log), { statements });
      }
      if (wanted('Q5')) {
        const statements = entry('Q5', name).statements;
        Object.assign(entry('Q5', name), await runWrites(peer, deals, client, seconds, log), {
          statements,
        });
      }
      await stop(peer);
    }

    const report: BenchReport = {
      scale,
      ran_at: new Date().toISOString(),
      machine: machine(postgres),
      data: { rows, generate_seconds: generateSeconds },
      settings: { seconds_per_run: seconds, pool_size: POOL_SIZE },
      queries,
    };
    await client.end();
    report.queries = Object.fromEntries(
      ['Q1', 'Q2', 'Q3', 'Q4', 'Q5', 'Q6a', 'Q6b']
        .filter((id) => queries[id])
        .map((id) => [id, queries[id]!]),
    );
    log(`\n${markdown(report)}`);
    if (!values['no-report']) {
      // A partial run (--only) replaces its shapes in the last full report of this scale.
      const previous = path.join(repoRoot, 'docs', 'benchmarks.json');
      if (only && fs.existsSync(previous)) {
        const last = JSON.parse(fs.readFileSync(previous, 'utf8')) as BenchReport;
        if (last.scale === scale) {
          report.queries = Object.fromEntries(
            ['Q1', 'Q2', 'Q3', 'Q4', 'Q5', 'Q6a', 'Q6b']
              .filter((id) => report.queries[id] ?? last.queries[id])
              .map((id) => [id, report.queries[id] ?? last.queries[id]!]),
          );
          report.partial_reruns = [
            ...(last.partial_reruns ?? []),
            { at: report.ran_at, only: only.join(',') },
          ];
          report.ran_at = last.ran_at;
          writeReport(report, path.join(repoRoot, 'docs'));
        }
      } else if (!only) {
        writeReport(report, path.join(repoRoot, 'docs'));
      }
    }
  } finally {
    for (const peer of running) await peer.stop();
    await counter?.close();
    await server.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
