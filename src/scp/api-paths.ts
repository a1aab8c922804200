import { encodeListParams, type ListVolumesParams } from './list-query.ts';

/**
 * The SCP paths the proxy serves, each written once: those the first table calls here, the
 * rest beside it (storage-paths.ts), since a constant ships in its module's chunk and this one
 * is in the first bundle. The route table (endpoints.ts) is built from them, and the browser
 * imports only the paths it calls: the table itself (every endpoint's parameters, service and
 * wording, which only the proxy and the simulator read) stays out of its bundle, whatever
 * endpoints it grows. Pure strings.
 */

/** Where the browser reaches the proxy: everything under it is the proxy's. */
export const PROXY_PREFIX = '/api';

/** The proxy's own answer (what it is connected to, src/scp/status.ts); not an SCP endpoint. */
export const STATUS_PATH = '/status';

/** Stands for exactly one path segment: an id. */
export const ID_SEGMENT = '{id}';

/**
 * An item's path is its list's path and the id. The two below are written out: the first bundle
 * carries them, and a call per path cost it bytes it does not have (docs/PERFORMANCE.md).
 */
export const itemPath = <P extends string>(listPath: P) => `${listPath}/${ID_SEGMENT}` as const;

export const VOLUMES_PATH = '/v1/volumes';
export const VOLUME_PATH = '/v1/volumes/{id}';
export const SERVERS_PATH = '/v1/servers';
export const SERVER_PATH = '/v1/servers/{id}';

/** The id argument, required exactly for a path with `{id}`. */
export type PathParams<P extends string> = P extends `${string}{id}${string}` ? [params: { id: string }] : [];

/** A path with its `{id}` (if any) replaced by the id, percent-encoded once. */
export function fillId(path: string, id: string | undefined): string {
  return id === undefined ? path : path.replace(ID_SEGMENT, encodeURIComponent(id));
}

/** The same path as the browser asks the proxy for it: `proxyPath(VOLUME_PATH, { id })` is `/api/v1/volumes/…`. */
export function proxyPath<P extends string>(path: P, ...params: PathParams<P>): string {
  return PROXY_PREFIX + fillId(path, params[0]?.id);
}

/** The list request as the browser sends it to the proxy: `/api/v1/volumes?…`. */
export function listVolumesPath(params: ListVolumesParams): string {
  const query = encodeListParams(params);
  return `${proxyPath(VOLUMES_PATH)}${query ? `?${query}` : ''}`;
}
