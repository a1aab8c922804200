import { type ExpressionBuilder, type Expression, type SqlBool, sql } from 'kysely';
import { SEARCH_FACETS, type SearchFacet, type SearchSortKey } from '../../scp/inventory-routes.ts';
import type { SearchResult } from '../../scp/inventory-schema.ts';
import type { InventoryDb } from './engine.ts';
import { iso, volumeColumnsJson } from './present.ts';
import { bool } from './rows.ts';
import { latestObservations } from './runs.ts';
import type { InventoryTables } from './tables.ts';

const DAY_MS = 86_400_000;

export interface SearchInput {
  q?: string;
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
  sort: { key: SearchSortKey; direction: 'asc' | 'desc' }[];
  limit: number;
  offset: number;
}

type Eb = ExpressionBuilder<InventoryTables, 'current_volumes'>;
type Filter = (eb: Eb) => Expression<SqlBool>;

const SORT_COLUMNS = {
  name: 'name',
  id: 'volume_id',
  region: 'region',
  state: 'state',
  size_gb: 'size_gb',
  volume_type: 'volume_type',
  encrypted: 'encrypted',
  multiattach: 'multiattach',
  bootable: 'bootable',
  attached: 'attached',
  created_at: 'created_at',
  unattached_since: 'unattached_since',
} as const satisfies Record<SearchSortKey, string>;

/** `%`, `_` and the escape itself match literally in `q`. */
function likePattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Filters that are not facets: every count honours them. */
function baseFilters(input: SearchInput, now: number): Filter[] {
  const filters: Filter[] = [];
  if (input.q !== undefined) {
    const pattern = likePattern(input.q);
    filters.push(() => sql<SqlBool>`${sql.ref('search')} like ${pattern} escape '\\'`);
  }
  if (input.bootable !== undefined) filters.push((eb) => eb('bootable', '=', input.bootable as boolean));
  if (input.idle_days_gte !== undefined) {
    const before = now - input.idle_days_gte * DAY_MS;
    filters.push((eb) => eb.and([eb('attached', '=', false), eb('unattached_since', '<=', before)]));
  }
  if (input.size_gb_gte !== undefined) filters.push((eb) => eb('size_gb', '>=', input.size_gb_gte as number));
  if (input.size_gb_lte !== undefined) filters.push((eb) => eb('size_gb', '<=', input.size_gb_lte as number));
  return filters;
}

/** Each facet's own filter, if the request has one. */
function facetFilters(input: SearchInput): Partial<Record<SearchFacet, Filter>> {
  const out: Partial<Record<SearchFacet, Filter>> = {};
  for (const facet of ['region', 'state', 'volume_type'] as const) {
    const values = input[facet];
    if (values !== undefined) out[facet] = (eb) => eb(facet, 'in', values);
  }
  for (const facet of ['encrypted', 'multiattach', 'attached'] as const) {
    const value = input[facet];
    if (value !== undefined) out[facet] = (eb) => eb(facet, '=', value);
  }
  return out;
}

type FacetValue = string | boolean | null;
type CubeRow = Record<SearchFacet, FacetValue> & { n: number };

function facetValueMatches(facet: SearchFacet, value: FacetValue, input: SearchInput): boolean {
  const wanted = input[facet];
  if (wanted === undefined) return true;
  return Array.isArray(wanted) ? wanted.includes(value as string) : wanted === value;
}

/**
 * Search over the latest complete observation of every region (current_volumes), with exact
 * totals and facet counts. Two queries whatever the filters: the page, and one grouped count
 * over the facet columns (a small "cube" of combinations) from which every facet is counted
 * with all the other filters and not its own, so a facet shows what choosing another value of
 * it would give.
 */
export async function search(db: InventoryDb, input: SearchInput, now: number): Promise<SearchResult> {
  const base = baseFilters(input, now);
  const facets = facetFilters(input);
  const every = [...base, ...Object.values(facets)];
  const where = (filters: Filter[]) => (eb: Eb) => eb.and(filters.map((filter) => filter(eb)));

  let page = db
    .selectFrom('current_volumes')
    .select([
      'volume_id',
      'region',
      'name',
      'state',
      'size_gb',
      'volume_type',
      'encrypted',
      'multiattach',
      'bootable',
      'attached',
      'server_ids',
      'server_names',
      'created_at',
      'unattached_since',
      'unattached_since_exact',
    ])
    .where(where(every));
  for (const { key, direction } of input.sort) {
    page = page.orderBy(SORT_COLUMNS[key], (ob) =>
      direction === 'asc' ? ob.asc().nullsFirst() : ob.desc().nullsLast(),
    );
  }
  page = page.orderBy('region').orderBy('volume_id').limit(input.limit).offset(input.offset);

  const cube = db
    .selectFrom('current_volumes')
    .select(['volume_type', 'state', 'region', 'encrypted', 'multiattach', 'attached'])
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where(where(base))
    .groupBy(['volume_type', 'state', 'region', 'encrypted', 'multiattach', 'attached']);

  const [rows, combinations, observed] = await Promise.all([
    page.execute(),
    cube.execute(),
    latestObservations(db),
  ]);

  const counts = Object.fromEntries(
    SEARCH_FACETS.map((facet) => [facet, new Map<FacetValue, number>()]),
  ) as Record<SearchFacet, Map<FacetValue, number>>;
  let total = 0;
  for (const raw of combinations) {
    const row: CubeRow = {
      volume_type: raw.volume_type,
      state: raw.state,
      region: raw.region,
      encrypted: bool(raw.encrypted),
      multiattach: bool(raw.multiattach),
      attached: bool(raw.attached),
      n: Number(raw.n),
    };
    const matching = SEARCH_FACETS.filter((facet) => facetValueMatches(facet, row[facet], input));
    if (matching.length === SEARCH_FACETS.length) total += row.n;
    for (const facet of SEARCH_FACETS) {
      // Counted when every other facet's filter matches; its own may not.
      const others = matching.length - (matching.includes(facet) ? 1 : 0);
      if (others === SEARCH_FACETS.length - 1) {
        counts[facet].set(row[facet], (counts[facet].get(row[facet]) ?? 0) + row.n);
      }
    }
  }
  const latest = observed.reduce((max, region) => Math.max(max, region.finishedAt), 0);
  return {
    as_of: latest === 0 ? null : iso(latest),
    regions: observed.map((region) => ({ region: region.region, as_of: iso(region.observedAt) })),
    total,
    offset: input.offset,
    limit: input.limit,
    volumes: rows.map((row) => {
      const columns = volumeColumnsJson(row);
      return {
        id: row.volume_id,
        region: row.region,
        ...columns,
        idle_days:
          row.unattached_since === null || bool(row.attached)
            ? null
            : Math.max(0, Math.floor((now - row.unattached_since) / DAY_MS)),
      };
    }),
    facets: Object.fromEntries(
      SEARCH_FACETS.map((facet) => [
        facet,
        [...counts[facet]]
          .map(([value, count]) => ({ value, count }))
          .sort((a, b) => b.count - a.count || String(a.value).localeCompare(String(b.value))),
      ]),
    ) as SearchResult['facets'],
  };
}
