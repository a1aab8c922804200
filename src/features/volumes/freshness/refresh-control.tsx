import { usePageChromeMessages } from '../../../i18n/page-chrome-messages.ts';
import { useStoredValue } from '../../../lib/stored-value.ts';
import { autoRefreshStore } from './auto-refresh.ts';
import { UpdatedAgo } from './updated-ago.tsx';
import { Icon } from '../../../components/icon.tsx';

export function RefreshControl({
  updatedAt,
  fetching,
  onRefresh,
}: {
  updatedAt: number;
  fetching: boolean;
  onRefresh: () => void;
}) {
  const chrome = usePageChromeMessages();
  const auto = useStoredValue(autoRefreshStore);
  return (
    // On a narrow screen the controls wrap whole, each on one line.
    <div className="flex flex-wrap items-center gap-2">
      <UpdatedAgo updatedAt={updatedAt} />
      <button
        type="button"
        onClick={onRefresh}
        className="inline-flex h-7 items-center gap-1.5 rounded-md border border-zinc-200 bg-white px-2 text-xs font-medium whitespace-nowrap text-zinc-700 shadow-xs hover:bg-zinc-50 focus-visible:outline-2 focus-visible:outline-blue-500 dark:border-zinc-800 dark:bg-zinc-900 dark:text-zinc-200 dark:hover:bg-zinc-800"
      >
        <Icon className={`size-3.5 ${fetching ? 'animate-spin' : ''}`}>
          <path
            d="M13.5 8a5.5 5.5 0 1 1-1.6-3.9M13.5 2.5v2.5H11"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </Icon>
        {chrome.freshness.refresh}
      </button>
      <label
        className="inline-flex cursor-pointer items-center gap-1.5 text-xs whitespace-nowrap text-zinc-600 select-none dark:text-zinc-300"
        title={chrome.freshness.autoRefreshHint}
      >
        <input
          type="checkbox"
          role="switch"
          checked={auto}
          onChange={(event) => autoRefreshStore.set(event.target.checked)}
          className="peer sr-only"
        />
        <span
          aria-hidden="true"
          className="relative h-4 w-7 rounded-full bg-zinc-300 transition-colors peer-checked:bg-blue-600 peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-blue-500 after:absolute after:top-0.5 after:left-0.5 after:size-3 after:rounded-full after:bg-white after:transition-transform peer-checked:after:translate-x-3 dark:bg-zinc-700"
        />
        {chrome.freshness.autoRefresh}
      </label>
    </div>
  );
}
