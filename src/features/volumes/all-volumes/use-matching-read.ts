import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { allVolumesQuery, namedRegions, serverNamesQuery } from './all-volumes-query.ts';
import { needsNames } from './read-matching.ts';
import type { ReadScope } from './read-scope.ts';
import { selectMatching } from './select-matching.ts';

const NO_REGIONS: readonly string[] = [];

/**
 * The volumes a scope covers, for a component: the shared read (and server names for a term),
 * with the queries themselves for their status, progress and refetch. `refetchInterval`
 * applies to the read (the Capacity panel's slow refresh).
 */
export function useMatchingRead(
  scope: ReadScope,
  { enabled, refetchInterval = false }: { enabled: boolean; refetchInterval?: number | false },
) {
  const read = useQuery({ ...allVolumesQuery(scope.filters), enabled, refetchInterval });
  const withNames = read.data !== undefined && needsNames(scope, read.data);
  const regions = read.data && withNames ? namedRegions(read.data) : NO_REGIONS;
  const names = useQuery({ ...serverNamesQuery(regions), enabled: enabled && withNames });
  // The scope's parts, not its identity (a new object each render), decide when to select again.
  const { term, stateFilter } = scope;
  const state = stateFilter?.state;
  const group = stateFilter?.state_group;
  const matching = useMemo(() => {
    if (!read.data || (withNames && !names.data)) return undefined;
    const local = state ? { state } : group ? { state_group: group } : null;
    return selectMatching(read.data, { ...scope, term, stateFilter: local }, names.data ?? null);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- scope's own parts are listed
  }, [read.data, names.data, withNames, term, state, group]);
  return { read, names, regions, matching };
}
