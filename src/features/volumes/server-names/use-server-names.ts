import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { Server } from '../../../scp/volume-schema.ts';
import { serverQueries } from '../api/volume-queries.ts';
import type { ServerNameState } from './server-name-state.ts';
import { retainServerNameResolver } from './server-name-resolver.ts';
import { wantedServers, type ServerRef } from './wanted-servers.ts';

const SEPARATOR = '\u0000';

/**
 * Names of the given servers as the shared query cache knows them (the drawer fills the same
 * entries). Reading never fetches: mounting registers the servers as wanted and the resolver
 * decides when to ask, so rows paint at once with ids and fill in as names arrive. The
 * snapshot is one string so that unrelated cache events do not re-render the row.
 */
export function useServerNames(refs: readonly ServerRef[]): ServerNameState[] {
  const queryClient = useQueryClient();
  const key = refs.map((ref) => ref.id).join(SEPARATOR);

  // `key` stands for `refs`: a new array with the same servers must not re-register.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => wantedServers.want(refs), [key]);
  useEffect(() => retainServerNameResolver(queryClient), [queryClient]);

  const snapshot = useSyncExternalStore(
    (onChange) => queryClient.getQueryCache().subscribe(onChange),
    () =>
      refs
        .map((ref) => {
          const state = queryClient.getQueryState<Server>(serverQueries.detail(ref.id).queryKey);
          if (state?.data?.name) return `n${state.data.name}`;
          if (state?.status === 'error') return 'f';
          // A server without a name reads like one not yet named: its id stays.
          return 'l';
        })
        .join(SEPARATOR),
  );

  return useMemo(
    () =>
      snapshot === ''
        ? []
        : snapshot.split(SEPARATOR).map((part): ServerNameState => {
            if (part.startsWith('n')) return { status: 'named', name: part.slice(1) };
            if (part === 'l') return { status: 'loading' };
            return { status: 'failed' };
          }),
    [snapshot],
  );
}
