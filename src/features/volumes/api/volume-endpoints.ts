import { http } from '../../../lib/http.ts';
import { normaliseError } from '../../../lib/api-error.ts';
import {
  listVolumesPath,
  PROXY_PREFIX,
  proxyPath,
  SERVER_PATH,
  STATUS_PATH,
  VOLUME_PATH,
} from '../../../scp/api-paths.ts';
import type { ListVolumesParams } from '../../../scp/list-query.ts';
import type { ProxyStatus } from '../../../scp/status.ts';
import type { Server, Volume, VolumeList } from '../../../scp/volume-schema.ts';

/**
 * Endpoint functions: the typed boundary. Every body is validated by the shared schema and
 * every failure leaves here as an ApiError, so components handle one error shape.
 *
 * The schemas are reached through schemas.ts with import(), in parallel with the request: what
 * only a later body needs (the status schema) stays out of the initial bundle. zod and the
 * volume schemas do not: early-list/adopt.ts validates the first page's early answer before the
 * first render, so the table shows it without a loading state.
 */
const schemas = () => import('./schemas.ts');

async function call<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw normaliseError(error);
  }
}

/** A GET through the proxy, its body validated by the lazily loaded schemas (lazy features' reads too). */
export async function getJson<T>(
  path: string,
  signal: AbortSignal | undefined,
  parse: (module: Awaited<ReturnType<typeof schemas>>, body: unknown) => T,
): Promise<T> {
  return call(async () => {
    const [body, module] = await Promise.all([
      http().then((client) => client.get(path, { signal }).json()),
      schemas(),
    ]);
    return parse(module, body);
  });
}

export function listVolumes(params: ListVolumesParams, signal?: AbortSignal): Promise<VolumeList> {
  return getJson(listVolumesPath(params), signal, (module, body) => module.parseVolumeList(body));
}

/** A list body that arrived another way (the early list script's): validated as listVolumes does. */
export function adoptVolumeList(body: unknown): Promise<VolumeList> {
  return call(async () => (await schemas()).parseVolumeList(body));
}

/**
 * `region` routes a lookup to the region that holds the item. Without it the proxy asks every
 * configured region (one request each), which a deep link with only an id still needs.
 */
function inRegion(path: string, region: string | undefined): string {
  return region === undefined ? path : `${path}?${new URLSearchParams({ region }).toString()}`;
}

export function getVolume(id: string, region?: string, signal?: AbortSignal): Promise<Volume> {
  const path = inRegion(proxyPath(VOLUME_PATH, { id }), region);
  return getJson(path, signal, (module, body) => module.volumeSchema.parse(body));
}

export function getServer(id: string, region?: string, signal?: AbortSignal): Promise<Server> {
  const path = inRegion(proxyPath(SERVER_PATH, { id }), region);
  return getJson(path, signal, (module, body) => module.serverSchema.parse(body));
}

export function getStatus(signal?: AbortSignal): Promise<ProxyStatus> {
  return getJson(PROXY_PREFIX + STATUS_PATH, signal, (module, body) => module.statusSchema.parse(body));
}
