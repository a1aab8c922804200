import { lazy, Suspense, useImperativeHandle, useRef, useState, type Ref } from 'react';
import { flushSync } from 'react-dom';
import { usePageChromeMessages } from '../../../i18n/page-chrome-messages.ts';
import { FilterBar } from '../filters/filter-bar.tsx';
import { FacetFilters } from '../inventory/facet-filters.tsx';
import { TableSourceLine } from '../inventory/table-source-line.tsx';
import { readsElsewhere } from '../url-state/view-params.ts';
import { RefreshControl } from '../freshness/refresh-control.tsx';
import { StateChips } from '../filters/state-chips.tsx';
import { SavedViewsMenu } from '../saved-views/saved-views-menu.tsx';
import { ColumnMenu } from '../table/column-menu.tsx';
import type { VolumesTableInstance } from '../table/use-volumes-table.ts';
import type { VolumeViewApi } from '../url-state/use-volume-view.ts';
import { withFilters, withoutFilters } from '../url-state/view-updates.ts';
import { TypeTips } from '../volume-types/type-tips.tsx';

// Not needed for the first table: its own chunk, fetched while the first page loads.
const ExportMenu = lazy(() =>
  import('../export/export-menu.tsx').then((module) => ({ default: module.ExportMenu })),
);

const FILTERS_ID = 'volume-filters';
const TOGGLE_CLASS =
  'inline-flex h-7 items-center gap-1.5 rounded-md border border-zinc-200 bg-white px-2.5 text-xs font-medium text-zinc-700 shadow-xs hover:bg-zinc-50 focus-visible:outline-2 focus-visible:outline-blue-500 sm:hidden dark:border-zinc-800 dark:bg-zinc-900 dark:text-zinc-300 dark:hover:bg-zinc-800';

export function VolumesToolbar({
  api,
  table,
  focusNameRef,
  onHelp,
  refreshes,
  ...refresh
}: {
  api: VolumeViewApi;
  table: VolumesTableInstance;
  updatedAt: number;
  fetching: boolean;
  onRefresh: () => void;
  /** Refreshes of the table so far: the chip counts refresh with it. */
  refreshes: number;
  /** Set to focus the name filter (the `/` shortcut), unfolding the filters first if folded. */
  focusNameRef: Ref<() => void>;
  onHelp: () => void;
}) {
  const chrome = usePageChromeMessages();
  const { view, update } = api;
  // Below 640 px the filters fold behind a button, so the rows get the screen (they took ~230 px).
  const [filtersOpen, setFiltersOpen] = useState(false);
  const nameInput = useRef<HTMLInputElement>(null);
  useImperativeHandle(focusNameRef, () => () => {
    // Shown first (a folded field cannot take focus), in this same event.
    flushSync(() => setFiltersOpen(true));
    nameInput.current?.focus();
  });
  return (
    <div className="flex flex-col gap-2.5">
      {/* The chrome that holds the table instance: the tips read its rows and visible columns. */}
      <TypeTips table={table} region={view.region} />
      <div className="flex flex-wrap items-start justify-between gap-x-6 gap-y-2">
        <button
          type="button"
          aria-expanded={filtersOpen}
          aria-controls={FILTERS_ID}
          onClick={() => setFiltersOpen((open) => !open)}
          className={TOGGLE_CLASS}
        >
          <span aria-hidden="true">{filtersOpen ? '▾' : '▸'}</span>
          {chrome.filters.label}
        </button>
        <div className="sm:pt-5">
          <RefreshControl {...refresh} />
        </div>
        {/* Last on narrow screens, so the button and the refresh control share the first line. */}
        <div id={FILTERS_ID} className={`sm:order-first ${filtersOpen ? '' : 'max-sm:hidden'}`}>
          <FilterBar
            view={view}
            nameInputRef={nameInput}
            onFilters={(patch, replace) => update((current) => withFilters(current, patch), { replace })}
            onClear={() => update(withoutFilters)}
          />
        </div>
      </div>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <StateChips
          view={view}
          refreshes={refreshes}
          onSelect={(filter) =>
            update((current) => withFilters(current, filter ?? { state: null, stateGroup: null }))
          }
        />
        {/* One boundary for the whole group: the buttons appear together, once the export chunk
            is in, instead of Views and Columns jumping left when Export arrives after them. */}
        <Suspense fallback={null}>
          <div className="flex flex-wrap items-center gap-2">
            {/* In the chrome chunk, not one of its own: a separate chunk made Rolldown split a
                shared module out of the entry (+0.2 kB gzip initial). */}
            <SavedViewsMenu />
            <ColumnMenu table={table} />
            <ExportMenu view={view} />
            <button
              type="button"
              onClick={onHelp}
              aria-label={chrome.shortcuts.button}
              title={chrome.shortcuts.button}
              aria-keyshortcuts="?"
              className="inline-flex size-7 items-center justify-center rounded-md border border-zinc-200 bg-white font-mono text-xs text-zinc-600 shadow-xs hover:bg-zinc-50 focus-visible:outline-2 focus-visible:outline-blue-500 dark:border-zinc-800 dark:bg-zinc-900 dark:text-zinc-300 dark:hover:bg-zinc-800"
            >
              ?
            </button>
          </div>
        </Suspense>
      </div>
      <FacetFilters view={view} onFilters={(patch) => update((current) => withFilters(current, patch))} />
      {/* Where a page the API cannot give comes from: the inventory as of when, or the walk. */}
      {readsElsewhere(view) && (
        <TableSourceLine
          view={view}
          onStop={() => update((current) => withFilters(current, { match: 'exact' }))}
          update={update}
        />
      )}
    </div>
  );
}
