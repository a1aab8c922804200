import type { EndpointName } from '../scp/endpoints.ts';
import type { ApiVersion } from './api-version.ts';
import { DEFAULT_VOLUME_TYPE } from './catalog.ts';
import { parseListQuery } from './list-params.ts';
import { listServers } from './list-servers.ts';
import { listSnapshots } from './list-snapshots.ts';
import { listVolumeTypes, volumeTypeById } from './list-volume-types.ts';
import { listVolumes } from './list-volumes.ts';
import type { Text } from './messages.ts';
import { quotaSetToApi } from './quota.ts';
import { serverToApi, snapshotToApi, volumeToApi, volumeTypeToApi } from './serialize.ts';
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
  listSnapshots(store, { query }) {
    const result = listSnapshots(store, query);
    if (!result.ok) return result;
    const snapshots = result.snapshots.map(snapshotToApi);
    return { ok: true, body: result.count === null ? { snapshots } : { count: result.count, snapshots } };
  },
  showSnapshot(store, { id }) {
    const snapshot = store.snapshots.get(id);
    return snapshot ? { ok: true, body: snapshotToApi(snapshot) } : null;
  },
  showVolumeQuotaSet(store) {
    return { ok: true, body: quotaSetToApi(store.accountId, store.quotaLimits, store.usage()) };
  },
  listVolumeTypes(_store, { query }) {
    const result = listVolumeTypes(query);
    return result.ok ? { ok: true, body: { volume_types: result.types.map(volumeTypeToApi) } } : result;
  },
  showDefaultVolumeType() {
    return { ok: true, body: volumeTypeToApi(DEFAULT_VOLUME_TYPE) };
  },
  showVolumeType(_store, { id }) {
    const type = volumeTypeById(id);
    return type ? { ok: true, body: volumeTypeToApi(type) } : null;
  },
};
