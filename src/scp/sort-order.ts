import type { SortKey, SortTerm } from './sort-terms.ts';
import type { Volume } from './volume-schema.ts';

/**
 * The API's list order, written once: the simulator sorts by it, the proxy merges several
 * upstream lists by it, and anything that sorts volumes locally must agree with both. The
 * `sort` parameter's syntax is sort-terms.ts.
 */

export type SortValue = string | number | null;

/** Null first; strings by UTF-16 code unit (a binary collation); numbers numerically. */
export function compareSortValues(a: SortValue, b: SortValue): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}

/** Dates compare as instants; a zone-less date-time is read as UTC. Unparseable sorts as null. */
function instant(value: string | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  const zoned = /(Z|[+-]\d\d:?\d\d)$/i.test(value) ? value : `${value}Z`;
  const time = Date.parse(zoned);
  return Number.isNaN(time) ? null : time;
}

/** A volume's value for one sort key, as the API orders it. */
export function volumeSortValue(volume: Volume, key: SortKey): SortValue {
  switch (key) {
    case 'name':
      return volume.name ?? null;
    case 'state':
      return volume.state;
    case 'volume_type':
      return volume.volume_type ?? null;
    case 'size':
      return volume.size;
    case 'created_at':
      return instant(volume.created_at);
    case 'modified_at':
      return instant(volume.modified_at);
    case 'bootable':
      return volume.bootable ? 1 : 0;
  }
}

export type Comparator<T> = (a: T, b: T) => number;

/** The sort terms only: 0 for volumes the terms cannot tell apart. */
export function compareByTerms(terms: readonly SortTerm[]): Comparator<Volume> {
  return (a, b) => {
    for (const { key, direction } of terms) {
      const order = compareSortValues(volumeSortValue(a, key), volumeSortValue(b, key));
      if (order !== 0) return direction === 'asc' ? order : -order;
    }
    return 0;
  };
}

/** The API's full order: the terms, then id ascending, so paging is stable. */
export function compareVolumes(terms: readonly SortTerm[]): Comparator<Volume> {
  const byTerms = compareByTerms(terms);
  return (a, b) => byTerms(a, b) || compareSortValues(a.id, b.id);
}

/**
 * The order of a list of several regions, as the table shows it: the terms, then region, then
 * id. The proxy merges its all-regions list by it, and the browser its own reads of each region
 * (and a contains search's page), so a volume has one place whichever way it was read. Without
 * a region (one region configured) it is compareVolumes.
 */
export function compareListed(terms: readonly SortTerm[]): Comparator<Volume> {
  const byTerms = compareByTerms(terms);
  return (a, b) =>
    byTerms(a, b) || compareSortValues(a.region ?? null, b.region ?? null) || compareSortValues(a.id, b.id);
}
