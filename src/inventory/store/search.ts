import { ATTACHMENT_COLUMNS, VOLUME_KIND_COLUMNS } from './tables.ts';
import {
  IDLE_DAYS,
  SEARCH_FACETS,
  SIZE_RANGES,
  type SearchFacet,
  type SearchSortKey,
} from '../../scp/inventory-routes.ts';
import type { SearchResult, SearchVolume } from '../../scp/inventory-schema.ts';
import type { InventoryDb } from './engine.ts';
import { iso, volumeColumnsJson } from './present.ts';
import {
  ATTACHED,
  BOOTABLE,
  currentIndex,
  type CurrentIndex,
  type Dictionary,
  ENCRYPTED,
  MULTIATTACH,
  observations,
} from './read-model.ts';
import { bool, chunks, parseObject } from './rows.ts';

const DAY_MS = 86_400_000;

/** What a search or a summary is over (SEARCH_FILTER_PARAMS), each filter ANDed. */
export interface SearchFilters {
  q?: string;
  name?: string;
  region?: string[];
  state?: string[];
  volume_type?: string[];
  encrypted?: boolean;
  multiattach?: boolean;
  bootable?: boolean;
  attached?: boolean;
  idle_days_gte?: number;
  size_gb_gte?: number;
  size_gb_lte?: number;
}

export interface SearchInput extends SearchFilters {
  sort: { key: SearchSortKey; direction: 'asc' | 'desc' }[];
  limit: number;
  offset: number;
}

type FacetValue = string | boolean | null;

/** One facet over the index: its column of small codes, their labels, and its filter. */
interface FacetColumn {
  facet: SearchFacet;
  /** A dictionary code per volume, or 0/1 for a flag. */
  codes: Uint16Array | Uint8Array;
  label(code: number): FacetValue;
  labels: number;
  /** 1 for each wanted code; null: not filtered. */
  wanted: Uint8Array | null;
}

function dictionaryFacet(facet: SearchFacet, dict: Dictionary, values: string[] | undefined): FacetColumn {
  let wanted: Uint8Array | null = null;
  if (values !== undefined) {
    wanted = new Uint8Array(dict.values.length);
    for (const value of values) {
      const code = dict.code(value);
      if (code !== undefined) wanted[code] = 1;
    }
  }
  return {
    facet,
    codes: dict.codes,
    label: (code) => dict.values[code] ?? null,
    labels: dict.values.length,
    wanted,
  };
}

function flagFacet(facet: SearchFacet, column: Uint8Array, value: boolean | undefined): FacetColumn {
  return {
    facet,
    codes: column,
    label: (code) => code === 1,
    labels: 2,
    wanted: value === undefined ? null : Uint8Array.of(value ? 0 : 1, value ? 1 : 0),
  };
}

function facetColumns(index: CurrentIndex, input: SearchFilters): FacetColumn[] {
  const byFacet: Record<SearchFacet, FacetColumn> = {
    volume_type: dictionaryFacet('volume_type', index.volumeType, input.volume_type),
    state: dictionaryFacet('state', index.state, input.state),
    region: dictionaryFacet('region', index.region, input.region),
    encrypted: flagFacet('encrypted', index.encrypted, input.encrypted),
    multiattach: flagFacet('multiattach', index.multiattach, input.multiattach),
    attached: flagFacet('attached', index.attached, input.attached),
  };
  return SEARCH_FACETS.map((facet) => byFacet[facet]);
}

/** Filters that are neither facets nor ranges: every count honours them. null when there are none. */
function baseFilter(index: CurrentIndex, input: SearchFilters): ((i: number) => boolean) | null {
  const needle = input.q?.toLowerCase();
  const { name, bootable } = input;
  if (needle === undefined && name === undefined && bootable === undefined) return null;
  const { flags, search, names } = index;
  return (i) =>
    (needle === undefined || (search[i] as string).includes(needle)) &&
    (name === undefined || names[i] === name) &&
    (bootable === undefined || Boolean((flags[i] as number) & BOOTABLE) === bootable);
}

/** Unattached for at least `days` at `now` (unattached_since at or before now − days). */
function idleFor(index: CurrentIndex, days: number, now: number): (i: number) => boolean {
  const before = now - days * DAY_MS;
  const { flags, unattachedSince } = index;
  // NaN (never unattached) compares false.
  return (i) => !((flags[i] as number) & ATTACHED) && (unattachedSince[i] as number) <= before;
}

/**
 * The two filters that take a range (idle days, size), and their counts: like a facet, each is
 * counted with every other filter but its own.
 */
interface RangeColumn {
  /** null: not filtered. */
  test: ((i: number) => boolean) | null;
  counts: Float64Array;
  count(i: number): void;
}

function rangeColumns(index: CurrentIndex, input: SearchFilters, now: number): [RangeColumn, RangeColumn] {
  const idleTests = IDLE_DAYS.map((days) => idleFor(index, days, now));
  const idleCounts = new Float64Array(IDLE_DAYS.length);
  const sizeCounts = new Float64Array(SIZE_RANGES.length);
  const { sizeGb } = index;
  const { size_gb_gte: gte, size_gb_lte: lte, idle_days_gte: idle } = input;
  return [
    {
      test: idle === undefined ? null : idleFor(index, idle, now),
      counts: idleCounts,
      count: (i) => {
        for (let r = 0; r < idleTests.length; r++)
          if ((idleTests[r] as (i: number) => boolean)(i)) idleCounts[r] = (idleCounts[r] as number) + 1;
      },
    },
    {
      test:
        gte === undefined && lte === undefined
          ? null
          : (i) =>
              (gte === undefined || (sizeGb[i] as number) >= gte) &&
              (lte === undefined || (sizeGb[i] as number) <= lte),
      counts: sizeCounts,
      count: (i) => {
        const size = sizeGb[i] as number;
        // The last range that starts at or below it: sizes are whole GB, so the ranges tile.
        let r = SIZE_RANGES.length - 1;
        while (r > 0 && size < SIZE_RANGES[r]!.min) r--;
        sizeCounts[r] = (sizeCounts[r] as number) + 1;
      },
    },
  ];
}

/** Whether a volume passes every filter: what a summary adds up. */
export function matcher(index: CurrentIndex, input: SearchFilters, now: number): (i: number) => boolean {
  const base = baseFilter(index, input);
  const facets = facetColumns(index, input).filter((facet) => facet.wanted !== null);
  const ranges = rangeColumns(index, input, now).flatMap((range) => (range.test ? [range.test] : []));
  return (i) =>
    (base === null || base(i)) &&
    facets.every((facet) => (facet.wanted as Uint8Array)[facet.codes[i] as number] === 1) &&
    ranges.every((test) => test(i));
}

type SortValue = string | number | null;

function sortValue(index: CurrentIndex, key: SearchSortKey): (i: number) => SortValue {
  const time = (column: Float64Array) => (i: number) =>
    Number.isNaN(column[i]) ? null : (column[i] as number);
  const flag = (bit: number) => (i: number) => ((index.flags[i] as number) & bit ? 1 : 0);
  const text = (dict: Dictionary) => (i: number) => dict.values[dict.codes[i] as number] ?? null;
  switch (key) {
    case 'name':
      return (i) => index.names[i] ?? null;
    case 'id':
      return (i) => index.ids[i] as string;
    case 'region':
      return text(index.region);
    case 'state':
      return text(index.state);
    case 'volume_type':
      return text(index.volumeType);
    case 'size_gb':
      return (i) => index.sizeGb[i] as number;
    case 'encrypted':
      return flag(ENCRYPTED);
    case 'multiattach':
      return flag(MULTIATTACH);
    case 'bootable':
      return flag(BOOTABLE);
    case 'attached':
      return flag(ATTACHED);
    case 'created_at':
      return time(index.createdAt);
    case 'unattached_since':
      return time(index.unattachedSince);
  }
}

/** The sort terms (nulls first ascending, last descending), then region and id ascending. */
export function comparator(index: CurrentIndex, sort: SearchInput['sort']): (a: number, b: number) => number {
  const terms = sort.map(({ key, direction }) => ({
    read: sortValue(index, key),
    sign: direction === 'asc' ? 1 : -1,
  }));
  const region = sortValue(index, 'region');
  const id = sortValue(index, 'id');
  const compare = (x: SortValue, y: SortValue): number =>
    x === y ? 0 : x === null ? -1 : y === null ? 1 : x < y ? -1 : 1;
  return (a, b) => {
    for (const { read, sign } of terms) {
      const order = compare(read(a), read(b));
      if (order !== 0) return order * sign;
    }
    return compare(region(a), region(b)) || compare(id(a), id(b));
  };
}

/** The first `k` of `items` in order, without sorting them all when k is small (a bounded heap). */
export function firstK(items: number[], k: number, compare: (a: number, b: number) => number): number[] {
  if (k * 4 >= items.length) return items.sort(compare).slice(0, k);
  // A max-heap of the best k so far: its root is the worst of them.
  const heap: number[] = [];
  const up = (i: number) => {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (compare(heap[i] as number, heap[parent] as number) <= 0) return;
      [heap[i], heap[parent]] = [heap[parent] as number, heap[i] as number];
      i = parent;
    }
  };
  const down = (i: number) => {
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let worst = i;
      if (left < heap.length && compare(heap[left] as number, heap[worst] as number) > 0) worst = left;
      if (right < heap.length && compare(heap[right] as number, heap[worst] as number) > 0) worst = right;
      if (worst === i) return;
      [heap[i], heap[worst]] = [heap[worst] as number, heap[i] as number];
      i = worst;
    }
  };
  for (const item of items) {
    if (heap.length < k) {
      heap.push(item);
      up(heap.length - 1);
    } else if (k > 0 && compare(item, heap[0] as number) < 0) {
      heap[0] = item;
      down(0);
    }
  }
  return heap.sort(compare);
}

const PAGE_COLUMNS = [
  ...VOLUME_KIND_COLUMNS,
  'attached',
  ...ATTACHMENT_COLUMNS,
  'snapshot_count',
  'snapshot_gb',
] as const;

/**
 * Search over the latest complete observation of every region, with exact totals and facet
 * counts, in one pass over the read model (read-model.ts): each facet (and each range filter)
 * is counted with all the other filters and not its own, so it shows what choosing another
 * value of it would give. Only the page's rows are read from the database.
 */
export async function search(db: InventoryDb, input: SearchInput, now: number): Promise<SearchResult> {
  const [index, observed] = await Promise.all([currentIndex(db), observations(db)]);
  const facets = facetColumns(index, input);
  const ranges = rangeColumns(index, input, now);
  const base = baseFilter(index, input);
  const counts = facets.map((facet) => new Float64Array(facet.labels));
  const columns = facets.map((facet) => facet.codes);
  const wanted = facets.map((facet) => facet.wanted);
  const codes = new Int32Array(facets.length);
  const matches: number[] = [];
  const count = (f: number) => {
    const column = counts[f] as Float64Array;
    const code = codes[f] as number;
    column[code] = (column[code] as number) + 1;
  };
  const rangeCount = facets.length;
  // The hot loop: typed arrays only, a facet's filter as a lookup by code.
  for (let i = 0; i < index.size; i++) {
    if (base !== null && !base(i)) continue;
    let failed = -1;
    let failures = 0;
    for (let f = 0; f < columns.length; f++) {
      const code = (columns[f] as Uint16Array)[i] as number;
      codes[f] = code;
      const filter = wanted[f];
      if (filter !== null && filter !== undefined && filter[code] !== 1) {
        failures++;
        failed = f;
      }
    }
    for (let r = 0; r < ranges.length && failures < 2; r++) {
      const test = (ranges[r] as RangeColumn).test;
      if (test !== null && !test(i)) {
        failures++;
        failed = rangeCount + r;
      }
    }
    if (failures === 0) {
      matches.push(i);
      for (let f = 0; f < columns.length; f++) count(f);
      for (const range of ranges) range.count(i);
    } else if (failures === 1) {
      if (failed < rangeCount) count(failed);
      else (ranges[failed - rangeCount] as RangeColumn).count(i);
    }
  }
  const page = firstK(matches, input.offset + input.limit, comparator(index, input.sort)).slice(input.offset);
  const [idle, size] = ranges;
  return {
    ...asOf(observed),
    total: matches.length,
    offset: input.offset,
    limit: input.limit,
    volumes: await volumesAt(db, index, page, now),
    facets: Object.fromEntries(
      facets.map((facet, f) => [
        facet.facet,
        [...(counts[f] as Float64Array)]
          .map((count, code) => ({ value: facet.label(code), count }))
          .filter((entry) => entry.count > 0)
          .sort((a, b) => b.count - a.count || String(a.value).localeCompare(String(b.value))),
      ]),
    ) as SearchResult['facets'],
    ranges: {
      idle_days: IDLE_DAYS.map((days, r) => ({ days, count: idle.counts[r] as number })),
      size_gb: SIZE_RANGES.map(({ min, max }, r) => ({ min, max, count: size.counts[r] as number })),
    },
  };
}

/** What an answer is "as of": the latest observation it includes, and each region's. */
export function asOf(
  observed: Awaited<ReturnType<typeof observations>>,
): Pick<SearchResult, 'as_of' | 'regions'> {
  const latest = observed.reduce((max, region) => Math.max(max, region.finishedAt), 0);
  return {
    as_of: latest === 0 ? null : iso(latest),
    regions: observed.map((region) => ({ region: region.region, as_of: iso(region.observedAt) })),
  };
}

/** The volumes at these places of the index, in this order, as the API shows them (SCP's object included). */
export async function volumesAt(
  db: InventoryDb,
  index: CurrentIndex,
  places: readonly number[],
  now: number,
): Promise<SearchVolume[]> {
  const ids = places.map((i) => index.ids[i] as string);
  const rows = new Map<string, Awaited<ReturnType<typeof pageRows>>[number]>();
  const raws = new Map<string, string>();
  for (const part of chunks(ids, 500)) {
    const [found, objects] = await Promise.all([pageRows(db, part), currentObjects(db, part)]);
    for (const row of found) rows.set(row.volume_id, row);
    for (const object of objects) raws.set(object.volume_id, object.raw);
  }
  return ids.flatMap((id) => {
    const row = rows.get(id);
    if (!row) return [];
    const idle =
      row.unattached_since === null || bool(row.attached)
        ? null
        : Math.max(0, Math.floor((now - row.unattached_since) / DAY_MS));
    return [
      {
        id: row.volume_id,
        region: row.region,
        ...volumeColumnsJson(row),
        idle_days: idle,
        volume: parseObject(raws.get(id) ?? '{}'),
      },
    ];
  });
}

function pageRows(db: InventoryDb, ids: string[]) {
  return db.selectFrom('current_volumes').select(PAGE_COLUMNS).where('volume_id', 'in', ids).execute();
}

/** Each volume's current version's object (the one whose validity has not ended). */
function currentObjects(db: InventoryDb, ids: string[]) {
  return db
    .selectFrom('volume_versions')
    .select(['volume_id', 'raw'])
    .where('volume_id', 'in', ids)
    .where('valid_to', 'is', null)
    .execute();
}
