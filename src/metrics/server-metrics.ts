import { collectDefaultMetrics, type Metric, Registry } from 'prom-client';
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

let processMetrics: Registry | undefined;

/**
 * Node's default metrics (CPU, memory, event loop lag, GC, start time) describe the process, and
 * collecting them runs an event-loop monitor and a GC observer that are never stopped: made
 * once per process, and shown by every server's registry.
 */
function defaultMetrics(): Metric[] {
  const registry = (processMetrics ??= new Registry());
  if (registry.getMetricsAsArray().length === 0) collectDefaultMetrics({ register: registry });
  return registry.getMetricsAsArray().flatMap(({ name }) => registry.getSingleMetric(name) ?? []);
}

/**
 * A registry of its own per server (never prom-client's global one), so the dev server, a
 * test and `npm run serve` in one process never share or clash; the process's default metrics
 * are in each.
 */
export function createServerMetrics(): ServerMetrics {
  const registry = new Registry();
  for (const metric of defaultMetrics()) registry.registerMetric(metric);
  return {
    registry,
    proxyObserver: createProxyMetrics(registry),
    registerInventory: (source) => registerInventoryMetrics(registry, source),
  };
}
