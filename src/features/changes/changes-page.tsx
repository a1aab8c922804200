import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import { textButton } from '../../components/button-classes.ts';
import { useChangesMessages } from '../../i18n/changes-messages.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { markFirstRowsShown } from '../../lib/first-rows.ts';
import { navigateSearch, useLocationSearch } from '../../lib/location-store.ts';
import type { ChangeJson } from '../../scp/inventory-schema.ts';
import type { Volume } from '../../scp/volume-schema.ts';
import { inventoryQueries } from '../volumes/inventory/inventory-queries.ts';
// eslint-disable-next-line import-x/no-cycle -- a cycle through lazy imports only (drawer → inventory chunk → Changes page → drawer), each loaded once; one chunk keeps the initial bundle in budget (inventory-views.tsx)
import { DrawerHost } from '../volumes/page/drawer-host.tsx';
import { ChangesFilters } from './changes-filters.tsx';
import { ChangeRows, ChangesList } from './changes-list.tsx';
import { parseChangesView, serialiseChangesView, timeWindow, type ChangesView } from './changes-url.ts';
import { InventoryNotice, InventoryOff } from './inventory-notice.tsx';
import { OlderChanges } from './older-changes.tsx';
import { seenChanges } from './seen-changes.ts';

const NO_VOLUMES: Volume[] = [];
const QUIET = 'text-sm text-zinc-600 dark:text-zinc-400';
const NEUTRAL_BUTTON = `${textButton} ring-1 ring-zinc-200 hover:bg-zinc-50 disabled:opacity-50 dark:ring-zinc-700 dark:hover:bg-zinc-800`;

/**
 * The account's changes from the inventory (`?view=changes`), newest first, filtered by kind,
 * region and time range (all in the URL), paged with the API's cursor. A row opens its volume's
 * drawer (`&volume=`); a deleted volume's drawer shows its last known state from history.
 */
export function ChangesPage() {
  const t = useChangesMessages();
  const { fmt } = useI18n();
  const headingId = useId();
  const search = useLocationSearch();
  const { view, problems } = useMemo(() => parseChangesView(search), [search]);
  const status = useQuery(inventoryQueries.status());
  // What this browser had shown before this visit: read once, so the marks stay as it reads on.
  const [lastSeen] = useState(() => seenChanges.get());
  const simulated = status.data?.history.simulated ? status.data.history.simulated_until : null;

  return (
    <section aria-labelledby={headingId} className="space-y-3 px-4 py-4">
      <div className="space-y-1">
        <h2 id={headingId} className="text-base font-semibold tracking-tight">
          {t.heading}
        </h2>
        <p className={QUIET}>{t.intro}</p>
        {simulated && (
          <p
            data-testid="simulated-history"
            className="w-fit rounded-md bg-amber-50 px-2 py-1 text-xs font-medium text-amber-800 ring-1 ring-amber-600/20 ring-inset dark:bg-amber-500/10 dark:text-amber-200 dark:ring-amber-400/30"
          >
            {t.simulated(fmt.absolute(simulated))}
          </p>
        )}
      </div>
      {problems.map((problem) => (
        <p key={problem.param} role="alert" className="text-sm text-amber-800 dark:text-amber-200">
          {t.badParam(problem.param, problem.value)}
        </p>
      ))}
      <ChangesFilters
        view={view}
        regions={status.data?.regions.map((region) => region.region) ?? []}
        onChange={(next) => update({ ...next, volume: null })}
      />
      {/* "Last hour" is anchored when the range is chosen (or the page opened): a new key, a new anchor. */}
      <ChangesResults
        key={`${view.range}|${view.from ?? ''}|${view.to ?? ''}`}
        view={view}
        lastSeen={lastSeen}
      />
    </section>
  );
}

function update(next: ChangesView, replace = false) {
  navigateSearch(serialiseChangesView(next), { replace });
}

function ChangesResults({ view, lastSeen }: { view: ChangesView; lastSeen: number | null }) {
  const t = useChangesMessages();
  const [anchor] = useState(() => Date.now());
  const { since, until } = timeWindow(view, anchor);
  const filters = useMemo(
    () => ({ kind: view.kind, region: view.region, since, until }),
    [view.kind, view.region, since, until],
  );
  // The status first: with the inventory off (200, enabled false) no page of changes is asked for.
  const status = useQuery(inventoryQueries.status());
  const off = status.data?.enabled === false;
  const statusFailed = status.isError && !status.data;
  const list = useQuery({
    ...inventoryQueries.changes(filters, null),
    enabled: status.data?.enabled === true,
  });
  const changes = list.data?.changes;

  // Older pages: the cursors asked for, and what each page said comes after it.
  const [older, setOlder] = useState<string[]>([]);
  const [nexts, setNexts] = useState<Record<string, string | null>>({});
  const onNext = useCallback(
    (cursor: string, next: string | null) => setNexts((known) => ({ ...known, [cursor]: next })),
    [],
  );
  const lastCursor = older.at(-1);
  const nextCursor = lastCursor === undefined ? (list.data?.next_cursor ?? null) : nexts[lastCursor];

  // The first page holds the newest changes: what is new, and what is now seen.
  const newest = changes?.[0]?.id ?? -1;
  useEffect(() => {
    if (newest >= 0 && (seenChanges.get() ?? -1) < newest) seenChanges.set(newest);
  }, [newest]);
  const newCount = lastSeen === null ? 0 : (changes?.filter((change) => change.id > lastSeen).length ?? 0);

  const answered = off || statusFailed || list.status !== 'pending';
  useEffect(() => {
    if (answered) markFirstRowsShown();
  }, [answered]);

  // The region routes the live read of the volume opened (a page's change names it).
  const [openedRegion, setOpenedRegion] = useState<string | undefined>(undefined);
  const open = (change: ChangeJson) => {
    setOpenedRegion(change.region);
    update({ ...view, volume: change.volume_id });
  };
  const close = () => {
    const id = view.volume;
    update({ ...view, volume: null });
    if (id) {
      requestAnimationFrame(() =>
        document.querySelector<HTMLElement>(`button[data-volume-id="${CSS.escape(id)}"]`)?.focus(),
      );
    }
  };
  const filtered = view.kind !== null || view.region !== null;
  // Every page of rows marks what is new since the last visit and opens a row the same way.
  const rows = { lastSeen, onOpen: open };

  let body;
  if (off) {
    body = <InventoryOff off={t.off} />;
  } else if (statusFailed) {
    body = <InventoryNotice query={status} failed={t.failed} off={t.off} />;
  } else if (list.isError) {
    body = <InventoryNotice query={list} failed={t.failed} off={t.off} />;
  } else if (!list.data) {
    body = (
      <p role="status" className={QUIET}>
        {t.loading}
      </p>
    );
  } else if (!changes || changes.length === 0) {
    body = <p className={QUIET}>{filtered ? t.emptyFiltered : t.empty}</p>;
  } else {
    body = (
      <>
        <ChangesList>
          <ChangeRows changes={changes} {...rows} />
          {older.map((cursor) => (
            <OlderChanges key={cursor} filters={filters} cursor={cursor} onNext={onNext} {...rows} />
          ))}
        </ChangesList>
        <div className="flex flex-wrap items-center gap-3 py-3">
          {nextCursor !== null ? (
            <button
              type="button"
              onClick={() => nextCursor !== undefined && setOlder((cursors) => [...cursors, nextCursor])}
              disabled={nextCursor === undefined}
              className={NEUTRAL_BUTTON}
            >
              {nextCursor === undefined ? t.loadingMore : t.loadMore}
            </button>
          ) : (
            <span className={QUIET}>{t.end}</span>
          )}
        </div>
      </>
    );
  }

  return (
    <>
      {newCount > 0 && (
        <p role="status" className="text-sm font-medium text-blue-700 dark:text-blue-400">
          {t.newCount(newCount)}
        </p>
      )}
      <div aria-busy={list.isFetching || undefined}>{body}</div>
      <DrawerHost
        volumeId={view.volume}
        region={openedRegion}
        pageVolumes={NO_VOLUMES}
        onNavigate={(id) => update({ ...view, volume: id }, true)}
        onClose={close}
      />
    </>
  );
}
