import { isHTTPError } from 'ky';
import { ApiError, normaliseError, parseRetryAfter } from '../../../lib/api-error.ts';
import { http } from '../../../lib/http.ts';
import { shouldRetry } from '../../../lib/retry-policy.ts';
import { REQUEST_ID_HEADER } from '../../../scp/proxy-error.ts';
import type { ParsedParams } from '../../../scp/inventory-params.ts';
import {
  inventoryPath,
  type EventKind,
  type ParamSpec,
  type SEARCH_FILTER_PARAMS,
  type SEARCH_PARAMS,
  type TRENDS_PARAMS,
} from '../../../scp/inventory-routes.ts';
import {
  changesPageSchema,
  inventoryErrorSchema,
  inventoryStatusSchema,
  runAcceptedSchema,
  searchResultSchema,
  summarySchema,
  trendsSchema,
  volumeHistorySchema,
} from '../../../scp/inventory-schema.ts';

/**
 * The browser's one client of the inventory's read API (src/scp/inventory-routes.ts): its URLs,
 * the query string, each body validated by its schema (src/scp/inventory-schema.ts), and each
 * failure an ApiError whose `code` is the inventory's own (`InventoryDisabled`,
 * `InventoryUnavailable`, `NotFound`, `RunInProgress` …). Its query keys: inventory-queries.ts.
 */

/** A request's parameters as the route reads them (inventory-routes.ts), any of them left out. */
type RequestParams<M extends Readonly<Record<string, ParamSpec>>> = Partial<ParsedParams<M>>;
export type SearchParams = RequestParams<typeof SEARCH_PARAMS>;
export type SummaryParams = RequestParams<typeof SEARCH_FILTER_PARAMS>;
/** Times as ISO strings here (the route reads them to epoch ms). */
export type TrendsParams = Omit<RequestParams<typeof TRENDS_PARAMS>, 'from' | 'to'> & {
  from?: string;
  to?: string;
};

/** What the Changes page asks `/api/inventory/changes` for (see CHANGES_PARAMS). */
export interface ChangesFilters {
  kind: EventKind | null;
  region: string | null;
  since: string | null;
  until: string | null;
  volumeId?: string | null;
}

/** One page of changes: enough for a screen, small enough to answer at once. */
export const CHANGES_PAGE_SIZE = 50;

type Term = { key: string; direction: string };
type Value = string | number | boolean | readonly (string | Term)[];

/** The query string: lists comma-separated, sort terms `key:dir`, absent values left out. */
export function encodeInventoryParams(params: Readonly<Record<string, Value | undefined>>): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined) continue;
    const text = Array.isArray(value)
      ? (value as readonly (string | Term)[])
          .map((item) => (typeof item === 'string' ? item : `${item.key}:${item.direction}`))
          .join(',')
      : String(value);
    query.set(name, text);
  }
  return query.toString().replace(/%2C/gi, ',').replace(/%3A/gi, ':');
}

/**
 * The inventory's error body (`inventory_error`) as the one error shape the UI shows: its code
 * (InventoryDisabled, InventoryUnavailable, RunInProgress, TooManyRuns …), message and request id.
 */
function inventoryError(error: unknown): ApiError {
  if (!isHTTPError(error)) return normaliseError(error);
  const parsed = inventoryErrorSchema.safeParse(error.data);
  if (!parsed.success) return normaliseError(error);
  const { status, code, message } = parsed.data.inventory_error;
  return new ApiError({
    kind: 'http',
    status,
    code,
    message,
    requestId: error.response.headers.get(REQUEST_ID_HEADER),
    fromProxy: true,
    retryAfterMs: parseRetryAfter(error.response.headers.get('Retry-After')),
  });
}

async function call<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw inventoryError(error);
  }
}

function get<T>(
  path: string,
  params: Readonly<Record<string, Value | undefined>>,
  schema: { parse(body: unknown): T },
  signal?: AbortSignal,
): Promise<T> {
  const query = encodeInventoryParams(params);
  return call(async () =>
    schema.parse(await (await http()).get(query ? `${path}?${query}` : path, { signal }).json()),
  );
}

export const getInventoryStatus = (signal?: AbortSignal) =>
  get(inventoryPath('status'), {}, inventoryStatusSchema, signal);

export const searchInventory = (params: SearchParams, signal?: AbortSignal) =>
  get(inventoryPath('search'), params, searchResultSchema, signal);

export const summariseInventory = (params: SummaryParams, signal?: AbortSignal) =>
  get(inventoryPath('summary'), params, summarySchema, signal);

export const inventoryTrends = (params: TrendsParams, signal?: AbortSignal) =>
  get(inventoryPath('trends'), params, trendsSchema, signal);

/** One page of changes, newest first; `cursor` (the previous page's `next_cursor`) for older ones. */
export const listChanges = (filters: ChangesFilters, cursor: string | null, signal?: AbortSignal) =>
  get(
    inventoryPath('changes'),
    {
      limit: CHANGES_PAGE_SIZE,
      kind: filters.kind ?? undefined,
      region: filters.region ?? undefined,
      since: filters.since ?? undefined,
      until: filters.until ?? undefined,
      volume_id: filters.volumeId ?? undefined,
      cursor: cursor ?? undefined,
    },
    changesPageSchema,
    signal,
  );

export const volumeHistory = (volumeId: string, signal?: AbortSignal) =>
  get(inventoryPath('volumeHistory', { id: volumeId }), {}, volumeHistorySchema, signal);

/** POST /api/inventory/runs: 202 with the run's id; RunInProgress (409) or TooManyRuns (429) otherwise. */
export const startInventoryRun = () =>
  call(async () => runAcceptedSchema.parse(await (await http()).post(inventoryPath('startRun')).json()));

/** The server runs without an inventory (SCP_INVENTORY=off): asking again changes nothing. */
export function isInventoryOff(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'InventoryDisabled';
}

/** The inventory is on but its database cannot answer now (503 with the reason). */
export function isInventoryUnavailable(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'InventoryUnavailable';
}

/**
 * The app's retry policy, but never for an inventory that is off or says why it cannot answer:
 * the reason is shown at once, with a button to ask again.
 */
export function retryInventory(failureCount: number, error: unknown): boolean {
  return !isInventoryOff(error) && !isInventoryUnavailable(error) && shouldRetry(failureCount, error);
}
