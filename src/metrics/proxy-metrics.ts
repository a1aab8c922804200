import { Counter, Histogram, type Registry } from 'prom-client';
import type { ProxyObserver, RejectReason } from '../proxy/observer.ts';

/** Seconds. SCP answers in tens to hundreds of ms; the proxy gives up after 15 s by default. */
export const UPSTREAM_DURATION_BUCKETS = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 15, 30];

const REJECT_REASONS: readonly RejectReason[] = [
  'not_found',
  'method_not_allowed',
  'bad_request',
  'cross_site',
  'not_configured',
];

/**
 * The proxy's metrics, registered in `registry`, and the observer (src/proxy/observer.ts) that
 * feeds them. Labels are bounded: configured regions, the route table's endpoints, statuses.
 */
export function createProxyMetrics(registry: Registry): ProxyObserver {
  const requests = new Counter({
    name: 'scp_upstream_requests_total',
    help: 'Requests the proxy sent to SCP, by region, endpoint and outcome (HTTP status, timeout, unreachable, client_gone).',
    labelNames: ['region', 'endpoint', 'status'] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'scp_upstream_request_duration_seconds',
    help: 'Time from sending a request to SCP to its whole answer (or its failure), by region and endpoint.',
    labelNames: ['region', 'endpoint'] as const,
    buckets: UPSTREAM_DURATION_BUCKETS,
    registers: [registry],
  });
  const coalesced = new Counter({
    name: 'scp_proxy_coalesced_requests_total',
    help: 'Browser requests answered by an identical SCP request already in flight (no SCP request of their own).',
    registers: [registry],
  });
  const rejected = new Counter({
    name: 'scp_proxy_rejected_requests_total',
    help: 'Requests the proxy refused without asking SCP, by reason.',
    labelNames: ['reason'] as const,
    registers: [registry],
  });
  // Every reason from the start, at 0: rate() and increase() see the first refusal.
  for (const reason of REJECT_REASONS) rejected.inc({ reason }, 0);

  return {
    upstreamRequest(region, endpoint, outcome, seconds) {
      requests.inc({ region, endpoint, status: String(outcome) });
      duration.observe({ region, endpoint }, seconds);
    },
    coalesced: () => coalesced.inc(),
    rejected: (reason) => rejected.inc({ reason }),
  };
}
