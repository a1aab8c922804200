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
  bootable: { yes: Tally; no: Tally };
  /** `unknown`: the API sent no encryption flag (older API versions). */
  encrypted: { yes: Tally; no: Tally; unknown: Tally };
  /** State `available` and attached to no server. */
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
  return volume.state === 'available' && (volume.servers ?? []).length === 0;
}

/** Adds up volumes for the capacity panel. Sizes are whole GB, as SCP reports them. */
export function summarise(volumes: readonly Volume[]): CapacitySummary {
  const summary: CapacitySummary = {
    total: empty(),
    byState: [],
    byType: [],
    bootable: { yes: empty(), no: empty() },
    encrypted: { yes: empty(), no: empty(), unknown: empty() },
    unattached: empty(),
    largest: [],
  };
  const byState = new Map<string | null, Tally>();
  const byType = new Map<string | null, Tally>();
  for (const volume of volumes) {
    add(summary.total, volume);
    const state = byState.get(volume.state) ?? empty();
    byState.set(volume.state, state);
    add(state, volume);
    const typeKey = volume.volume_type ?? null;
    const type = byType.get(typeKey) ?? empty();
    byType.set(typeKey, type);
    add(type, volume);
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
  summary.largest = [...volumes]
    .sort((a, b) => b.size - a.size || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, LARGEST_COUNT);
  return summary;
}
