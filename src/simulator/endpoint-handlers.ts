import type { EndpointName } from '../scp/endpoints.ts';
import type { ApiVersion } from './api-version.ts';
import { parseListQuery } from './list-params.ts';
import { listServers } from './list-servers.ts';
import { listVolumes } from './list-volumes.ts';
import type { Text } from './messages.ts';
import { serverToApi, volumeToApi } from './serialize.ts';
import type { VolumeStore } from './store.ts';

/** One signed, routed GET: the `{id}` of its path (decoded, '' when none), its query, its version. */
export interface EndpointRequest {
  id: string;
  query: URLSearchParams;
  version: ApiVersion;
}

/**
 * A 200 body, a 400 ValidationError, or null: nothing has that id (404, worded after the
 * endpoint's `resource` in src/scp/endpoints.ts).
 */
export type EndpointAnswer = { ok: true; body: unknown } | { ok: false; error: Text } | null;

export type EndpointHandler = (store: VolumeStore, request: EndpointRequest) => EndpointAnswer;

/** One per entry of the route table: a new endpoint does not type-check until it has one. */
export const ENDPOINT_HANDLERS: Record<EndpointName, EndpointHandler> = {
  listVolumes(store, { query, version }) {
    const parsed = parseListQuery(query);
    if (!parsed.ok) return parsed;
    const result = listVolumes(store, parsed.query);
    if (!result.ok) return result;
    const volumes = result.volumes.map((volume) => volumeToApi(volume, version));
    return { ok: true, body: result.count === null ? { volumes } : { count: result.count, volumes } };
  },
  showVolume(store, { id, version }) {
    const volume = store.volume(id);
    return volume ? { ok: true, body: volumeToApi(volume, version) } : null;
  },
  listServers(store, { query }) {
    const result = listServers(store, query);
    if (!result.ok) return result;
    return {
      ok: true,
      body: { servers: result.servers.map((server) => serverToApi(server, store.volumesOf(server.id))) },
    };
  },
  showServer(store, { id }) {
    const server = store.server(id);
    return server ? { ok: true, body: serverToApi(server, store.volumesOf(server.id)) } : null;
  },
};
