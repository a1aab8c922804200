/**
 * The ListVolumes query contract, shared by the browser (which builds it), the signing proxy
 * (which forwards only these keys) and the simulator (which interprets them).
 */
export const LIST_PARAM_NAMES = [
  'with_count',
  'limit',
  'marker',
  'sort',
  'offset',
  'name',
  'state',
  'bootable',
] as const;

export type ListParamName = (typeof LIST_PARAM_NAMES)[number];

/**
 * The parameters that page a list. A merged list (several regions or states) pages the union
 * itself and sets these per upstream request; every other list parameter is a filter or the
 * sort, and is forwarded to each of them as the browser gave it (src/proxy/region-plan.ts).
 */
export const PAGING_PARAM_NAMES = [
  'with_count',
  'limit',
  'marker',
  'offset',
] as const satisfies readonly ListParamName[];

export function isPagingParam(name: string): boolean {
  return (PAGING_PARAM_NAMES as readonly string[]).includes(name);
}

/** A query as parsed once by the proxy: decoded values, each parameter at most once. */
export type QueryValues = ReadonlyMap<string, string>;

export const MAX_LIMIT = 1000;
export const DEFAULT_LIMIT = 20;

export interface ListVolumesParams {
  with_count?: boolean;
  limit?: number;
  marker?: string;
  sort?: string;
  offset?: number;
  name?: string;
  state?: string;
  bootable?: boolean;
  /** The proxy's, never sent upstream: one configured region, or all of them when absent. */
  region?: string;
  /** The proxy's, never sent upstream: every state of a group (scp/volume-states.ts), merged. */
  state_group?: string;
}

export function isListParamName(name: string): name is ListParamName {
  return (LIST_PARAM_NAMES as readonly string[]).includes(name);
}

/**
 * Encodes a query string once, in a fixed key order, so the string the proxy signs is the
 * string it sends. Empty values are dropped. Spaces become %20 (not '+'): both sides of the
 * signature then agree whatever URL parser the upstream uses.
 */
export function encodeQuery(entries: Iterable<readonly [string, string]>): string {
  const parts: string[] = [];
  for (const [key, value] of entries) {
    if (value === '') continue;
    parts.push(`${strictEncode(key)}=${strictEncode(value)}`);
  }
  return parts.join('&');
}

/**
 * encodeURIComponent leaves !'()* bare, but a WHATWG URL percent-encodes `'` in a query: a
 * string signed before `new URL()` would then differ from the one on the wire. Encoding all
 * five keeps the encoded form stable through any URL parser.
 */
function strictEncode(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/**
 * The values of `names` that are set and not empty, in the order of `names`: the one order a
 * list query is signed and sent in.
 */
export function inOrder(names: readonly string[], values: QueryValues): Map<string, string> {
  const ordered = new Map<string, string>();
  for (const name of names) {
    const value = values.get(name);
    if (value !== undefined && value !== '') ordered.set(name, value);
  }
  return ordered;
}

/** Browser side: typed params → the `?query` for `/api/v1/volumes` (no leading '?'). */
export function encodeListParams(params: ListVolumesParams): string {
  const entries: [string, string][] = [];
  for (const key of LIST_PARAM_NAMES) {
    const value = params[key];
    if (value === undefined) continue;
    entries.push([key, String(value)]);
  }
  if (params.region !== undefined) entries.push(['region', params.region]);
  if (params.state_group !== undefined) entries.push(['state_group', params.state_group]);
  return encodeQuery(entries);
}
