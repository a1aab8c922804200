import type { SearchResult, SearchVolume } from '../../../scp/inventory-schema.ts';
import type { SortKey } from '../../../scp/sort-terms.ts';
import {
  volumeSchema,
  type InvalidVolume,
  type Volume,
  type VolumeList,
} from '../../../scp/volume-schema.ts';
import type { TermMatch } from '../all-volumes/match-term.ts';
import type { InventoryScope } from './inventory-facts.ts';

/** What the table's status line and the facets say about a page read from the inventory. */
export interface InventoryPageFacts extends InventoryScope {
  facets: SearchResult['facets'];
  ranges: SearchResult['ranges'];
  /** Sort keys the inventory cannot sort by (it keeps no modified time): left out of the order. */
  sortDropped: SortKey[];
}

/** A table page read from the inventory's search. */
export type InventoryVolumeList = VolumeList & { inventory: InventoryPageFacts };

export function isInventoryList(list: VolumeList | undefined): list is InventoryVolumeList {
  return list !== undefined && 'inventory' in list;
}

/**
 * Where a contains term was found, by the inventory's rule (a part of the name, the id, or an
 * attached server's name or id): for the name cell's "found in …" when it is not the name.
 */
function whereFound(row: SearchVolume, term: string): TermMatch | null {
  const needle = term.toLowerCase();
  const holds = (text: string | null) => text !== null && text.toLowerCase().includes(needle);
  if (holds(row.name)) return null;
  const byName = row.servers.find((server) => holds(server.name));
  if (byName?.name) return { field: 'server', text: byName.name };
  if (holds(row.id)) return { field: 'id', text: row.id };
  const byId = row.servers.find((server) => holds(server.id));
  return byId ? { field: 'server', text: byId.id } : null;
}

/**
 * A search row as the table's row: the object SCP sent at the latest observation, with its
 * region, validated as a live list's items are (one malformed row is flagged, not the page).
 */
export function toVolume(row: SearchVolume, term: string | null): Volume | InvalidVolume {
  const parsed = volumeSchema.safeParse({ ...row.volume, region: row.region });
  if (!parsed.success) {
    return {
      invalid: true,
      id: row.id,
      raw: row.volume,
      problem: parsed.error.issues
        .map((issue) => `${issue.path.join('.') || '(volume)'}: ${issue.message}`)
        .join('; '),
    };
  }
  const match = term === null ? null : whereFound(row, term);
  return match ? { ...parsed.data, matched_on: match } : parsed.data;
}

export const isInvalid = (item: Volume | InvalidVolume): item is InvalidVolume => item.invalid === true;

export function inventoryPage(
  answer: SearchResult,
  scope: InventoryScope,
  { term, sortDropped }: { term: string | null; sortDropped: SortKey[] },
): InventoryVolumeList {
  const volumes: Volume[] = [];
  const invalid: InvalidVolume[] = [];
  for (const row of answer.volumes) {
    const item = toVolume(row, term);
    if (isInvalid(item)) invalid.push(item);
    else volumes.push(item);
  }
  return {
    count: answer.total,
    volumes,
    invalid,
    inventory: { ...scope, facets: answer.facets, ranges: answer.ranges, sortDropped },
  };
}
