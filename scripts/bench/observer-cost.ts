// What the metrics cost the proxy per request: the observer's calls (src/metrics/proxy-metrics.ts,
// prom-client underneath) for one upstream request, timed in a loop in this process. Too small
// to see in the load figures' noise, so measured on its own.
import { createServerMetrics } from '../../src/metrics/server-metrics.ts';
import { median, round } from './stats.ts';

export interface ObserverCost {
  calls: number;
  /** Median over the rounds, per upstream request (one upstreamRequest call). */
  usPerRequest: number;
}

export function measureObserverCost({ calls = 200_000, rounds = 5 } = {}): ObserverCost {
  const { proxyObserver } = createServerMetrics();
  const regions = ['kr-west1', 'kr-east1'];
  const statuses = [200, 200, 200, 200, 404, 429, 'timeout'] as const;
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const started = process.hrtime.bigint();
    for (let i = 0; i < calls; i++) {
      proxyObserver.upstreamRequest(
        regions[i & 1] as string,
        'listVolumes',
        statuses[i % statuses.length] as number,
        (i % 500) / 1000,
      );
    }
    samples.push(Number(process.hrtime.bigint() - started) / 1000 / calls);
  }
  return { calls, usPerRequest: round(median(samples), 2) };
}
