import { useMemo } from 'react';
import type { RegionFailure } from '../../../scp/region-failure.ts';
import { STATE_GROUP_NAMES, STATE_GROUPS, type StateGroup } from '../../../scp/volume-states.ts';
import { readScope } from '../all-volumes/read-scope.ts';
import { useMatchingRead } from '../all-volumes/use-matching-read.ts';
import type { VolumeView } from '../url-state/volume-view.ts';

const GROUP_OF = new Map<string, StateGroup>(
  STATE_GROUP_NAMES.flatMap((group) => STATE_GROUPS[group].map((state) => [state, group] as const)),
);

export interface LocalChipCounts {
  /** Null while the read runs (or after it failed). */
  counts: Record<StateGroup, number> | null;
  failed: boolean;
  missing: RegionFailure[];
  retry: () => void;
}

/**
 * The chips of a contains search count what the table would show for each state group: the
 * matches of the term in the shared read, every state (a chip replaces the state filter). No
 * request of their own: the API's counts would ignore the term and count the whole account.
 */
export function useLocalChipCounts(view: VolumeView, enabled: boolean): LocalChipCounts {
  const scope = { ...readScope(view), stateFilter: null };
  const { read, matching } = useMatchingRead(scope, { enabled });
  const counts = useMemo(() => {
    if (!matching) return null;
    const tally = Object.fromEntries(STATE_GROUP_NAMES.map((group) => [group, 0])) as Record<
      StateGroup,
      number
    >;
    for (const volume of matching.volumes) {
      const group = GROUP_OF.get(volume.state);
      if (group) tally[group] += 1;
    }
    return tally;
  }, [matching]);
  return {
    counts,
    failed: read.isError,
    missing: matching?.missing ?? [],
    retry: () => void read.refetch(),
  };
}
