// The child's half of the bench's usage message (child-process.ts: Usage): shared by the bench's
// own children and serve-preload.mjs, so it stays plain JS for the built server to load.
import { performance } from 'node:perf_hooks';

/** Answers each { type: 'usage' } from the bench with this process's CPU, event loop and memory. */
export function replyToUsageRequests() {
  process.on('message', (message) => {
    if (message?.type !== 'usage') return;
    const { user, system } = process.cpuUsage();
    const loop = performance.eventLoopUtilization();
    process.send?.({
      type: 'usage',
      usage: {
        cpuMs: (user + system) / 1000,
        systemCpuMs: system / 1000,
        loopActiveMs: loop.active,
        loopIdleMs: loop.idle,
        rssBytes: process.memoryUsage().rss,
        maxRssBytes: process.resourceUsage().maxRSS * 1024,
      },
    });
  });
}
