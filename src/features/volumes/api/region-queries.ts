import { queryOptions } from '@tanstack/react-query';
import { proxyPath } from '../../../scp/api-paths.ts';
import { VOLUME_QUOTA_SET_PATH, VOLUME_TYPES_PATH } from '../../../scp/storage-paths.ts';
import type { VolumeQuotaSet } from '../../../scp/volume-quota-schema.ts';
import type { VolumeType } from '../../../scp/volume-type-schema.ts';
import { getJson } from './volume-endpoints.ts';

/**
 * Reads that are per region by nature. The browser asks each region on its own (the proxy
 * refuses them without one when several are configured): every answer is SCP's body as sent,
 * and a region that fails is that region's error, never a hole in a merged answer.
 */
export function getVolumeQuotaSet(region: string, signal?: AbortSignal): Promise<VolumeQuotaSet> {
  const path = `${proxyPath(VOLUME_QUOTA_SET_PATH)}?${new URLSearchParams({ region }).toString()}`;
  return getJson(path, signal, (module, body) => module.volumeQuotaSetSchema.parse(body));
}

/** A region has a handful of types: one page of the documented maximum holds them all. */
export function listVolumeTypes(region: string, signal?: AbortSignal): Promise<VolumeType[]> {
  const path = `${proxyPath(VOLUME_TYPES_PATH)}?${new URLSearchParams({ limit: '1000', region }).toString()}`;
  return getJson(path, signal, (module, body) => module.volumeTypeListSchema.parse(body).volume_types);
}

export const regionQueries = {
  /** Under `volumes`: Refresh updates the gauges with the table. */
  quota: (region: string) =>
    queryOptions({
      queryKey: ['volumes', 'quota', region] as const,
      queryFn: ({ signal }) => getVolumeQuotaSet(region, signal),
    }),
  /** Types change when an administrator adds one: read once per session. */
  volumeTypes: (region: string) =>
    queryOptions({
      queryKey: ['volume-types', region] as const,
      queryFn: ({ signal }) => listVolumeTypes(region, signal),
      staleTime: Number.POSITIVE_INFINITY,
      gcTime: Number.POSITIVE_INFINITY,
    }),
};
