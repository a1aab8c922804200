import type { QueryClient } from '@tanstack/react-query';
import type { ListVolumesParams } from '../../../scp/list-query.ts';
import type { Volume, VolumeList } from '../../../scp/volume-schema.ts';
import { serverQueries } from '../api/volume-queries.ts';
import { allVolumesQuery } from '../all-volumes/all-volumes-query.ts';
import { localPage } from './local-page.ts';

export interface LocalSearchInput {
  /** The view's API filters and sort, without the name. */
  filters: ListVolumesParams;
  term: string;
  page: number;
  perPage: number;
}

/** A page of a local search, and how many volumes it looked through. */
export type LocalVolumeList = VolumeList & { scanned: number };

/** Server lookups in flight at once, as for the table's names: an account may have hundreds. */
const NAME_LOOKUPS = 4;

/**
 * Every attached server's name, through the shared cache (the table's and the drawer's entries),
 * so a server named once is never asked again. A failed lookup leaves the id to match on.
 */
async function serverNames(client: QueryClient, volumes: readonly Volume[], signal: AbortSignal) {
  const wanted = new Map<string, string | undefined>();
  for (const volume of volumes)
    for (const server of volume.servers ?? [])
      if (!wanted.has(server.id)) wanted.set(server.id, volume.region);
  const queue = [...wanted];
  const names = new Map<string, string>();
  const worker = async () => {
    for (let next = queue.shift(); next && !signal.aborted; next = queue.shift()) {
      const [id, region] = next;
      const server = await client
        .fetchQuery({ ...serverQueries.detail(id, region), gcTime: Number.POSITIVE_INFINITY })
        .catch(() => undefined);
      if (server?.name) names.set(id, server.name);
    }
  };
  await Promise.all(Array.from({ length: NAME_LOOKUPS }, worker));
  signal.throwIfAborted();
  return names;
}

/**
 * SCP's name filter is exact, so "contains" reads every volume of the other filters (the cached
 * walk the capacity panel shares) and matches here: name, id and attached servers' ids and names.
 */
export async function searchLocally(
  client: QueryClient,
  input: LocalSearchInput,
  signal: AbortSignal,
): Promise<LocalVolumeList> {
  const walk = await client.fetchQuery(allVolumesQuery(input.filters));
  const names = await serverNames(client, walk.volumes, signal);
  const page = localPage(walk.volumes, {
    term: input.term,
    sort: input.filters.sort,
    page: input.page,
    perPage: input.perPage,
    nameOf: (id) => names.get(id),
  });
  return { ...page, invalid: [], scanned: walk.volumes.length };
}
