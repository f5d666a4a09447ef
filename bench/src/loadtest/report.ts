import type { ProbeStats } from '../measure/probe';
import type { BenchReport } from '../report';
import type { Check } from './integrity';
import type { OperationReport } from './recorder';

export interface LoadTestReport {
  ran_at: string;
  machine: BenchReport['machine'];
  settings: {
    /** The API's Node (the system one, as for the bench's Trident peer). */
    api_node: string;
    seconds: number;
    concurrency: number;
    users: string[];
    /** API processes behind the client-side balancer. */
    processes: number;
    /** Pool per API process. */
    pool_size: number;
    /** 'inline' in each API process, or 'process': the worker on its own. */
    worker: 'inline' | 'process';
  };
  elapsed_seconds: number;
  totals: {
    requests: number;
    reads: number;
    writes: number;
    rps: number;
    ok: number;
    expected: Record<string, number>;
    errors: Record<string, number>;
    real_errors: number;
  };
  operations: OperationReport[];
  /** Each API process (and the worker, when on its own), measured from inside. */
  servers: (ProbeStats & { process: string })[];
  /** Where the machine's CPU went: Postgres is what the machine used beyond the Node processes. */
  cpu: {
    machine_busy_seconds: number;
    machine_available_seconds: number;
    /** This load generator (the virtual users), which shares the machine. */
    client_seconds: number;
  };
  integrity: Check[];
  passed: boolean;
}

const sum = (records: Record<string, number>[]) => {
  const out: Record<string, number> = {};
  for (const r of records) for (const [k, v] of Object.entries(r)) out[k] = (out[k] ?? 0) + v;
  return out;
};

const total = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);

export function totals(operations: OperationReport[], seconds: number): LoadTestReport['totals'] {
  const requests = total(Object.fromEntries(operations.map((o) => [o.operation, o.requests])));
  const errors = sum(operations.map((o) => o.errors));
  return {
    requests,
    reads: operations.filter((o) => o.kind === 'read').reduce((a, o) => a + o.requests, 0),
    writes: operations.filter((o) => o.kind === 'write').reduce((a, o) => a + o.requests, 0),
    rps: Math.round((requests / seconds) * 10) / 10,
    ok: operations.reduce((a, o) => a + o.ok, 0),
    expected: sum(operations.map((o) => o.expected)),
    errors,
    real_errors: total(errors),
  };
}

const codes = (r: Record<string, number>) =>
  Object.entries(r)
    .map(([code, n]) => `${n} ${code}`)
    .join(', ') || '0';

/** A markdown table: readable in a terminal and pasted as is into docs/benchmarks.md. */
function table(header: string[], rows: (string | number)[][], right: number[]): string {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => r[i]!.length)));
  const line = (r: string[]) =>
    `| ${r.map((c, i) => (right.includes(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join(' | ')} |`;
  const rule = `| ${widths.map((w, i) => (right.includes(i) ? `${'-'.repeat(w - 1)}:` : '-'.repeat(w))).join(' | ')} |`;
  return [line(cells[0]!), rule, ...cells.slice(1).map(line)].join('\n');
}

function cpuLine(report: LoadTestReport): string {
  const c = report.cpu;
  const node = report.servers.reduce((a, s) => a + s.cpuSeconds, 0);
  const rest = c.machine_busy_seconds - node - c.client_seconds;
  return `CPU: the machine was busy ${c.machine_busy_seconds.toFixed(1)} of ${c.machine_available_seconds.toFixed(1)} CPU-seconds: API and worker ${node.toFixed(1)} s, load generator ${c.client_seconds.toFixed(1)} s, Postgres and the rest ${rest.toFixed(1)} s.`;
}

export function render(report: LoadTestReport): string {
  const t = report.totals;
  const m = report.machine;
  const lines = [
    `Load test of ${report.ran_at.slice(0, 16).replace('T', ' ')} UTC: ${report.settings.concurrency} virtual users for ${report.settings.seconds} s (${report.elapsed_seconds} s with the last answers) on ${m.cpus} × ${m.cpu_model}, Postgres ${m.postgres}; ${report.settings.processes} API process${report.settings.processes > 1 ? 'es' : ''} on Node ${report.settings.api_node} in production mode, pool ${report.settings.pool_size} each, workers ${report.settings.worker === 'inline' ? 'inline' : 'in their own process'}.`,
    '',
    `${t.requests} requests (${t.reads} reads, ${t.writes} writes), ${t.rps} req/s; expected refusals: ${codes(t.expected)}; real errors: ${codes(t.errors)}. ${report.servers.map((s) => `${s.process}: CPU ${s.cpuSeconds} s, peak RSS ${s.peakRssMb} MB, event-loop delay p99 ${s.loopDelayP99Ms} ms`).join('; ')}.`,
    '',
    cpuLine(report),
    '',
    table(
      [
        'operation',
        'kind',
        'requests',
        'ok',
        'expected refusals',
        'errors',
        'p50 ms',
        'p95 ms',
        'p99 ms',
      ],
      report.operations.map((o) => [
        o.operation,
        o.kind,
        o.requests,
        o.ok,
        codes(o.expected),
        codes(o.errors),
        o.p50_ms.toFixed(1),
        o.p95_ms.toFixed(1),
        o.p99_ms.toFixed(1),
      ]),
      [2, 3, 6, 7, 8],
    ),
    '',
    table(
      ['integrity check (SQL against what the clients were answered)', 'expected', 'actual', 'ok'],
      report.integrity.map((c) => [c.check, c.expected, c.actual, c.ok ? 'yes' : '**NO**']),
      [],
    ),
  ];
  const firstErrors = report.operations.filter((o) => o.first_error);
  if (firstErrors.length) {
    lines.push('', 'First real error per operation:');
    for (const o of firstErrors) lines.push(`- ${o.operation}: ${o.first_error}`);
  }
  lines.push('', report.passed ? 'PASSED' : 'FAILED');
  return lines.join('\n');
}
