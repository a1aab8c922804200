import { describe, expect, it } from 'vitest';
import { runProxyLoad } from '../test/node/load-harness.ts';

/**
 * A short burst inside `npm test`; `npm run bench` runs the same test as a 20 s soak
 * (`npm run bench:soak`, PROXY_LOAD_SECONDS=20). 1 % of the simulator's answers fail on
 * purpose: the proxy must relay exactly those and add no failure of its own, and nothing may pile up.
 */
const CONNECTIONS = 200;
const SECONDS = Number(process.env.PROXY_LOAD_SECONDS) || 2;

describe('the signing proxy under load', () => {
  it(
    `serves ${CONNECTIONS} concurrent connections for ${SECONDS} s without an error of its own, and levels off`,
    async () => {
      const report = await runProxyLoad({ connections: CONNECTIONS, seconds: SECONDS, failRate: 0.01 });
      console.info(`[load] ${JSON.stringify(report)}`);

      // Load generator, proxy and simulator share one event loop (and the machine its cores), so
      // latency here says little; the bench measures it in separate processes. What counts here:
      expect(report.requests).toBeGreaterThan(CONNECTIONS);
      expect([report.errors, report.timeouts]).toEqual([0, 0]);
      // Every non-2xx is one the simulator injected, relayed as its 500; no 502/504 of the proxy.
      // Identical requests in flight share one upstream answer (coalesce.ts), so one injected
      // failure may reach every waiting client, or none when all of them had left at the end.
      const statuses = Object.keys(report.proxyStatuses);
      expect(statuses).toContain('200');
      expect(statuses.filter((status) => status !== '200')).toEqual(statuses.includes('500') ? ['500'] : []);
      const relayed500 = report.proxyStatuses[500] ?? 0;
      if (relayed500 > 0) expect(report.simulatorInjectedFailures).toBeGreaterThan(0);
      expect(relayed500).toBeLessThanOrEqual(report.simulatorInjectedFailures * CONNECTIONS);
      expect(report.proxyAborted).toBeLessThanOrEqual(CONNECTIONS);
      expect(report.non2xx).toBeLessThanOrEqual(relayed500);
      // One upstream socket per request in flight at most: kept-alive sockets are reused, not leaked.
      expect(report.peakClientSockets).toBeLessThanOrEqual(CONNECTIONS);
      expect(report.peakUpstreamSockets).toBeLessThanOrEqual(CONNECTIONS);
      expect(report.heapAfterMb - report.heapBeforeMb).toBeLessThan(16);
      expect(report.tcpSocketsAfter).toBeLessThanOrEqual(report.tcpSocketsBefore);
    },
    (SECONDS + 26) * 1000,
  );
});
