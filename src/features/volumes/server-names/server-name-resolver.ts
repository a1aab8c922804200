import type { QueryClient } from '@tanstack/react-query';
import { serverQueries } from '../api/volume-queries.ts';
import { serverRefKey, wantedServers, type ServerRef, type WantedServers } from './wanted-servers.ts';

/** A page of 1,000 rows across 300 servers must not fire 300 requests at once. */
export const MAX_IN_FLIGHT = 3;

/**
 * Looks up the names of the servers the rendered rows want, a few at a time, each once for
 * the life of the page: an answer (or a failure) stays in the shared cache, where the drawer
 * finds it too. A server whose row left the screen before its turn is not asked for.
 * Failures are kept quietly; the row shows the id, marked, and no banner appears.
 */
export function startServerNameResolver(
  queryClient: QueryClient,
  wanted: WantedServers,
  limit = MAX_IN_FLIGHT,
): () => void {
  const inFlight = new Set<string>();
  let stopped = false;

  const known = (ref: ServerRef) => {
    const state = queryClient.getQueryState(serverQueries.detail(ref.id).queryKey);
    return (
      state !== undefined &&
      (state.data !== undefined || state.status === 'error' || state.fetchStatus === 'fetching')
    );
  };

  const pump = () => {
    for (const ref of wanted.list()) {
      if (stopped || inFlight.size >= limit) return;
      const key = serverRefKey(ref);
      if (inFlight.has(key) || known(ref)) continue;
      inFlight.add(key);
      // Kept for the whole visit: without observers the default would drop names after 5 min.
      void queryClient
        .fetchQuery({ ...serverQueries.detail(ref.id, ref.region), gcTime: Number.POSITIVE_INFINITY })
        .catch(() => undefined)
        .finally(() => {
          inFlight.delete(key);
          pump();
        });
    }
  };

  const unsubscribe = wanted.subscribe(pump);
  pump();
  return () => {
    stopped = true;
    unsubscribe();
  };
}

const running = new Map<QueryClient, { users: number; stop: () => void }>();

/**
 * One resolver per cache while any row with attachments is on screen; the last row to go
 * stops it. Returns the release.
 */
export function retainServerNameResolver(queryClient: QueryClient): () => void {
  let entry = running.get(queryClient);
  if (!entry) {
    entry = { users: 0, stop: startServerNameResolver(queryClient, wantedServers) };
    running.set(queryClient, entry);
  }
  entry.users += 1;
  const held = entry;
  return () => {
    held.users -= 1;
    if (held.users === 0) {
      held.stop();
      running.delete(queryClient);
    }
  };
}
