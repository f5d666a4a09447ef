import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import type { PeerNumbers } from './runs/reads';

export interface BenchReport {
  scale: number;
  ran_at: string;
  machine: { cpus: number; cpu_model: string; memory_gb: number; node: string; postgres: string };
  data: { rows: Record<string, number>; generate_seconds: number | null };
  settings: { seconds_per_run: number; pool_size: number };
  queries: Record<string, Record<string, PeerNumbers>>;
  /** Shapes measured again later with --only, merged into this report. */
  partial_reruns?: { at: string; only: string }[];
}

export function machine(postgres: string): BenchReport['machine'] {
  return {
    cpus: os.cpus().length,
    cpu_model: os.cpus()[0]?.model ?? 'unknown',
    memory_gb: Math.round(os.totalmem() / 2 ** 30),
    node: process.versions.node,
    postgres,
  };
}

const ratio = (a: number | undefined, b: number | undefined) =>
  a && b ? `${(a / b).toFixed(2)}×` : '—';

/** The results table that goes between the markers of docs/benchmarks.md. */
export function markdown(report: BenchReport): string {
  const lines = [
    `Run of ${report.ran_at.slice(0, 10)} at scale ${report.scale} on ${report.machine.cpus} × ${report.machine.cpu_model}, ${report.machine.memory_gb} GiB, Postgres ${report.machine.postgres}, ${report.settings.seconds_per_run} s per load run, pools of ${report.settings.pool_size}.`,
    '',
    `Data: ${Object.entries(report.data.rows)
      .map(([table, n]) => `${n.toLocaleString('en')} ${table}`)
      .join(
        ', ',
      )}${report.data.generate_seconds === null ? ' (reused)' : `; generated in ${report.data.generate_seconds} s`}.`,
    ...(report.partial_reruns?.length
      ? [
          '',
          `Measured again later with \`--only\`: ${report.partial_reruns.map((r) => `${r.only} (${r.at.slice(0, 16).replace('T', ' ')} UTC)`).join(', ')}.`,
        ]
      : []),
    '',
    '| query | peer | req/s | p50 ms | p95 ms | p99 ms | statements / request | peak RSS MB | loop delay p99 ms | errors |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const [id, peers] of Object.entries(report.queries)) {
    for (const [peer, n] of Object.entries(peers)) {
      const rps = n.rows_per_s
        ? `${n.rps} (${Number(n.rows_per_s).toLocaleString('en')} rows/s)`
        : n.rps;
      lines.push(
        `| ${id} | ${peer} | ${rps} | ${n.p50_ms} | ${n.p95_ms} | ${n.p99_ms} | ${n.statements} | ${n.peakRssMb ?? ''} | ${n.loopDelayP99Ms ?? ''} | ${id.startsWith('Q6') && n.errors ? `${n.errors} refused` : n.errors} |`,
      );
    }
  }
  lines.push(
    '',
    '| query | Trident / PostGraphile (p99) | Trident / SQL (p99) | Trident / PostGraphile (req/s) | Trident / SQL (req/s) |',
    '| --- | ---: | ---: | ---: | ---: |',
  );
  for (const [id, peers] of Object.entries(report.queries)) {
    const t = peers.trident;
    const g = peers.postgraphile;
    const s = peers.sql;
    const rate = (n: PeerNumbers | undefined) => (n ? Number(n.rows_per_s ?? n.rps) : undefined);
    lines.push(
      `| ${id} | ${ratio(t?.p99_ms, g?.p99_ms)} | ${ratio(t?.p99_ms, s?.p99_ms)} | ${ratio(rate(t), rate(g))} | ${ratio(rate(t), rate(s))} |`,
    );
  }
  return lines.join('\n');
}

export function writeReport(report: BenchReport, docsDir: string): void {
  fs.writeFileSync(`${docsDir}/benchmarks.json`, `${JSON.stringify(report, null, 2)}\n`);
  const file = `${docsDir}/benchmarks.md`;
  const doc = fs.readFileSync(file, 'utf8');
  const start = '<!-- results:start -->';
  const end = '<!-- results:end -->';
  const at = doc.indexOf(start);
  const until = doc.indexOf(end);
  const table = `${start}\n\n${markdown(report)}\n\n${end}`;
  fs.writeFileSync(
    file,
    at >= 0 && until > at
      ? doc.slice(0, at) + table + doc.slice(until + end.length)
      : `${doc}\n${table}\n`,
  );
  // Keep the page as `pnpm lint` wants it (tables aligned by prettier).
  spawnSync('pnpm', ['exec', 'prettier', '--write', file, `${docsDir}/benchmarks.json`], {
    cwd: `${docsDir}/..`,
    stdio: 'ignore',
  });
}
