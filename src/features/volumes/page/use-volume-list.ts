import { keepPreviousData, useQuery, type Query, type QueryKey } from '@tanstack/react-query';
import { useState } from 'react';
import { normaliseError, type ApiError } from '../../../lib/api-error.ts';
import { useStoredValue } from '../../../lib/stored-value.ts';
import type { ListVolumesParams } from '../../../scp/list-query.ts';
import type { VolumeList } from '../../../scp/volume-schema.ts';
import { volumeQueries } from '../api/volume-queries.ts';
import { elsewhereQuery } from '../inventory/elsewhere-query.ts';
import { readsElsewhere } from '../url-state/view-params.ts';
import type { VolumeView } from '../url-state/volume-view.ts';
import { autoRefreshStore } from '../freshness/auto-refresh.ts';
import { failureStreak } from '../freshness/failure-streak.ts';
import { refreshInterval } from '../freshness/refresh-interval.ts';

/**
 * The visible page's query (the API's page, or one read elsewhere: the inventory's search or a
 * contains search over every volume), plus the last
 * list that loaded: when a request fails the table keeps showing that list (dimmed, marked
 * stale) instead of going blank.
 */
export function useVolumeList(view: VolumeView, params: ListVolumesParams) {
  const auto = useStoredValue(autoRefreshStore);
  const elsewhere = readsElsewhere(view);
  // A page read elsewhere (the inventory's last run, a full read) is a snapshot: a volume
  // mid-transition on it changes with the next run, not in 5 s, so it refreshes at the slow pace.
  const refetchInterval = <K extends QueryKey>(current: Query<VolumeList, Error, VolumeList, K>) =>
    refreshInterval(auto, elsewhere ? undefined : current.state.data, failureStreak(current));
  // One observer: the API's page or one read elsewhere. Their keys differ in type, not their data.
  const options = (elsewhere ? elsewhereQuery(view) : volumeQueries.list(params)) as ReturnType<
    typeof volumeQueries.list
  >;
  // The previous page stays (dimmed) while the next loads, whichever reads it.
  const query = useQuery({ ...options, placeholderData: keepPreviousData, refetchInterval });

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
