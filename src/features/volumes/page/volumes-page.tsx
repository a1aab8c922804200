import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { AfterFirstRows } from '../../../components/after-first-rows.tsx';
import { http } from '../../../lib/http.ts';
import { markFirstRowsShown, useFirstRowsShown } from '../../../lib/first-rows.ts';
import type { Volume } from '../../../scp/volume-schema.ts';
import { volumeQueries } from '../api/volume-queries.ts';
import { useRowChanges } from '../freshness/use-row-changes.ts';
import { pageInfo } from '../pagination/page-math.ts';
import { ErrorPanel, loadErrorPanel, PlainErrorPanel } from '../notices/lazy-error-panel.tsx';
import { useVolumesTable } from '../table/use-volumes-table.ts';
import { TABLE_ID, VolumesTable } from '../table/volumes-table.tsx';
import { useVolumeView } from '../url-state/use-volume-view.ts';
import { readsElsewhere } from '../url-state/view-params.ts';
import { hasFilters } from '../url-state/volume-view.ts';
import { withFilters, withPage, withPerPage, withSort } from '../url-state/view-updates.ts';
import { DrawerHost, loadDrawer } from './drawer-host.tsx';
import { useIdlePrefetch } from './use-idle-prefetch.ts';
import {
  CapacityPanel,
  ChangesAnnouncer,
  EmptySlot,
  KeyboardShortcuts,
  PaginationBar,
  RegionFailures,
  RetryNotice,
  ViewNotice,
  VolumesToolbar,
} from './lazy-chrome.tsx';
import { useDrawer } from './use-drawer.ts';
import { usePrefetchNext } from './use-prefetch-next.ts';
import { useVolumeList } from './use-volume-list.ts';

const NO_VOLUMES: Volume[] = [];
const PREFETCH = [http, loadErrorPanel, loadDrawer] as const;
const ShortcutsDialog = lazy(() =>
  import('../keyboard/shortcuts-dialog.tsx').then((module) => ({ default: module.ShortcutsDialog })),
);

/** The page: URL view → query → table, with the toolbar, paging, states and drawer around it. */
export function VolumesPage() {
  const api = useVolumeView();
  const { view, problems, params, checking, update } = api;
  const { query, shown, error, stale, firstLoad } = useVolumeList(view, params);
  const rows = shown?.volumes ?? NO_VOLUMES;
  const elsewhere = readsElsewhere(view);
  // A page read elsewhere sends the API nothing: its view tells one request from another.
  const request = JSON.stringify(elsewhere ? view : params);
  const changes = useRowChanges(request, query.data, query.isPlaceholderData);
  const table = useVolumesTable({
    view,
    rows,
    onSortChange: (sort) => update((current) => withSort(current, sort)),
  });
  const info = pageInfo(view.page, view.perPage, shown?.count ?? null, rows.length);
  const firstRows = useFirstRowsShown();
  const retryReason = query.isFetching ? query.failureReason : null;
  // The first answer is in: rows, an error, or a failure being retried.
  const answered = shown !== undefined || error !== null || retryReason !== null;
  useEffect(() => {
    if (answered) markFirstRowsShown();
  }, [answered]);
  usePrefetchNext(
    view,
    !elsewhere && firstRows && query.isSuccess && !query.isPlaceholderData && info.hasNext,
  );
  useIdlePrefetch(firstRows && query.isSuccess, PREFETCH);

  const drawer = useDrawer(update, TABLE_ID);
  const focusName = useRef<() => void>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const queryClient = useQueryClient();
  // On demand: every query of the page, full reads included (their own refresh is slow).
  const refresh = () => void queryClient.invalidateQueries({ queryKey: volumeQueries.all() });

  return (
    <div className="flex h-full min-h-0 flex-col gap-3 px-4 pt-3 pb-3">
      {retryReason !== null && (
        // Not deferred: it may be all there is to say while the first request waits out SCP.
        <Suspense fallback={null}>
          <RetryNotice reason={retryReason} />
        </Suspense>
      )}
      <AfterFirstRows fallback={<div className="h-[6.9rem] shrink-0" />}>
        <ViewNotice problems={problems} />
        <RegionFailures failures={shown?.failures} onRetry={refresh} />
        <VolumesToolbar
          api={api}
          table={table}
          focusNameRef={focusName}
          onHelp={() => setHelpOpen(true)}
          updatedAt={query.dataUpdatedAt}
          fetching={query.isFetching}
          refreshes={changes.refreshes}
          onRefresh={refresh}
        />
        <KeyboardShortcuts
          drawerOpen={view.volume !== null}
          focusFilter={() => focusName.current?.()}
          showHelp={() => setHelpOpen(true)}
          tableId={TABLE_ID}
        />
      </AfterFirstRows>
      <AfterFirstRows fallback={null}>
        <CapacityPanel
          view={view}
          ready={shown !== undefined}
          onShowAvailable={() => update((current) => withFilters(current, { state: 'available' }))}
          onShowIdle={(idleDays) => update((current) => withFilters(current, { idleDays }))}
          onOpen={drawer.open}
        />
      </AfterFirstRows>
      {/* Not while the link's region is being checked: a refusal of it is a link problem (useVolumeView). */}
      {error && !checking && (
        <Suspense
          fallback={<PlainErrorPanel error={error} stale={false} onRetry={() => void query.refetch()} />}
        >
          <ErrorPanel error={error} stale={shown !== undefined} onRetry={() => void query.refetch()} />
        </Suspense>
      )}
      <VolumesTable
        table={table}
        loading={firstLoad}
        dimmed={stale}
        invalid={shown?.invalid}
        changed={changes.changed}
        onOpen={drawer.open}
        empty={
          error ? null : (
            <AfterFirstRows fallback={null}>
              <EmptySlot view={view} info={info} update={update} />
            </AfterFirstRows>
          )
        }
      />
      <AfterFirstRows fallback={<div className="h-7 shrink-0" />}>
        <PaginationBar
          page={view.page}
          perPage={view.perPage}
          count={shown?.count ?? null}
          info={info}
          status={shown !== undefined ? 'ready' : error ? 'failed' : 'loading'}
          filtered={hasFilters(view)}
          onPage={(page) => update((current) => withPage(current, page))}
          onPerPage={(perPage) => update((current) => withPerPage(current, perPage))}
        />
        <ChangesAnnouncer changed={changes.changedVolumes} arrived={changes.arrivedVolumes} />
      </AfterFirstRows>
      <DrawerHost
        volumeId={view.volume}
        pageVolumes={rows}
        onNavigate={drawer.navigate}
        onClose={drawer.close}
      />
      {helpOpen && (
        <Suspense fallback={null}>
          <ShortcutsDialog onClose={() => setHelpOpen(false)} />
        </Suspense>
      )}
    </div>
  );
}
