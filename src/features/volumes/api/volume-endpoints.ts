import { http } from '../../../lib/http.ts';
import { normaliseError } from '../../../lib/api-error.ts';
import { encodeListParams, type ListVolumesParams } from '../../../scp/list-query.ts';
import { statusSchema, type ProxyStatus } from '../../../scp/status.ts';
import {
  parseVolumeList,
  serverSchema,
  volumeSchema,
  type Server,
  type Volume,
  type VolumeList,
} from '../../../scp/volume-schema.ts';

/**
 * Endpoint functions: the typed boundary. Every body is validated by the shared schema and
 * every failure leaves here as an ApiError, so components handle one error shape.
 */
async function call<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw normaliseError(error);
  }
}

export function listVolumes(params: ListVolumesParams, signal?: AbortSignal): Promise<VolumeList> {
  const query = encodeListParams(params);
  return call(async () =>
    parseVolumeList(await http.get(`v1/volumes${query ? `?${query}` : ''}`, { signal }).json()),
  );
}

export function getVolume(id: string, signal?: AbortSignal): Promise<Volume> {
  return call(async () =>
    volumeSchema.parse(await http.get(`v1/volumes/${encodeURIComponent(id)}`, { signal }).json()),
  );
}

export function getServer(id: string, signal?: AbortSignal): Promise<Server> {
  return call(async () =>
    serverSchema.parse(await http.get(`v1/servers/${encodeURIComponent(id)}`, { signal }).json()),
  );
}

export function getStatus(signal?: AbortSignal): Promise<ProxyStatus> {
  return call(async () => statusSchema.parse(await http.get('status', { signal }).json()));
}
