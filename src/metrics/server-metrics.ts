import { collectDefaultMetrics, Registry } from 'prom-client';
import type { ProxyObserver } from '../proxy/observer.ts';
import { type InventoryMetricsSource, registerInventoryMetrics } from './inventory-metrics.ts';
import { createProxyMetrics } from './proxy-metrics.ts';

/** One server's metrics: what its /metrics shows. */
export interface ServerMetrics {
  registry: Registry;
  /** For createScpProxy({ observer }): the proxy's requests, coalesced and refused requests. */
  proxyObserver: ProxyObserver;
  /** The inventory's registration point (inventory-metrics.ts); once per server. */
  registerInventory(source: InventoryMetricsSource): void;
}

/**
 * A registry of its own per server (never prom-client's global one), so the dev server, a
 * test and `npm run serve` in one process never share or clash. Node's default process
 * metrics (CPU, memory, event loop lag, GC, start time) come with it.
 */
export function createServerMetrics(): ServerMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    proxyObserver: createProxyMetrics(registry),
    registerInventory: (source) => registerInventoryMetrics(registry, source),
  };
}
