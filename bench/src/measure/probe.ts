// Loaded with `node --require` into every server under test: it measures the process
// from inside (event-loop delay, peak RSS) and answers the bench over the IPC channel,
// so the three peers are measured the same way.
import { monitorEventLoopDelay } from 'node:perf_hooks';

const delay = monitorEventLoopDelay({ resolution: 10 });
delay.enable();
let peakRss = process.memoryUsage.rss();
let cpuAtReset = process.cpuUsage();
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
}, 50);
sampler.unref();

export interface ProbeStats {
  peakRssMb: number;
  loopDelayP50Ms: number;
  loopDelayP99Ms: number;
  loopDelayMaxMs: number;
  /** CPU time (user + system) the process used since the last reset. */
  cpuSeconds: number;
}

process.on('message', (message: unknown) => {
  if (message === 'reset') {
    delay.reset();
    peakRss = process.memoryUsage.rss();
    cpuAtReset = process.cpuUsage();
    process.send?.({ reset: true });
  } else if (message === 'stats') {
    const stats: ProbeStats = {
      peakRssMb: Math.round(Math.max(peakRss, process.memoryUsage.rss()) / 1048576),
      loopDelayP50Ms: Math.round(delay.percentile(50) / 1e4) / 100,
      loopDelayP99Ms: Math.round(delay.percentile(99) / 1e4) / 100,
      loopDelayMaxMs: Math.round(delay.max / 1e4) / 100,
      cpuSeconds: (({ user, system }) => Math.round((user + system) / 1e4) / 100)(
        process.cpuUsage(cpuAtReset),
      ),
    };
    process.send?.({ stats });
  }
});
process.channel?.unref();
