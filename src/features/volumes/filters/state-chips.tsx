import { useQueries } from '@tanstack/react-query';
import { useEffect, useEffectEvent } from 'react';
import { useI18n } from '../../../i18n/i18n-context.ts';
import { usePageChromeMessages } from '../../../i18n/page-chrome-messages.ts';
import { stateLabel } from '../../../i18n/state-label.ts';
import { stateTone } from '../../../components/state-tone.ts';
import { Button } from '../../../components/button.tsx';
import { STATE_GROUP_NAMES, STATE_GROUPS, type StateGroup } from '../../../scp/volume-states.ts';
import { volumeQueries } from '../api/volume-queries.ts';
import { ChipCount } from './chip-count.tsx';
import { useLocalChipCounts } from './use-local-chip-counts.ts';
import { useInventoryChipCounts } from '../inventory/use-inventory-chip-counts.ts';
import { countParams } from '../url-state/count-params.ts';
import type { FilterPatch } from '../url-state/view-updates.ts';
import type { VolumeView } from '../url-state/volume-view.ts';

/**
 * A chip per state group, so every known state is in one chip and the counts add up to the
 * total. A group of one state filters by that state (a plain API filter); a larger group by
 * `state_group`, which the proxy answers by merging one list per state.
 */
function groupFilter(group: StateGroup): FilterPatch {
  const states = STATE_GROUPS[group];
  return states.length === 1 ? { state: states[0], stateGroup: null } : { stateGroup: group, state: null };
}

const CHIPS = STATE_GROUP_NAMES.map((group) => ({ group, filter: groupFilter(group) }));

/** A count fetched this recently is already as fresh as the table (the Refresh button asks both). */
const FRESH_MS = 2_000;

const DOT = {
  ok: 'bg-emerald-500',
  busy: 'bg-amber-500',
  error: 'bg-red-500',
  neutral: 'bg-zinc-400',
} as const;

/**
 * Counts per state group, within the other filters, from `limit=1&with_count=true` requests
 * (one row each; the count is the point) — or, in a contains search, from the search's own
 * read (use-local-chip-counts.ts), so they count what the table shows. A count that leaves a
 * region out says so. A chip is a quick filter: press to show only that group, press again to
 * show all. The counts refresh whenever the table does (auto-refresh or Refresh), so the chips
 * never contradict the rows under them.
 */
export function StateChips({
  view,
  refreshes,
  onSelect,
}: {
  view: VolumeView;
  refreshes: number;
  /** The chip's filter, or null to show every state again. */
  onSelect: (filter: FilterPatch | null) => void;
}) {
  const { m } = useI18n();
  const chrome = usePageChromeMessages();
  // A page the API cannot give (a contains term, an inventory-only filter): the chips count
  // from the inventory's facets, or from the browser's walk when the inventory is off.
  const elsewhere = useInventoryChipCounts(view);
  const local = elsewhere.source !== 'api';
  const counts = useQueries({
    queries: CHIPS.map(({ filter }) => ({
      ...volumeQueries.list(countParams(view, filter)),
      enabled: !local,
    })),
  });
  const walked = useLocalChipCounts(view, elsewhere.source === 'walk');
  const localCounts =
    elsewhere.source === 'walk'
      ? walked
      : {
          counts: elsewhere.counts,
          // An inventory-only filter with the inventory off: no count can be given.
          failed: elsewhere.source === 'needs-inventory',
          missing: [],
          retry: () => undefined,
        };
  const refetchCounts = useEffectEvent(() => {
    if (local) return;
    for (const count of counts) {
      if (!count.isFetching && Date.now() - count.dataUpdatedAt >= FRESH_MS) void count.refetch();
    }
  });
  useEffect(() => {
    if (refreshes > 0) refetchCounts();
  }, [refreshes]);
  const chips = CHIPS.map(({ group, filter }, index) => {
    const query = counts[index];
    return local
      ? {
          group,
          filter,
          count: localCounts.counts?.[group],
          failed: localCounts.failed,
          missing: localCounts.missing,
        }
      : {
          group,
          filter,
          count: query?.data?.count,
          failed: query?.isError ?? false,
          missing: query?.data?.failures ?? [],
        };
  });
  const missing = [...new Set(chips.flatMap((chip) => chip.missing.map((failure) => failure.region)))].join(
    ', ',
  );
  const retry = () => {
    if (local) localCounts.retry();
    else for (const count of counts) if (count.isError || count.data?.failures?.length) void count.refetch();
  };
  return (
    <ul aria-label={chrome.filters.chips} className="flex flex-wrap items-center gap-1.5">
      {chips.map(({ group, filter, count, failed, missing: chipMissing }) => {
        const active = view.stateGroup === group || view.state === (filter.state ?? undefined);
        const label = chrome.filters.groups[group];
        const states = STATE_GROUPS[group];
        return (
          <li key={group}>
            <button
              type="button"
              aria-pressed={active}
              title={
                states.length === 1
                  ? chrome.filters.chipTitle(label)
                  : chrome.filters.groupTitle(label, states.map((state) => stateLabel(m, state)).join(', '))
              }
              onClick={() => onSelect(active ? null : filter)}
              className={`inline-flex h-7 items-center gap-1.5 rounded-full border px-2.5 text-xs font-medium transition-colors focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-blue-500 ${
                active
                  ? 'border-blue-600 bg-blue-600 text-white'
                  : 'border-zinc-200 bg-white text-zinc-700 hover:border-zinc-300 hover:bg-zinc-50 dark:border-zinc-800 dark:bg-zinc-900 dark:text-zinc-300 dark:hover:bg-zinc-800'
              }`}
            >
              <span
                aria-hidden="true"
                className={`size-1.5 rounded-full ${active ? 'bg-white' : DOT[stateTone(states[0])]}`}
              />
              {label}
              <ChipCount
                count={count}
                failed={failed}
                partial={chipMissing.map((failure) => failure.region).join(', ')}
                // White on blue-600 (5.2:1): a paler count or blue-500 behind white fall under 4.5:1.
                className={active ? 'text-white' : 'text-zinc-500 dark:text-zinc-400'}
              />
            </button>
          </li>
        );
      })}
      {(missing !== '' || chips.some((chip) => chip.failed)) && (
        <li className="flex items-center gap-1 text-xs">
          {missing !== '' && (
            <span className="text-amber-800 dark:text-amber-300">
              {chrome.filters.countsPartial(missing)}
            </span>
          )}
          <Button variant="link" onClick={retry}>
            {chrome.filters.retryCounts}
          </Button>
        </li>
      )}
    </ul>
  );
}
