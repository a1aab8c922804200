import { useMemo } from 'react';
import { navigateSearch, useLocationSearch, type NavigateOptions } from '../../../lib/location-store.ts';
import type { ListVolumesParams } from '../../../scp/list-query.ts';
import { parseView } from './parse-view.ts';
import { serialiseView } from './serialise-view.ts';
import { filterParams, pageParams } from './view-params.ts';
import type { ViewProblem, VolumeView } from './volume-view.ts';

export interface VolumeViewApi {
  view: VolumeView;
  problems: readonly ViewProblem[];
  /** The visible page's request, and so its query key. */
  params: ListVolumesParams;
  /** Filters and sort without paging (export, counts). */
  filters: ListVolumesParams;
  /** Applies a transition (see view-updates.ts) to the view currently in the address bar. */
  update: (next: (view: VolumeView) => VolumeView, options?: NavigateOptions) => void;
}

/**
 * The one reader of the URL. The view is derived from `location.search` on every change, so
 * there is nothing to keep in sync; updates write the URL and the view follows.
 */
export function useVolumeView(): VolumeViewApi {
  const search = useLocationSearch();
  return useMemo(() => {
    const { view, problems } = parseView(search);
    return { view, problems, params: pageParams(view), filters: filterParams(view), update };
  }, [search]);
}

function update(next: (view: VolumeView) => VolumeView, options?: NavigateOptions): void {
  // Read the address bar at call time: handlers created in an older render must not undo a newer change.
  const current = parseView(window.location.search).view;
  navigateSearch(serialiseView(next(current)), options);
}
