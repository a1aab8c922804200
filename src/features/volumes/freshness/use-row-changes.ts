import { useState } from 'react';
import type { Volume, VolumeList } from '../../../scp/volume-schema.ts';
import { changedVolumes } from './row-changes.ts';

const NONE: ReadonlyMap<string, 0 | 1> = new Map();

interface Tracked {
  key: string;
  data: VolumeList | undefined;
  changed: ReadonlyMap<string, 0 | 1>;
  names: readonly Volume[];
  round: number;
}

/**
 * Compares each refresh of the same request with the one before (a different page or filter
 * is not a "change"). Derived during render from the query result, the React-endorsed way
 * to keep information from the previous render, not synced by an effect.
 * `changed` maps ids to an alternating 0/1 so a row that changes twice in a row re-flashes.
 */
export function useRowChanges(key: string, data: VolumeList | undefined, isPlaceholder: boolean) {
  const [tracked, setTracked] = useState<Tracked>({ key, data, changed: NONE, names: [], round: 0 });
  const settled = isPlaceholder ? undefined : data;

  if (settled !== undefined && (settled !== tracked.data || key !== tracked.key)) {
    const comparable = key === tracked.key && tracked.data !== undefined;
    const changes = comparable ? changedVolumes(tracked.data?.volumes ?? [], settled.volumes) : [];
    const round = tracked.round + 1;
    const flash = (round % 2) as 0 | 1;
    setTracked({
      key,
      data: settled,
      changed: changes.length > 0 ? new Map(changes.map((volume) => [volume.id, flash])) : NONE,
      names: changes,
      round,
    });
  }

  return { changed: tracked.changed, changedVolumes: tracked.names, round: tracked.round };
}
