// `pnpm start`: the API and the console on one port, on an embedded Postgres whose data
// lives in <DATA_DIR>/pg (<repo>/.data/pg, kept across restarts), unless DATABASE_URL
// names another one.
//
//   --build  build what the server needs first (the root `pnpm start` passes it)
//   --dev    no console build: tsc --watch compiles the API and `node --watch` restarts it
//            on each change, while Vite serves the console (`pnpm dev`)
//
// pnpm does not pass signals on to its script, and it kills the script's shell when it is
// itself stopped: so this process stops on SIGTERM, on SIGINT and when it is orphaned —
// the API drains first, then Postgres stops. Nothing is left running.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { createRequire } from 'node:module';
import { ensureDatabase, freePort, startEmbeddedPostgres } from './embedded-postgres.mjs';

const require = createRequire(import.meta.url);
const apiRoot = path.resolve(import.meta.dirname, '..');
const repoRoot = path.resolve(apiRoot, '..');
const args = new Set(process.argv.slice(2));
const DEV = args.has('--dev');
const DEFAULT_PG_PORT = 54329;

// Optional overrides in <repo>/.env (see .env.example); real environment variables win.
if (fs.existsSync(path.join(repoRoot, '.env'))) process.loadEnvFile(path.join(repoRoot, '.env'));

/** A failure the user can fix: printed as one line, no stack. */
class StartError extends Error {}

function canListen(port, host) {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, host, () => probe.close(() => resolve(true)));
  });
}

/** Fails at once, before any build, when the API's port is taken. */
async function checkApiPort() {
  const port = Number(process.env.PORT ?? 4000);
  if (!Number.isInteger(port) || port === 0) return;
  const host =
    process.env.HOST ?? (process.env.NODE_ENV === 'production' ? '0.0.0.0' : '127.0.0.1');
  if (!(await canListen(port, host)))
    throw new StartError(
      `Port ${port} is taken (another Trident?): stop what runs there, or set PORT to a free port, e.g. PORT=4100 pnpm start`,
    );
}

/** The embedded Postgres's port: EMBEDDED_PG_PORT if set (it must be free), else 54329 or any free one. */
async function embeddedPgPort() {
  const given = process.env.EMBEDDED_PG_PORT;
  if (given) {
    if (!(await canListen(Number(given), '127.0.0.1')))
      throw new StartError(
        `EMBEDDED_PG_PORT ${given} is taken: stop what runs there or set EMBEDDED_PG_PORT to a free port (leave it unset to pick one)`,
      );
    return Number(given);
  }
  if (await canListen(DEFAULT_PG_PORT, '127.0.0.1')) return DEFAULT_PG_PORT;
  const port = await freePort();
  process.stdout.write(`(port ${DEFAULT_PG_PORT} is taken: the embedded Postgres uses ${port})\n`);
  return port;
}

function build() {
  const turbo = path.join(repoRoot, 'node_modules', '.bin', 'turbo');
  const result = spawnSync(
    turbo,
    ['run', 'build', '--filter=@trident/api...', '--output-logs=errors-only'],
    { cwd: repoRoot, stdio: 'inherit' },
  );
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function compileApi() {
  const tsc = path.join(apiRoot, 'node_modules', '.bin', 'tsc');
  const result = spawnSync(tsc, ['-p', 'tsconfig.build.json'], { cwd: apiRoot, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

let pg;
let api;
const children = [];
let stopping;

/** API first (drain in-flight requests), then Postgres; idempotent. */
function stop(reason, code = 0) {
  stopping ??= (async () => {
    if (reason) process.stdout.write(`\nStopping (${reason})…\n`);
    const timeout = Number(process.env.SHUTDOWN_TIMEOUT_MS ?? 10_000);
    setTimeout(() => {
      process.stderr.write(`Still stopping after ${timeout} ms: exiting anyway.\n`);
      process.exit(1);
    }, timeout + 5_000).unref();
    for (const child of children) child.kill('SIGTERM');
    await Promise.all(children.map((child) => child.exited));
    await api?.close().catch(() => undefined);
    await pg?.stop();
    process.stdout.write('Stopped.\n');
    process.exit(code);
  })();
  return stopping;
}

function watchForStop() {
  process.on('SIGINT', () => stop('Ctrl+C'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) stop('the launching process ended');
  }, 500).unref();
}

function run(command, commandArgs, env) {
  const child = spawn(command, commandArgs, { cwd: apiRoot, stdio: 'inherit', env });
  child.exited = new Promise((resolve) => child.once('exit', resolve));
  children.push(child);
  return child;
}

try {
  watchForStop();
  await checkApiPort();
  const pgPort = process.env.DATABASE_URL ? undefined : await embeddedPgPort();
  if (args.has('--build')) build();
  if (DEV) compileApi(); // `turbo run dev` built the packages the API needs

  if (pgPort !== undefined) {
    const dataDir = path.join(process.env.DATA_DIR ?? path.join(repoRoot, '.data'), 'pg');
    process.stdout.write(`Starting embedded Postgres on 127.0.0.1:${pgPort}…\n`);
    pg = await startEmbeddedPostgres({
      dataDir,
      port: pgPort,
      log: (line) => line.startsWith('stopping') && process.stdout.write(line),
    });
    if (pg.dataDir !== dataDir)
      process.stdout.write(
        `(running as root in a folder Postgres cannot enter: data is in ${pg.dataDir})\n`,
      );
    process.env.DATABASE_URL = await ensureDatabase(pg.url, 'trident');
  }
  if (stopping) await stopping;

  if (DEV) {
    const tsc = path.join(apiRoot, 'node_modules', '.bin', 'tsc');
    run(tsc, ['-p', 'tsconfig.build.json', '--watch', '--preserveWatchOutput'], process.env);
    run(
      process.execPath,
      ['--watch-path=dist', '--watch-preserve-output', 'dist/main.js'],
      process.env,
    ).exited.then((code) => stop(undefined, code ?? 0));
  } else {
    const { startApi, printWelcome } = require('../dist/main.js');
    const { loadConfig } = require('../dist/config/config.js');
    const config = loadConfig();
    api = await startApi();
    printWelcome(api.url, config.DEMO_DATA);
  }
} catch (error) {
  const known =
    error instanceof StartError ||
    error?.name === 'ConfigError' ||
    error?.code === 'EADDRINUSE' ||
    /is taken/.test(error?.message ?? '');
  process.stderr.write(`${known ? error.message : (error?.stack ?? error)}\n`);
  await stop(undefined, 1);
}
