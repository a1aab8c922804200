import type { Ref } from 'react';
import { usePageChromeMessages } from '../../../i18n/page-chrome-messages.ts';
import type { FilterPatch } from '../url-state/view-updates.ts';
import { hasFilters, type VolumeView } from '../url-state/volume-view.ts';
import { BootableSelect } from './bootable-select.tsx';
import { NameFilter } from './name-filter.tsx';
import { NameMatchSelect } from './name-match-select.tsx';
import { RegionSelect } from './region-select.tsx';
import { StateSelect } from './state-select.tsx';

export function FilterBar({
  view,
  onFilters,
  onClear,
  nameInputRef,
}: {
  view: VolumeView;
  onFilters: (patch: FilterPatch, replace?: boolean) => void;
  onClear: () => void;
  nameInputRef?: Ref<HTMLInputElement>;
}) {
  const chrome = usePageChromeMessages();
  return (
    <search aria-label={chrome.filters.label} className="flex flex-wrap items-start gap-3">
      <NameFilter
        value={view.name}
        inputRef={nameInputRef}
        onCommit={(name, replace) => onFilters({ name }, replace)}
        contains={view.match === 'contains'}
      />
      <NameMatchSelect value={view.match} onChange={(match) => onFilters({ match })} />
      <StateSelect state={view.state} group={view.stateGroup} onChange={(filter) => onFilters(filter)} />
      <RegionSelect value={view.region} onChange={(region) => onFilters({ region })} />
      <BootableSelect value={view.bootable} onChange={(bootable) => onFilters({ bootable })} />
      <button
        type="button"
        onClick={onClear}
        disabled={!hasFilters(view)}
        className="mt-5 h-8 rounded-md px-2.5 text-xs font-medium text-zinc-600 hover:bg-zinc-100 hover:text-zinc-900 focus-visible:outline-2 focus-visible:outline-blue-500 disabled:pointer-events-none disabled:opacity-40 dark:text-zinc-400 dark:hover:bg-zinc-800 dark:hover:text-zinc-100"
      >
        {chrome.filters.clear}
      </button>
    </search>
  );
}
