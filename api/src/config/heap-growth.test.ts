import { execFileSync } from 'node:child_process';
import { heapGrowthFlag } from './heap-growth';

/**
 * A process with a live set of ~60 MB answers "pages" of rows that live across a few
 * collections (so they are promoted, as an extract's are) and reports its largest heap.
 */
const PROGRAM = `(() => {
const v8 = require('node:v8');
if (process.argv[1]) v8.setFlagsFromString(process.argv[1]);
const live = Array.from({ length: 400000 }, (_, i) => ({ i, s: 'row ' + i }));
let peak = 0;
const pages = [];
for (let page = 0; page < 60; page++) {
  pages.push(Array.from({ length: 20000 }, (_, i) => ({ id: page + '-' + i, text: 'x'.repeat(40) + i })));
  if (pages.length > 3) pages.shift();
  peak = Math.max(peak, v8.getHeapStatistics().total_heap_size);
}
process.stdout.write(String(live.length && Math.round(peak / 1048576)));
})()`;

const peakHeapMb = (flag: string | undefined) =>
  Number(execFileSync(process.execPath, ['-e', PROGRAM, flag ?? ''], { encoding: 'utf8' }));

describe('heap growth', () => {
  it('is a V8 flag, or none for V8’s own policy', () => {
    expect(heapGrowthFlag(50)).toBe('--heap-growing-percent=50');
    expect(heapGrowthFlag(0)).toBeUndefined();
  });

  it('keeps the heap of a process promoting its pages well below V8’s own policy', () => {
    const own = peakHeapMb(heapGrowthFlag(0));
    const bounded = peakHeapMb(heapGrowthFlag(100));
    expect(bounded).toBeGreaterThan(60); // the live set is there
    expect(bounded).toBeLessThan(own * 0.75);
  });
});
