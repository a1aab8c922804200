import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { navigateSearch, useLocationSearch, type NavigateOptions } from '../../../lib/location-store.ts';
import type { ListVolumesParams } from '../../../scp/list-query.ts';
import type { ProxyStatus } from '../../../scp/status.ts';
import { statusQueries } from '../api/volume-queries.ts';
import { parseView, withKnownRegion } from './parse-view.ts';
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
  /** The link names a region and the proxy has not yet said which regions it lists. */
  checking: boolean;
  /** Applies a transition (see view-updates.ts) to the view currently in the address bar. */
  update: (next: (view: VolumeView) => VolumeView, options?: NavigateOptions) => void;
}

/** A link that held values not understood, corrected in the address bar: what was wrong in it. */
interface Correction {
  from: string;
  to: string;
  problems: readonly ViewProblem[];
}

const NO_PROBLEMS: readonly ViewProblem[] = [];

/**
 * The one reader of the URL. The view is derived from `location.search` on every change, so
 * there is nothing to keep in sync; updates write the URL and the view follows. A link with
 * values that are not understood is corrected in the address bar at once (replacing its
 * history entry, so Back does not return to it), and its problems stay reported for the
 * corrected URL until the view changes: the address bar never holds a value the page ignores.
 */
export function useVolumeView(): VolumeViewApi {
  const search = useLocationSearch();
  const read = useMemo(() => parseView(search), [search]);
  // Only the proxy knows its regions (/api/status, asked once): a region it does not list is
  // refused like any bad value, instead of a list request that can only fail.
  const named = read.view.region !== null;
  const status = useQuery({ ...statusQueries.current(), enabled: named, select: regionsOf });
  const parsed = useMemo(() => withKnownRegion(read, status.data), [read, status.data]);
  const [correction, setCorrection] = useState<Correction | null>(null);
  if (parsed.problems.length > 0 && correction?.from !== search) {
    const to = serialiseView(parsed.view);
    setCorrection({ from: search, to: to ? `?${to}` : '', problems: parsed.problems });
  } else if (correction !== null && search !== correction.from && search !== correction.to) {
    // The view moved on: coming back to the same URL later is not the bad link again.
    setCorrection(null);
  }
  const target = parsed.problems.length > 0 && correction?.from === search ? correction.to : null;
  useEffect(() => {
    if (target !== null) navigateSearch(target, { replace: true });
  }, [target]);

  const problems =
    parsed.problems.length > 0
      ? parsed.problems
      : correction?.to === search
        ? correction.problems
        : NO_PROBLEMS;
  return useMemo(() => {
    const { view } = parsed;
    const checking = named && status.isPending;
    return { view, problems, params: pageParams(view), filters: filterParams(view), checking, update };
  }, [parsed, problems, named, status.isPending]);
}

function regionsOf(status: ProxyStatus): readonly string[] {
  return status.regions;
}

function update(next: (view: VolumeView) => VolumeView, options?: NavigateOptions): void {
  // Read the address bar at call time: handlers created in an older render must not undo a newer change.
  const current = parseView(window.location.search).view;
  navigateSearch(serialiseView(next(current)), options);
}
