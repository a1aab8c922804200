import { DEFAULT_LIMIT } from '../scp/list-query.ts';
import type { SortTerm } from '../scp/sort-terms.ts';
import { afterMarker, readLimit } from './list-params.ts';
import type { Text } from './messages.ts';
import type { SimServer } from './model.ts';
import { parseSort, sortCacheKey } from './sort-spec.ts';
import type { VolumeStore } from './store.ts';

/** ListServers' sort keys here; the live API publishes none (its example is `name:asc`). */
const SERVER_SORT_KEYS = ['name', 'created_at', 'state'] as const;
type ServerSortKey = (typeof SERVER_SORT_KEYS)[number];
type ServerSortTerm = SortTerm<ServerSortKey>;

/** The filters the model can answer; `ip`, the product and auto-scaling ones are accepted and ignored. */
const FILTERS = {
  name: (server: SimServer) => server.name,
  state: (server: SimServer) => server.state,
  vpc_id: (server: SimServer) => server.vpcId,
  server_type_id: (server: SimServer) => server.serverType.id,
} as const;

export type ServerListResult = { ok: true; servers: SimServer[] } | { ok: false; error: Text };

/** Sorted orders per store and sort: servers never change, so each is computed once. */
const orders = new WeakMap<VolumeStore, Map<string, readonly SimServer[]>>();

/**
 * One page of ListServers: marker paging like ListVolumes' (the page starts right after the
 * marker's place in the current sort, even if the filters exclude it; an unknown marker is a
 * 400), ties by id ascending, `created_at:desc` by default, no count.
 */
export function listServers(store: VolumeStore, params: URLSearchParams): ServerListResult {
  const limit = readLimit(params, DEFAULT_LIMIT);
  if (!limit.ok) return limit;
  const sort = parseSort(params.get('sort') || 'created_at:desc', SERVER_SORT_KEYS);
  if (!sort.ok) return sort;
  const order = sortedServers(store, sort.terms);
  const start = afterMarker(order, params.get('marker'));
  if (!start.ok) return start;
  const wanted = Object.entries(FILTERS).flatMap(([name, read]) => {
    const value = params.get(name);
    return value ? [{ read, value }] : [];
  });
  const servers: SimServer[] = [];
  for (let i = start.value; i < order.length && servers.length < limit.value; i++) {
    const server = order[i] as SimServer;
    if (wanted.every(({ read, value }) => read(server) === value)) servers.push(server);
  }
  return { ok: true, servers };
}

function sortedServers(store: VolumeStore, terms: readonly ServerSortTerm[]): readonly SimServer[] {
  const key = sortCacheKey(terms);
  let cache = orders.get(store);
  if (!cache) orders.set(store, (cache = new Map()));
  const cached = cache.get(key);
  if (cached) return cached;
  const value = (server: SimServer, sortKey: ServerSortKey) =>
    sortKey === 'name' ? server.name : sortKey === 'state' ? server.state : server.createdAt;
  const sorted = [...store.servers].sort((a, b) => {
    for (const { key: sortKey, direction } of terms) {
      const x = value(a, sortKey);
      const y = value(b, sortKey);
      if (x !== y) return (x < y ? -1 : 1) * (direction === 'asc' ? 1 : -1);
    }
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
  cache.set(key, sorted);
  return sorted;
}
