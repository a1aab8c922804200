import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { navigateSearch, useLocationSearch, type NavigateOptions } from '../../../lib/location-store.ts';
import type { ListVolumesParams } from '../../../scp/list-query.ts';
import { statusQueries } from '../api/volume-queries.ts';
import { parseView } from './parse-view.ts';
import { serialiseView } from './serialise-view.ts';
import { pageParams } from './view-params.ts';
import type { ViewProblem, VolumeView } from './volume-view.ts';

export interface VolumeViewApi {
  view: VolumeView;
  problems: readonly ViewProblem[];
  /** The visible page's request, and so its query key. */
  params: ListVolumesParams;
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
  // Only the proxy knows its regions (/api/status, asked once, and only for a link that names
  // one): a region it does not list is refused like any bad value, not sent to be refused.
  const status = useQuery({ ...statusQueries.current(), enabled: /[?&]region=./.test(search) });
  const regions = status.data?.regions;
  const parsed = useMemo(() => parseView(search, regions), [search, regions]);
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
  // Asked for only when the link names a region, so loading means exactly that (never once settled).
  const { isLoading } = status;
  return useMemo(() => {
    const { view } = parsed;
    return { view, problems, params: pageParams(view), checking: isLoading, update };
  }, [parsed, problems, isLoading]);
}

function update(next: (view: VolumeView) => VolumeView, options?: NavigateOptions): void {
  // Read the address bar at call time: handlers created in an older render must not undo a newer change.
  const current = parseView(window.location.search).view;
  navigateSearch(serialiseView(next(current)), options);
}
