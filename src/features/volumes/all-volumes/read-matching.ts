import type { QueryClient } from '@tanstack/react-query';
import { allVolumesQuery, namedRegions, serverNamesQuery } from './all-volumes-query.ts';
import type { AccountRead } from './read-account.ts';
import type { ReadScope } from './read-scope.ts';
import { selectMatching, type MatchingVolumes } from './select-matching.ts';

/** Whether matching the term needs server names: only if some volume is attached. */
export function needsNames(scope: ReadScope, read: AccountRead): boolean {
  return scope.term !== null && read.volumes.some((volume) => (volume.servers ?? []).length > 0);
}

/**
 * Every volume the scope covers, through the shared cache: the read of its filters, then (for
 * a term) every server's name, then the local filters. The contains search's page asks here.
 */
export async function readMatching(client: QueryClient, scope: ReadScope): Promise<MatchingVolumes> {
  const read = await client.fetchQuery(allVolumesQuery(scope.filters));
  const names = needsNames(scope, read)
    ? await client.fetchQuery(serverNamesQuery(namedRegions(read)))
    : null;
  return selectMatching(read, scope, names);
}
