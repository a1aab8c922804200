import type { Volume } from '../../../scp/volume-schema.ts';

export interface Tally {
  count: number;
  gigabytes: number;
}

export interface Group extends Tally {
  /** The API's value (state word, volume type); null when the API sent none. */
  key: string | null;
}

export interface CapacitySummary {
  total: Tally;
  byState: Group[];
  byType: Group[];
  /** Only worth a table when the read covered several regions; key null: no region named. */
  byRegion: Group[];
  bootable: { yes: Tally; no: Tally };
  /** `unknown`: the API sent no encryption flag (older API versions). */
  encrypted: { yes: Tally; no: Tally; unknown: Tally };
  /** Attached to no server, whatever their state (an `error` volume is usually detached too). */
  unattached: Tally;
  largest: Volume[];
}

export const LARGEST_COUNT = 10;

const empty = (): Tally => ({ count: 0, gigabytes: 0 });

function add(tally: Tally, volume: Volume): void {
  tally.count += 1;
  tally.gigabytes += volume.size;
}

function groups(map: Map<string | null, Tally>): Group[] {
  // Largest first; equal sizes by key so the order does not depend on the walk's order.
  return [...map]
    .map(([key, tally]) => ({ key, ...tally }))
    .sort((a, b) => b.gigabytes - a.gigabytes || String(a.key).localeCompare(String(b.key)));
}

export function isUnattached(volume: Volume): boolean {
  return (volume.servers ?? []).length === 0;
}

/** Adds up volumes for the capacity panel. Sizes are whole GB, as SCP reports them. */
export function summarise(volumes: readonly Volume[]): CapacitySummary {
  const summary: CapacitySummary = {
    total: empty(),
    byState: [],
    byType: [],
    byRegion: [],
    bootable: { yes: empty(), no: empty() },
    encrypted: { yes: empty(), no: empty(), unknown: empty() },
    unattached: empty(),
    largest: [],
  };
  const byState = new Map<string | null, Tally>();
  const byType = new Map<string | null, Tally>();
  const byRegion = new Map<string | null, Tally>();
  const addTo = (map: Map<string | null, Tally>, key: string | null, volume: Volume) => {
    const tally = map.get(key) ?? empty();
    map.set(key, tally);
    add(tally, volume);
  };
  for (const volume of volumes) {
    add(summary.total, volume);
    addTo(byState, volume.state, volume);
    addTo(byType, volume.volume_type ?? null, volume);
    addTo(byRegion, volume.region ?? null, volume);
    add(volume.bootable ? summary.bootable.yes : summary.bootable.no, volume);
    add(
      volume.encrypted === true
        ? summary.encrypted.yes
        : volume.encrypted === false
          ? summary.encrypted.no
          : summary.encrypted.unknown,
      volume,
    );
    if (isUnattached(volume)) add(summary.unattached, volume);
  }
  summary.byState = groups(byState);
  summary.byType = groups(byType);
  summary.byRegion = groups(byRegion);
  summary.largest = [...volumes]
    .sort((a, b) => b.size - a.size || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, LARGEST_COUNT);
  return summary;
}
