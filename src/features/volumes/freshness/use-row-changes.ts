import { useState } from 'react';
import type { Volume, VolumeList } from '../../../scp/volume-schema.ts';
import { arrivedVolumes, changedVolumes } from './row-changes.ts';

const NONE: ReadonlyMap<string, 0 | 1> = new Map();

interface Tracked {
  key: string;
  data: VolumeList | undefined;
  changed: ReadonlyMap<string, 0 | 1>;
  names: readonly Volume[];
  arrived: readonly Volume[];
  round: number;
  refreshes: number;
}

/**
 * Compares each refresh of the same request with the one before (a different page or filter
 * is not a "change"). Derived during render from the query result, the React-endorsed way
 * to keep information from the previous render, not synced by an effect.
 * `changed` maps the ids of changed and newly arrived rows to an alternating 0/1 so a row
 * that changes twice in a row re-flashes.
 */
export function useRowChanges(key: string, data: VolumeList | undefined, isPlaceholder: boolean) {
  const [tracked, setTracked] = useState<Tracked>({
    key,
    data,
    changed: NONE,
    names: [],
    arrived: [],
    round: 0,
    refreshes: 0,
  });
  const settled = isPlaceholder ? undefined : data;

  if (settled !== undefined && (settled !== tracked.data || key !== tracked.key)) {
    const comparable = key === tracked.key && tracked.data !== undefined;
    const previous = tracked.data?.volumes ?? [];
    const changes = comparable ? changedVolumes(previous, settled.volumes) : [];
    const arrived = comparable ? arrivedVolumes(previous, settled.volumes) : [];
    const round = tracked.round + 1;
    const flash = (round % 2) as 0 | 1;
    const flagged = [...changes, ...arrived];
    setTracked({
      key,
      data: settled,
      changed: flagged.length > 0 ? new Map(flagged.map((volume) => [volume.id, flash])) : NONE,
      names: changes,
      arrived,
      round,
      refreshes: tracked.refreshes + (comparable ? 1 : 0),
    });
  }

  return {
    changed: tracked.changed,
    changedVolumes: tracked.names,
    arrivedVolumes: tracked.arrived,
    round: tracked.round,
    /** How many times the same request answered again (a refresh, not a new page or filter). */
    refreshes: tracked.refreshes,
  };
}
