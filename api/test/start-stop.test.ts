import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';

/**
 * `pnpm start` exactly as the README runs it, in a process group of its own as a terminal
 * or a supervisor would: however it is told to stop, the API and the embedded Postgres
 * stop with it and nothing is left running.
 */
jest.setTimeout(300_000);

const REPO = path.resolve(__dirname, '..', '..');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'trident-start-'));
fs.chmodSync(dataDir, 0o755); // the postgres user must enter it when we run as root

interface Started {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function pnpmStart(env: Record<string, string>): Started {
  const { DATABASE_URL: _external, ...inherited } = process.env; // always the embedded one here
  const child = spawn('pnpm', ['start'], {
    cwd: REPO,
    detached: true, // its own process group, like a terminal's foreground job
    env: { ...inherited, DATA_DIR: dataDir, DEMO_DATA: 'false', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { child, output: () => output, exited };
}

async function until<T>(what: string, probe: () => T | undefined, ms: number): Promise<T> {
  for (const start = Date.now(); Date.now() - start < ms;) {
    const value = probe();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`timed out waiting for ${what}`);
}

function processes(): { pid: number; pgid: number; args: string }[] {
  return execFileSync('ps', ['-eo', 'pid=,pgid=,args='], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [, pid, pgid, args] = /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line) ?? [];
      return { pid: Number(pid), pgid: Number(pgid), args: args ?? '' };
    });
}

/** Starts, waits until it serves, and returns what to look for afterwards. */
async function startAndServe(started: Started) {
  const url = await until(
    'the welcome line',
    () => {
      if (started.child.exitCode !== null) throw new Error(`exited:\n${started.output()}`);
      return /Trident is running at (http:\/\/\S+)/.exec(started.output())?.[1];
    },
    240_000,
  );
  expect((await request(url).get('/readyz')).status).toBe(200);
  const postgres = processes().find((p) => p.args.includes(dataDir) && /postgres/.test(p.args));
  expect(postgres).toBeDefined();
  return { url, postgresPid: postgres!.pid, group: started.child.pid! };
}

/** Nothing of this run is left: not the group, not Postgres, not its watchdog. */
async function expectNothingLeft(group: number, postgresPid: number) {
  const left = await until(
    'every process to stop',
    () => {
      const alive = processes().filter(
        (p) =>
          p.pgid === group ||
          p.pid === postgresPid ||
          p.args.includes(dataDir) ||
          p.args.endsWith(` ${postgresPid}`),
      );
      return alive.length === 0 ? alive : undefined;
    },
    20_000,
  ).catch(() => processes().filter((p) => p.pgid === group || p.args.includes(dataDir)));
  expect(left).toEqual([]);
}

afterAll(() => {
  for (const p of processes().filter((p) => p.args.includes(dataDir)))
    process.kill(p.pid, 'SIGKILL');
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('pnpm start and stop', () => {
  it('stops the API and Postgres when its process group gets SIGTERM, leaving nothing behind', async () => {
    const started = pnpmStart({ PORT: String(await freePort()) });
    const { group, postgresPid } = await startAndServe(started);
    process.kill(-group, 'SIGTERM');
    await started.exited;
    await expectNothingLeft(group, postgresPid);
    expect(started.output()).toContain('"msg":"shut down"');
  });

  it('stops everything when only pnpm itself gets SIGTERM (pnpm does not pass it on)', async () => {
    const started = pnpmStart({ PORT: String(await freePort()) });
    const { group, postgresPid } = await startAndServe(started);
    process.kill(group, 'SIGTERM');
    await expectNothingLeft(group, postgresPid);
    expect(started.output()).toContain('"msg":"shut down"');
  });

  it('stops on Ctrl+C without a stack trace', async () => {
    const started = pnpmStart({ PORT: String(await freePort()) });
    const { group, postgresPid } = await startAndServe(started);
    process.kill(-group, 'SIGINT');
    await started.exited; // pnpm itself dies of the SIGINT, as the terminal expects
    await expectNothingLeft(group, postgresPid);
    expect(started.output()).toContain('Stopped.');
    expect(started.output()).not.toMatch(/\n\s+at /);
    expect(started.output()).not.toMatch(/"level":50/);
  });

  it('fails at once, naming PORT, when the port is taken', async () => {
    const taken = net.createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    try {
      const port = (taken.address() as net.AddressInfo).port;
      const started = pnpmStart({ PORT: String(port) });
      expect(await started.exited).toBe(1);
      expect(started.output()).toContain(`Port ${port} is taken`);
      expect(started.output()).toMatch(/set PORT to a free port/);
      expect(started.output()).not.toMatch(/\n\s+at /);
      expect(started.output()).not.toContain('Starting embedded Postgres');
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
  });

  it('fails at once, naming EMBEDDED_PG_PORT, when the chosen Postgres port is taken', async () => {
    const taken = net.createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    try {
      const port = (taken.address() as net.AddressInfo).port;
      const started = pnpmStart({ PORT: String(await freePort()), EMBEDDED_PG_PORT: String(port) });
      expect(await started.exited).toBe(1);
      expect(started.output()).toContain(`EMBEDDED_PG_PORT ${port} is taken`);
      expect(started.output()).not.toMatch(/\n\s+at /);
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
  });
});
