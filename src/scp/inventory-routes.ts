/**
 * The inventory's read API (issue #25), as data beside the SCP route table: its routes, each
 * route's parameters with their rules, and the vocabularies both sides share. The Node handler
 * (src/inventory/http) validates every request against these, and the browser builds its
 * requests from them. Pure data and string functions, browser-safe.
 */

export const INVENTORY_PREFIX = '/api/inventory';

export const EVENT_KINDS = [
  'created',
  'deleted',
  'state_changed',
  'attached',
  'detached',
  'resized',
  'renamed',
  'type_changed',
  'snapshot_created',
  'snapshot_deleted',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** Facets of a search: each counted with every other filter applied but its own. */
export const SEARCH_FACETS = [
  'volume_type',
  'state',
  'region',
  'encrypted',
  'multiattach',
  'attached',
] as const;
export type SearchFacet = (typeof SEARCH_FACETS)[number];

/**
 * What kind of volume it is, by the API's field names. The inventory stores each as a column of
 * the same name (src/inventory/store/tables.ts), and a search sorts by each.
 */
export const VOLUME_KIND_FIELDS = [
  'state',
  'size_gb',
  'volume_type',
  'encrypted',
  'multiattach',
  'bootable',
] as const;

export const SEARCH_SORT_KEYS = [
  'name',
  'id',
  'region',
  ...VOLUME_KIND_FIELDS,
  'attached',
  'created_at',
  'unattached_since',
] as const;
export type SearchSortKey = (typeof SEARCH_SORT_KEYS)[number];

/** The idle thresholds, in days, a search counts and a summary adds up ("unattached 30+ days"). */
export const IDLE_DAYS = [7, 30, 90] as const;

/**
 * The size ranges a search counts, in GB, both ends included (`max` null: no upper end). Fixed,
 * so a range's count is comparable from one answer to the next; any other range is still a
 * filter (size_gb_gte, size_gb_lte), only without a count beside it.
 */
export const SIZE_RANGES = [
  { min: 0, max: 99 },
  { min: 100, max: 499 },
  { min: 500, max: 1999 },
  { min: 2000, max: null },
] as const satisfies readonly { min: number; max: number | null }[];

export const TREND_METRICS = [
  'count',
  'size_gb',
  'unattached_count',
  'unattached_gb',
  /** The GB of the volumes' snapshots (each observation's snapshot_gb; unknown before it was recorded: 0). */
  'snapshot_gb',
] as const;
export const TREND_DIMENSIONS = ['state', 'volume_type', 'region'] as const;
export const TREND_STEPS = ['hour', 'day'] as const;

/** How one query parameter is read. Anything else in the query is refused with a 400. */
export type ParamSpec =
  | { kind: 'int'; min: number; max: number; default?: number }
  | { kind: 'bool' }
  | { kind: 'enum'; values: readonly string[]; default?: string }
  /** Comma-separated values, any of which matches (OR within a parameter). */
  | { kind: 'list'; maxItems: number }
  /** An ISO 8601 date-time with a zone (`2026-11-20T09:30:00Z`) or a date (`2026-11-20`, UTC midnight). */
  | { kind: 'time' }
  | { kind: 'text'; maxLength: number }
  /** `key[:asc|desc]`, comma-separated, as SCP's own `sort`. */
  | { kind: 'sort'; keys: readonly string[]; default: string }
  /** Opaque: handed back by a previous page. */
  | { kind: 'cursor' };

const LIMIT = { kind: 'int', min: 1, max: 1000, default: 100 } as const;
const GB = { kind: 'int', min: 0, max: 1_000_000 } as const;

export const CHANGES_PARAMS = {
  since: { kind: 'time' },
  until: { kind: 'time' },
  region: { kind: 'list', maxItems: 20 },
  kind: { kind: 'list', maxItems: EVENT_KINDS.length },
  volume_id: { kind: 'text', maxLength: 128 },
  limit: LIMIT,
  cursor: { kind: 'cursor' },
} as const satisfies Record<string, ParamSpec>;

export const TRENDS_PARAMS = {
  metric: { kind: 'enum', values: TREND_METRICS, default: 'count' },
  by: { kind: 'enum', values: TREND_DIMENSIONS, default: 'state' },
  from: { kind: 'time' },
  to: { kind: 'time' },
  step: { kind: 'enum', values: TREND_STEPS, default: 'day' },
  region: { kind: 'list', maxItems: 20 },
} as const satisfies Record<string, ParamSpec>;

/** What a search or a summary is over: every filter, each ANDed with the others. */
export const SEARCH_FILTER_PARAMS = {
  q: { kind: 'text', maxLength: 200 },
  /** Exactly this name, as SCP's own `name` filter compares (case and all). */
  name: { kind: 'text', maxLength: 255 },
  region: { kind: 'list', maxItems: 20 },
  state: { kind: 'list', maxItems: 50 },
  volume_type: { kind: 'list', maxItems: 50 },
  encrypted: { kind: 'bool' },
  multiattach: { kind: 'bool' },
  bootable: { kind: 'bool' },
  attached: { kind: 'bool' },
  idle_days_gte: { kind: 'int', min: 0, max: 36_500 },
  size_gb_gte: GB,
  size_gb_lte: GB,
} as const satisfies Record<string, ParamSpec>;

export const SEARCH_PARAMS = {
  ...SEARCH_FILTER_PARAMS,
  sort: { kind: 'sort', keys: SEARCH_SORT_KEYS, default: 'name:asc' },
  limit: LIMIT,
  offset: { kind: 'int', min: 0, max: 10_000_000, default: 0 },
} as const satisfies Record<string, ParamSpec>;

export interface InventoryRoute {
  method: 'GET' | 'POST';
  /** Under INVENTORY_PREFIX; `{id}` is one path segment, a volume id. */
  path: string;
  params: Readonly<Record<string, ParamSpec>>;
  idParam?: 'id';
}

export const INVENTORY_ROUTES = {
  status: { method: 'GET', path: '/status', params: {} },
  changes: { method: 'GET', path: '/changes', params: CHANGES_PARAMS },
  volumeHistory: { method: 'GET', path: '/volumes/{id}/history', params: {}, idParam: 'id' },
  trends: { method: 'GET', path: '/trends', params: TRENDS_PARAMS },
  search: { method: 'GET', path: '/search', params: SEARCH_PARAMS },
  /** What the Capacity panel adds up, over the same filters as search. */
  summary: { method: 'GET', path: '/summary', params: SEARCH_FILTER_PARAMS },
  startRun: { method: 'POST', path: '/runs', params: {} },
} as const satisfies Record<string, InventoryRoute>;

export type InventoryRouteName = keyof typeof INVENTORY_ROUTES;
export const INVENTORY_ROUTE_NAMES = Object.keys(INVENTORY_ROUTES) as InventoryRouteName[];

/** Whether a request target is the inventory's: `/api/inventory`, `/api/inventory/…` or `…?…`. */
export function isInventoryPath(rawUrl: string | undefined): boolean {
  if (rawUrl === undefined || !rawUrl.startsWith(INVENTORY_PREFIX)) return false;
  const next = rawUrl.charAt(INVENTORY_PREFIX.length);
  return next === '' || next === '/' || next === '?';
}

/** The route a raw path names (after the prefix, no query, never decoded), and its raw id segment. */
export function matchInventoryRoute(path: string): { name: InventoryRouteName; id?: string } | null {
  const parts = path.split('/');
  for (const name of INVENTORY_ROUTE_NAMES) {
    const segments = INVENTORY_ROUTES[name].path.split('/');
    if (segments.length !== parts.length) continue;
    let id: string | undefined;
    const matches = segments.every((segment, i) => {
      const part = parts[i] ?? '';
      if (segment !== '{id}') return part === segment;
      id = part;
      return part !== '';
    });
    if (matches) return id === undefined ? { name } : { name, id };
  }
  return null;
}

/** The browser's URL for a route: `inventoryPath('volumeHistory', { id })`. */
export function inventoryPath(name: InventoryRouteName, params: { id?: string } = {}): string {
  const path: string = INVENTORY_ROUTES[name].path;
  return (
    INVENTORY_PREFIX + (params.id === undefined ? path : path.replace('{id}', encodeURIComponent(params.id)))
  );
}

/** For the 404 message: `GET /api/inventory/status, …, POST /api/inventory/runs`. */
export function describeInventoryRoutes(): string[] {
  return INVENTORY_ROUTE_NAMES.map(
    (name) => `${INVENTORY_ROUTES[name].method} ${INVENTORY_PREFIX}${INVENTORY_ROUTES[name].path}`,
  );
}
