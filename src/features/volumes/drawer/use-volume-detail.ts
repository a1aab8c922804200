import { useQuery } from '@tanstack/react-query';
import { TRANSITIONAL_STATES } from '../../../scp/volume-states.ts';
import type { Volume } from '../../../scp/volume-schema.ts';
import { ApiError } from '../../../lib/api-error.ts';
import { volumeQueries } from '../api/volume-queries.ts';

const TRANSITIONAL_REFRESH_MS = 5_000;

export function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404;
}

/**
 * The volume shown in the drawer. The list row (when the id is on the page) is only a
 * placeholder: it paints at once without entering the detail cache, and ShowVolume is always
 * fetched for freshness. If that refresh fails for any reason but "not found", the list row
 * stays on screen with the error beside it rather than blanking a drawer that had data.
 */
export function useVolumeDetail(volumeId: string, pageVolumes: readonly Volume[], region?: string) {
  const fromPage = pageVolumes.find((volume) => volume.id === volumeId);
  const query = useQuery({
    ...volumeQueries.detail(volumeId, fromPage?.region ?? region),
    placeholderData: fromPage,
    // A volume that is attaching, extending… settles by itself: follow it while it is open.
    refetchInterval: (current) => {
      const state = current.state.data?.state;
      return state !== undefined && TRANSITIONAL_STATES.has(state) ? TRANSITIONAL_REFRESH_MS : false;
    },
  });
  const notFound = query.isError && isNotFound(query.error);
  const volume = query.data ?? (query.isError && !notFound ? fromPage : undefined);
  return { query, volume, notFound, pageRegion: fromPage?.region };
}

/** What the drawer knows of the volume it shows. */
export type VolumeDetail = ReturnType<typeof useVolumeDetail>;
