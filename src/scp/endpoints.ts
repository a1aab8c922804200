import {
  fillId,
  ID_SEGMENT,
  PROXY_PREFIX,
  SERVER_PATH,
  SERVERS_PATH,
  STATUS_PATH,
  VOLUME_PATH,
  VOLUMES_PATH,
} from './api-paths.ts';
import { LIST_PARAM_NAMES } from './list-query.ts';
import { SERVER_LIST_PARAM_NAMES } from './server-list-query.ts';
import { SNAPSHOT_LIST_PARAM_NAMES, VOLUME_TYPE_LIST_PARAM_NAMES } from './snapshot-list-query.ts';
import {
  DEFAULT_VOLUME_TYPE_PATH,
  SNAPSHOT_PATH,
  SNAPSHOTS_PATH,
  VOLUME_QUOTA_SET_PATH,
  VOLUME_TYPE_PATH,
  VOLUME_TYPES_PATH,
} from './storage-paths.ts';

/**
 * The proxied SCP endpoints, as data. The proxy's router and its 404/405/400 answers
 * (src/proxy/route.ts) and the simulator's router (src/simulator/routes.ts) derive from this
 * table, so adding an endpoint starts with its path (api-paths.ts or beside it) and one entry here
 * (src/README.md walks through the rest). The browser calls the paths it needs (api-paths.ts)
 * and bundles this table only in lazy code, if at all.
 */
export interface Endpoint {
  method: 'GET';
  /**
   * The SCP path; `{id}` stands for exactly one path segment. A literal segment wins over
   * `{id}`: `/v1/volumes/quota-sets` is never ShowVolume of a volume called `quota-sets`.
   */
  path: string;
  /** The SCP service, named in the Scp-Api-Version header (`virtualserver 1.3`). */
  service: 'virtualserver';
  /** Query parameters forwarded upstream, in this order; any other is dropped by the proxy. */
  query: readonly string[];
  /** The path parameter, if the path has `{id}`. It must pass `isValidId`. */
  idParam?: 'id';
  /** What the id names: the wording of a malformed-id 400 and of a not-found 404. */
  resource: Resource | null;
}

export type Resource = 'volume' | 'server' | 'snapshot' | 'volume type';

export const ENDPOINTS = {
  listVolumes: {
    method: 'GET',
    path: VOLUMES_PATH,
    service: 'virtualserver',
    query: LIST_PARAM_NAMES,
    resource: null,
  },
  showVolume: {
    method: 'GET',
    path: VOLUME_PATH,
    service: 'virtualserver',
    query: [],
    idParam: 'id',
    resource: 'volume',
  },
  listServers: {
    method: 'GET',
    path: SERVERS_PATH,
    service: 'virtualserver',
    query: SERVER_LIST_PARAM_NAMES,
    resource: null,
  },
  showServer: {
    method: 'GET',
    path: SERVER_PATH,
    service: 'virtualserver',
    query: [],
    idParam: 'id',
    resource: 'server',
  },
  listSnapshots: {
    method: 'GET',
    path: SNAPSHOTS_PATH,
    service: 'virtualserver',
    query: SNAPSHOT_LIST_PARAM_NAMES,
    resource: null,
  },
  showSnapshot: {
    method: 'GET',
    path: SNAPSHOT_PATH,
    service: 'virtualserver',
    query: [],
    idParam: 'id',
    resource: 'snapshot',
  },
  showVolumeQuotaSet: {
    method: 'GET',
    path: VOLUME_QUOTA_SET_PATH,
    service: 'virtualserver',
    query: [],
    resource: null,
  },
  listVolumeTypes: {
    method: 'GET',
    path: VOLUME_TYPES_PATH,
    service: 'virtualserver',
    query: VOLUME_TYPE_LIST_PARAM_NAMES,
    resource: null,
  },
  showDefaultVolumeType: {
    method: 'GET',
    path: DEFAULT_VOLUME_TYPE_PATH,
    service: 'virtualserver',
    query: [],
    resource: null,
  },
  showVolumeType: {
    method: 'GET',
    path: VOLUME_TYPE_PATH,
    service: 'virtualserver',
    query: [],
    idParam: 'id',
    resource: 'volume type',
  },
} as const satisfies Record<string, Endpoint>;

export type EndpointName = keyof typeof ENDPOINTS;

// Pure: the browser reads none of it, and the call would otherwise stay in its first chunk.
export const ENDPOINT_NAMES = /* @__PURE__ */ Object.keys(ENDPOINTS) as EndpointName[];

/**
 * Query parameters the proxy itself reads and never forwards upstream. Like the endpoints'
 * own parameters they are decoded, checked for control characters and refused when repeated.
 */
export const PROXY_ONLY_PARAMS: readonly string[] = [
  // `all` or one configured region (src/scp/regions.ts); for a volume or server, where it lives.
  'region',
  // A group of states (STATE_GROUPS in src/scp/volume-states.ts): one list of several `state`s.
  'state_group',
];

export const MAX_ID_LENGTH = 128;

/**
 * Letters, digits and '-', which covers SCP's UUIDs. No '.', '%' or '/': an id can never
 * turn into `..` or another path once someone decodes it.
 */
const ID = new RegExp(`^[A-Za-z0-9-]{1,${MAX_ID_LENGTH}}$`);

export function isValidId(id: string): boolean {
  return ID.test(id);
}

export interface EndpointMatch {
  name: EndpointName;
  endpoint: Endpoint;
  /** The raw (undecoded) `{id}` segment. */
  id?: string;
}

type Shape = { name: EndpointName; segments: string[] };
let shapes: Shape[] | undefined;

/**
 * Paths without `{id}` first, so a literal segment is tried before an id could take it. Built
 * on first use: the browser never matches paths, and a table computed at load would stay in
 * its first chunk.
 */
function endpointShapes(): Shape[] {
  return (shapes ??= ENDPOINT_NAMES.map((name) => ({ name, segments: ENDPOINTS[name].path.split('/') })).sort(
    (a, b) => Number(a.segments.includes(ID_SEGMENT)) - Number(b.segments.includes(ID_SEGMENT)),
  ));
}

/**
 * The endpoint a raw SCP path (no query, never decoded) names, by segments: `{id}` matches one
 * non-empty segment, anything else must be equal. So `//`, a trailing '/', `%2f` or `%76olumes`
 * match nothing. The id is returned raw: each caller decides how to check or decode it.
 */
export function matchEndpoint(path: string): EndpointMatch | null {
  const parts = path.split('/');
  for (const { name, segments } of endpointShapes()) {
    if (segments.length !== parts.length) continue;
    let id: string | undefined;
    const matches = segments.every((segment, i) => {
      const part = parts[i] ?? '';
      if (segment !== ID_SEGMENT) return part === segment;
      id = part;
      return part !== '';
    });
    if (matches) return { name, endpoint: ENDPOINTS[name], ...(id === undefined ? {} : { id }) };
  }
  return null;
}

/** The id argument, required exactly for the endpoints whose path has `{id}`. */
export type EndpointParams<N extends EndpointName> = (typeof ENDPOINTS)[N] extends { idParam: 'id' }
  ? [params: { id: string }]
  : [];

/** The SCP path of an endpoint, its id percent-encoded: `endpointPath('showVolume', { id })`. */
export function endpointPath<N extends EndpointName>(name: N, ...[params]: EndpointParams<N>): string {
  return fillId(ENDPOINTS[name].path, params?.id);
}

/** The routes the proxy serves, for its 404 message: `/api/status, /api/v1/volumes, …`. */
export function describeProxyRoutes(): string[] {
  return [PROXY_PREFIX + STATUS_PATH, ...ENDPOINT_NAMES.map((name) => PROXY_PREFIX + ENDPOINTS[name].path)];
}
