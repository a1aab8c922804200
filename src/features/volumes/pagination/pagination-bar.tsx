import { useState } from 'react';
import { useI18n } from '../../../i18n/i18n-context.ts';
import { usePageChromeMessages } from '../../../i18n/page-chrome-messages.ts';
import { PAGINATION_ID } from '../keyboard/skip-targets.ts';
import { PER_PAGE_OPTIONS } from '../url-state/volume-view.ts';
import { PageButtons } from './page-buttons.tsx';
import { PageJump } from './page-jump.tsx';
import type { PageInfo } from './page-math.ts';

const selectClass =
  'h-7 rounded-md border border-zinc-300 bg-white px-1.5 text-xs tabular-nums dark:border-zinc-700 dark:bg-zinc-900 focus:outline-2 focus:outline-blue-500';

/** What the list is doing when it has no rows to count: the bar says that, not '0–0'. */
export type ListStatus = 'loading' | 'failed' | 'ready';

export function PaginationBar({
  page,
  perPage,
  count,
  info,
  status,
  filtered,
  onPage,
  onPerPage,
}: {
  page: number;
  perPage: number;
  count: number | null;
  info: PageInfo;
  status: ListStatus;
  /** Filters are set: an empty answer means "nothing matches" rather than "no volumes". */
  filtered: boolean;
  onPage: (page: number) => void;
  onPerPage: (perPage: number) => void;
}) {
  const { fmt } = useI18n();
  const chrome = usePageChromeMessages();
  const { from, to, lastPage } = info;
  const t = chrome.pagination;
  // A page past the last that was asked for, said beside the range while the last page shows.
  const [clamped, setClamped] = useState<{ asked: number; last: number } | null>(null);
  if (clamped !== null && clamped.last !== page) setClamped(null);
  const empty = status === 'ready' && count === 0;
  const range =
    status === 'loading'
      ? t.loading
      : status === 'failed'
        ? t.failed
        : empty
          ? filtered
            ? t.noMatch
            : t.noVolumes
          : count === null
            ? t.rangeNoCount(fmt.number(from), fmt.number(to))
            : to === 0
              ? t.rangeEmpty(fmt.number(count))
              : t.range(fmt.number(from), fmt.number(to), fmt.number(count));

  return (
    <nav
      id={PAGINATION_ID}
      aria-label={chrome.pagination.label}
      className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 text-xs text-zinc-600 dark:text-zinc-400"
    >
      <p className="tabular-nums" aria-live="polite">
        {range}
        {clamped && (
          <span className="ml-2 text-amber-700 dark:text-amber-400">
            {t.clamped(fmt.number(clamped.asked), fmt.number(clamped.last))}
          </span>
        )}
      </p>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <span className="inline-flex items-center gap-2">
          <label htmlFor="volume-per-page">{chrome.pagination.rowsPerPage}</label>
          <select
            id="volume-per-page"
            value={perPage}
            onChange={(event) => onPerPage(Number(event.target.value))}
            className={selectClass}
          >
            {PER_PAGE_OPTIONS.map((option) => (
              <option key={option} value={option}>
                {fmt.number(option)}
              </option>
            ))}
          </select>
        </span>
        {status === 'ready' && !empty && (
          <PageJump
            page={page}
            lastPage={lastPage}
            className={selectClass}
            onPage={onPage}
            onClamped={(asked) => lastPage !== null && setClamped({ asked, last: lastPage })}
          />
        )}
        <PageButtons
          canPrevious={info.hasPrevious}
          canNext={info.hasNext}
          canLast={lastPage !== null && page !== lastPage}
          onGo={(target) => {
            if (target === 'first') onPage(1);
            else if (target === 'previous') onPage(Math.min(page - 1, lastPage ?? page - 1));
            else if (target === 'next') onPage(page + 1);
            else if (lastPage !== null) onPage(lastPage);
          }}
        />
      </div>
    </nav>
  );
}
