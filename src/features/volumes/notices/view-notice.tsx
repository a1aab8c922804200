import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { usePageChromeMessages } from '../../../i18n/page-chrome-messages.ts';
import { useLocationSearch } from '../../../lib/location-store.ts';
import { statusQueries } from '../api/volume-queries.ts';
import { VIEW_ENTRIES, type ViewProblem } from '../url-state/volume-view.ts';

const isViewParam = (param: string) => VIEW_ENTRIES.some(([, spec]) => spec.url === param);

/**
 * Link values that were not understood and fell back to defaults. Derived from the URL, so it
 * goes away by itself once the view changes; Dismiss hides it for this URL.
 */
export function ViewNotice({ problems }: { problems: readonly ViewProblem[] }) {
  const chrome = usePageChromeMessages();
  const search = useLocationSearch();
  const [dismissed, setDismissed] = useState<string | null>(null);
  // Cached since the region was checked (useVolumeView): which regions there are instead.
  const { data: status } = useQuery({
    ...statusQueries.current(),
    enabled: problems.some((problem) => problem.param === 'region'),
  });
  if (problems.length === 0 || dismissed === search) return null;
  const why = (problem: ViewProblem) => {
    if (!isViewParam(problem.param)) return chrome.notice.unknownParam;
    if (problem.param === 'region' && status && !status.regions.includes(problem.value)) {
      return chrome.notice.unknownRegion(status.regions.join(', '));
    }
    return null;
  };
  return (
    <div
      role="status"
      className="flex items-start justify-between gap-3 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-[13px] text-amber-950 dark:border-amber-900/60 dark:bg-amber-950/30 dark:text-amber-100"
    >
      <p>
        {chrome.notice.invalid}{' '}
        {problems.map((problem, index) => (
          // A link may repeat an unknown parameter (size=7&size=8): the place tells them apart.
          <span key={`${index}-${problem.param}`}>
            {index > 0 && ', '}
            <code className="rounded bg-amber-100 px-1 font-mono text-xs dark:bg-amber-900/50">
              {chrome.notice.value(problem.param, problem.value)}
            </code>
            {why(problem) && ` (${why(problem)})`}
          </span>
        ))}
      </p>
      <button
        type="button"
        onClick={() => setDismissed(search)}
        className="shrink-0 rounded px-1.5 text-xs font-medium underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-amber-600"
      >
        {chrome.notice.dismiss}
      </button>
    </div>
  );
}
