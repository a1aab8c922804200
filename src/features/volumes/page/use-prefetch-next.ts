import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { volumeQueries } from '../api/volume-queries.ts';
import { pageParams } from '../url-state/view-params.ts';
import type { VolumeView } from '../url-state/volume-view.ts';

/** Once a page has loaded, fetch the next one in the background so "Next" is instant. */
export function usePrefetchNext(view: VolumeView, enabled: boolean): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!enabled) return;
    void queryClient.prefetchQuery(volumeQueries.list(pageParams(view, view.page + 1)));
  }, [queryClient, view, enabled]);
}
