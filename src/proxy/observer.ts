import type { EndpointName } from '../scp/endpoints.ts';

/**
 * How one upstream request ended: SCP's HTTP status, or why no answer came. `client_gone`: every
 * browser waiting for it left first, so the proxy cancelled it (not SCP's failure).
 */
export type UpstreamOutcome = number | 'timeout' | 'unreachable' | 'client_gone';

/** Why the proxy refused a request without asking SCP. */
export type RejectReason =
  'not_found' | 'method_not_allowed' | 'bad_request' | 'cross_site' | 'not_configured';

/**
 * What the proxy tells whoever watches it — the hosts pass in src/metrics' Prometheus
 * observer — as plain calls, so the proxy depends on no metrics library and a test can count
 * the calls. Called on the request path: an implementation must be cheap and must not throw.
 */
export interface ProxyObserver {
  /** One upstream request, its stale-connection retry included, finished after `seconds`. */
  upstreamRequest(region: string, endpoint: EndpointName, outcome: UpstreamOutcome, seconds: number): void;
  /** A browser request answered by an identical upstream request already in flight (coalesce.ts). */
  coalesced(): void;
  rejected(reason: RejectReason): void;
}

export const NO_OBSERVER: ProxyObserver = {
  upstreamRequest: () => {},
  coalesced: () => {},
  rejected: () => {},
};
