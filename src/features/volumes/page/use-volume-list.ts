import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { normaliseError, type ApiError } from '../../../lib/api-error.ts';
import { useStoredValue } from '../../../lib/stored-value.ts';
import type { ListVolumesParams } from '../../../scp/list-query.ts';
import type { VolumeList } from '../../../scp/volume-schema.ts';
import { volumeQueries } from '../api/volume-queries.ts';
import { autoRefreshStore } from '../freshness/auto-refresh.ts';
import { failureStreak } from '../freshness/failure-streak.ts';
import { refreshInterval } from '../freshness/refresh-interval.ts';

/**
 * The visible page's query, plus the last list that loaded: when a request fails the table
 * keeps showing that list (dimmed, marked stale) instead of going blank.
 */
export function useVolumeList(params: ListVolumesParams) {
  const auto = useStoredValue(autoRefreshStore);
  const query = useQuery({
    ...volumeQueries.list(params),
    refetchInterval: (current) => refreshInterval(auto, current.state.data, failureStreak(current)),
  });

  const [lastGood, setLastGood] = useState<VolumeList | undefined>(query.data);
  if (query.data !== undefined && !query.isPlaceholderData && query.data !== lastGood)
    setLastGood(query.data);

  // Endpoint functions already throw ApiError; normalising again is a no-op that narrows the type.
  const error: ApiError | null = query.error ? normaliseError(query.error) : null;
  const shown = query.data ?? (error ? lastGood : undefined);
  return {
    query,
    shown,
    error,
    /** The rows on screen are not the answer to the current URL (next page loading, or failed). */
    stale: query.isPlaceholderData || (error !== null && shown !== undefined),
    firstLoad: shown === undefined && query.isPending,
  };
}
