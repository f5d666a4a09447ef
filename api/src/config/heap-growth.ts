import v8 from 'node:v8';

/**
 * How far V8 lets the old generation grow past what survived the last full collection
 * before it collects again. Left to itself V8 grows it up to fourfold when collections look
 * cheap, and a long BI extract's pages, promoted while they are being answered, then pile up
 * as ~170 MB of dead rows before anything is freed (peak RSS 277–320 MB in the bench). At
 * 100 % (twice the live data) the extract peaks at ~210 MB, and Q1 and Q5 keep their
 * throughput; 50 % saves 25 MB more but cost Q1 some of its throughput (docs/benchmarks.md,
 * "Memory"). 0 leaves V8's own policy.
 */
export function heapGrowthFlag(percent: number): string | undefined {
  return percent > 0 ? `--heap-growing-percent=${percent}` : undefined;
}

/**
 * Set at start rather than on the command line so every way of starting the API (`pnpm
 * start`, the container, the bench, the process manager) runs with the same policy; V8 reads
 * this flag each time it sizes the heap after a collection, so setting it now takes effect.
 */
export function applyHeapGrowth(percent: number): void {
  const flag = heapGrowthFlag(percent);
  if (flag) v8.setFlagsFromString(flag);
}
