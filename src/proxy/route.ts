import { encodeQuery, isListParamName, LIST_PARAM_NAMES } from '../scp/list-query.ts';
import type { ProxyErrorCode } from './errors.ts';

/**
 * The proxy's allowlist: which browser requests exist and what they become upstream. Pure, and
 * it works on the raw request target (never a decoded or normalised one), so `..`, `%2e%2e`,
 * `%2f` and `//` cannot smuggle a request to another SCP path: anything that is not exactly one
 * of the shapes below is refused.
 */
export type Route =
  | { kind: 'status' }
  /** Path and ?query to append to the endpoint; the query is already encoded once, in fixed order. */
  | { kind: 'forward'; upstreamPath: string }
  | {
      kind: 'reject';
      code: Extract<ProxyErrorCode, 'NotFound' | 'MethodNotAllowed' | 'BadRequest'>;
      message: string;
    };

export const API_PREFIX = '/api';
export const MAX_QUERY_LENGTH = 4096;
const MAX_ID_LENGTH = 128;
const ID = new RegExp(`^[A-Za-z0-9-]{1,${MAX_ID_LENGTH}}$`);
const DETAIL = /^\/api\/v1\/(volumes|servers)\/([^/]+)$/;

/** Whether a request belongs to the proxy at all (everything else is Vite's). */
export function isProxyPath(rawUrl: string | undefined): boolean {
  if (rawUrl === undefined || !rawUrl.startsWith(API_PREFIX)) return false;
  const next = rawUrl.charAt(API_PREFIX.length);
  return next === '' || next === '/' || next === '?';
}

const NOT_FOUND: Route = {
  kind: 'reject',
  code: 'NotFound',
  message:
    'No such proxy route. It serves GET /api/status, /api/v1/volumes, /api/v1/volumes/{id} and /api/v1/servers/{id}.',
};
const NOT_GET: Route = { kind: 'reject', code: 'MethodNotAllowed', message: 'Only GET is proxied.' };

function badRequest(message: string): Route {
  return { kind: 'reject', code: 'BadRequest', message };
}

/** C0 controls, DEL and C1 controls: CR/LF would split headers or log lines, NUL truncates. */
function hasControlCharacter(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return true;
  }
  return false;
}

/**
 * A UTF-16 half without its pair: no UTF-8 spells it, so it cannot be re-encoded (and
 * encodeURIComponent throws). HTTP/1 cannot deliver one, but the route must stay total.
 */
const LONE_SURROGATE = /\p{Surrogate}/u;

/** application/x-www-form-urlencoded component, strictly: malformed escapes are an error. */
function decodeComponent(raw: string): string | undefined {
  try {
    const decoded = decodeURIComponent(raw.replaceAll('+', ' '));
    return LONE_SURROGATE.test(decoded) ? undefined : decoded;
  } catch {
    return undefined;
  }
}

/**
 * Parses the browser's query, keeps only the ListVolumes parameters and re-encodes them once in
 * LIST_PARAM_NAMES order. A repeated allowlisted parameter is refused rather than silently
 * resolved: which of two `limit`s the user meant is a guess the proxy should not make.
 */
function listQuery(rawQuery: string): { query: string } | Route {
  const values = new Map<string, string>();
  for (const part of rawQuery.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const key = decodeComponent(eq === -1 ? part : part.slice(0, eq));
    const value = decodeComponent(eq === -1 ? '' : part.slice(eq + 1));
    if (key === undefined || value === undefined)
      return badRequest('The query string has a malformed %-escape or is not UTF-8.');
    if (hasControlCharacter(key) || hasControlCharacter(value)) {
      return badRequest('The query string contains control characters.');
    }
    if (!isListParamName(key)) continue;
    if (values.has(key)) return badRequest(`The parameter "${key}" is given more than once.`);
    values.set(key, value);
  }
  const entries: [string, string][] = [];
  for (const name of LIST_PARAM_NAMES) {
    const value = values.get(name);
    if (value !== undefined) entries.push([name, value]);
  }
  return { query: encodeQuery(entries) };
}

/**
 * Fetch metadata (Sec-Fetch-Site), which browsers set and pages cannot forge: a request another
 * site (or another local origin: ports do not make a site) made the browser send. Its answer
 * would be opaque, but the proxy would still spend the keys on it, and its timing tells a
 * filter's hits from misses. The dashboard's own fetches are same-origin; a typed URL is none;
 * non-browser clients send nothing.
 */
export function crossSiteRefusal(secFetchSite: string | string[] | undefined): Route | null {
  const site = Array.isArray(secFetchSite) ? secFetchSite[0] : secFetchSite;
  if (site !== 'cross-site' && site !== 'same-site') return null;
  return badRequest(
    `Requests from other sites (Sec-Fetch-Site: ${site}) are refused: /api serves this dashboard only.`,
  );
}

export function routeRequest(method: string | undefined, rawUrl: string): Route {
  const queryStart = rawUrl.indexOf('?');
  const path = queryStart === -1 ? rawUrl : rawUrl.slice(0, queryStart);
  const rawQuery = queryStart === -1 ? '' : rawUrl.slice(queryStart + 1);

  let resource: 'status' | 'list' | { collection: string; id: string };
  if (path === '/api/status') resource = 'status';
  else if (path === '/api/v1/volumes') resource = 'list';
  else {
    const [, collection, id] = DETAIL.exec(path) ?? [];
    if (collection === undefined || id === undefined) return NOT_FOUND;
    resource = { collection, id };
  }
  if (method !== 'GET') return NOT_GET;
  if (typeof resource === 'object' && !ID.test(resource.id)) {
    const noun = resource.collection === 'volumes' ? 'volume' : 'server';
    return badRequest(`A ${noun} id is 1 to ${MAX_ID_LENGTH} letters, digits or "-".`);
  }
  if (rawQuery.length > MAX_QUERY_LENGTH) {
    return badRequest(`The query string is longer than ${MAX_QUERY_LENGTH} characters.`);
  }

  // Validated for every route so garbage is refused consistently; forwarded only for the list.
  const parsed = listQuery(rawQuery);
  if ('kind' in parsed) return parsed;
  if (resource === 'status') return { kind: 'status' };
  if (resource === 'list') {
    return {
      kind: 'forward',
      upstreamPath: parsed.query === '' ? '/v1/volumes' : `/v1/volumes?${parsed.query}`,
    };
  }
  return { kind: 'forward', upstreamPath: `/v1/${resource.collection}/${resource.id}` };
}
