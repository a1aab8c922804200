import {
  describeProxyRoutes,
  type EndpointName,
  isValidId,
  matchEndpoint,
  MAX_ID_LENGTH,
  PROXY_ONLY_PARAMS,
} from '../scp/endpoints.ts';
import { PROXY_PREFIX, STATUS_PATH } from '../scp/api-paths.ts';
import { encodeQuery, inOrder, type QueryValues } from '../scp/list-query.ts';
import { hasControlCharacter, queryParts } from '../scp/query-parts.ts';
import type { ProxyErrorCode } from './errors.ts';

/**
 * The proxy's allowlist: which browser requests exist and what they become upstream, read from
 * the route table (src/scp/endpoints.ts). Pure, and it works on the raw request target (never
 * a decoded or normalised one), so `..`, `%2e%2e`, `%2f` and `//` cannot smuggle a request to
 * another SCP path: anything that is not exactly one of the table's shapes is refused.
 */
export type Route =
  | { kind: 'status' }
  | {
      kind: 'forward';
      endpoint: EndpointName;
      service: string;
      /** Path and ?query to append to the endpoint; the query is already encoded once, in fixed order. */
      upstreamPath: string;
      /**
       * The same forwarded parameters, decoded and in the same order (empty ones dropped): what
       * a merged list reads (region-plan.ts), so nothing parses the encoded query again.
       */
      query: QueryValues;
      /** Values of PROXY_ONLY_PARAMS given in the request: for the proxy, never sent upstream. */
      proxyParams: Record<string, string>;
    }
  | {
      kind: 'reject';
      code: Extract<ProxyErrorCode, 'NotFound' | 'MethodNotAllowed' | 'BadRequest'>;
      message: string;
    };

export const MAX_QUERY_LENGTH = 4096;

/** Whether a request belongs to the proxy at all (everything else is the host server's). */
export function isProxyPath(rawUrl: string | undefined): boolean {
  if (rawUrl === undefined || !rawUrl.startsWith(PROXY_PREFIX)) return false;
  const next = rawUrl.charAt(PROXY_PREFIX.length);
  return next === '' || next === '/' || next === '?';
}

const ROUTES = describeProxyRoutes();
const NOT_FOUND: Route = {
  kind: 'reject',
  code: 'NotFound',
  message: `No such proxy route. It serves GET ${ROUTES.slice(0, -1).join(', ')} and ${ROUTES.at(-1) ?? ''}.`,
};
const NOT_GET: Route = { kind: 'reject', code: 'MethodNotAllowed', message: 'Only GET is proxied.' };

function badRequest(message: string): Route {
  return { kind: 'reject', code: 'BadRequest', message };
}

/**
 * Parses the browser's query and keeps the parameters of `forwarded` (in that order, empty
 * ones dropped) and of PROXY_ONLY_PARAMS. A repeated kept parameter is refused rather than
 * silently resolved: which of two `limit`s the user meant is a guess the proxy should not make.
 */
function readQuery(
  rawQuery: string,
  forwarded: readonly string[],
): { query: QueryValues; proxyParams: Record<string, string> } | Route {
  const values = new Map<string, string>();
  for (const { name: key, value } of queryParts(rawQuery)) {
    if (key === undefined || value === undefined)
      return badRequest('The query string has a malformed %-escape or is not UTF-8.');
    if (hasControlCharacter(key) || hasControlCharacter(value)) {
      return badRequest('The query string contains control characters.');
    }
    if (!forwarded.includes(key) && !PROXY_ONLY_PARAMS.includes(key)) continue;
    if (values.has(key)) return badRequest(`The parameter "${key}" is given more than once.`);
    values.set(key, value);
  }
  const proxyParams: Record<string, string> = {};
  for (const name of PROXY_ONLY_PARAMS) {
    const value = values.get(name);
    if (value !== undefined) proxyParams[name] = value;
  }
  return { query: inOrder(forwarded, values), proxyParams };
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

  if (!path.startsWith(PROXY_PREFIX)) return NOT_FOUND;
  const scpPath = path.slice(PROXY_PREFIX.length);
  const match = scpPath === STATUS_PATH ? 'status' : matchEndpoint(scpPath);
  if (match === null) return NOT_FOUND;
  if (method !== 'GET') return NOT_GET;
  if (match !== 'status' && match.id !== undefined && !isValidId(match.id)) {
    return badRequest(
      `A ${match.endpoint.resource ?? 'resource'} id is 1 to ${MAX_ID_LENGTH} letters, digits or "-".`,
    );
  }
  if (rawQuery.length > MAX_QUERY_LENGTH) {
    return badRequest(`The query string is longer than ${MAX_QUERY_LENGTH} characters.`);
  }

  // Validated for every route so garbage is refused consistently; forwarded only where listed.
  const parsed = readQuery(rawQuery, match === 'status' ? [] : match.endpoint.query);
  if ('kind' in parsed) return parsed;
  if (match === 'status') return { kind: 'status' };
  // A valid id is letters, digits and '-': the raw segment is already its one encoding.
  const encoded = encodeQuery(parsed.query);
  return {
    kind: 'forward',
    endpoint: match.name,
    service: match.endpoint.service,
    upstreamPath: scpPath + (encoded === '' ? '' : `?${encoded}`),
    query: parsed.query,
    proxyParams: parsed.proxyParams,
  };
}
