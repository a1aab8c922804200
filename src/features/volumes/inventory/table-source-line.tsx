import { queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import { toolbarButton } from '../../../components/button-classes.ts';
import { errorMessage } from '../../../i18n/error-message.ts';
import { useI18n } from '../../../i18n/i18n-context.ts';
import { useInventoryMessages } from '../../../i18n/inventory-messages.ts';
import type { VolumeList } from '../../../scp/volume-schema.ts';
import { LocalSearchStatus } from '../contains/local-search-status.tsx';
import type { VolumeViewApi } from '../url-state/use-volume-view.ts';
import { DEFAULT_VIEW, VIEW_ENTRIES, type VolumeView } from '../url-state/volume-view.ts';
import { elsewhereKey } from './elsewhere-key.ts';
import { InventoryAsOf } from './inventory-as-of.tsx';
import { isInventoryList } from './inventory-page.ts';
import { inventoryQueries } from './inventory-queries.ts';
import { InventoryScopeNotes } from './inventory-scope-notes.tsx';
import { RefreshNow } from './refresh-now.tsx';
import { availabilityOf, tableSource, type InventoryAvailability } from './source.ts';

/** The view without the filters only the inventory applies (back to what the API can answer). */
export function withoutInventoryFilters(view: VolumeView): VolumeView {
  const reset = VIEW_ENTRIES.filter(([, spec]) => spec.inventory).map(([key]) => [key, DEFAULT_VIEW[key]]);
  return { ...view, ...Object.fromEntries(reset), page: 1 };
}

const LINE = 'flex shrink-0 flex-col gap-1 text-xs text-zinc-700 dark:text-zinc-300';

/** Why the inventory cannot answer: off on this server, or its status did not answer. */
export function useDownReason() {
  const { m } = useI18n();
  const t = useInventoryMessages();
  return (availability: Exclude<InventoryAvailability, { state: 'on' }>) =>
    availability.state === 'off' ? t.off : t.unavailable(errorMessage(m, availability.error));
}

/**
 * What the table says about a page the API could not give (url-state readsElsewhere): from the
 * inventory as of when, with Refresh now and any region behind; or the browser's own contains
 * search while the inventory is off or down; or, for a filter only the inventory has, that it
 * needs the inventory, with a way back to what the API can answer.
 */
export function TableSourceLine({
  view,
  onStop,
  update,
}: {
  view: VolumeView;
  onStop: () => void;
  update: VolumeViewApi['update'];
}) {
  const t = useInventoryMessages();
  const down = useDownReason();
  const status = useQuery(inventoryQueries.status());
  // The table's own page, observed (never fetched) here: the toolbar does not hold it.
  const result = useQuery(
    queryOptions<VolumeList>({ queryKey: elsewhereKey(view), queryFn: skipToken }),
  ).data;
  const availability = availabilityOf(status.data, status.error);
  if (availability === null)
    return (
      <p role="status" className={`${LINE} min-h-7 justify-center`}>
        {t.checking}
      </p>
    );
  const source = tableSource(view, availability);
  if (source === 'walk')
    return (
      <div className={LINE}>
        {availability.state !== 'on' && (
          <p>
            {down(availability)} {t.walkInstead}
          </p>
        )}
        <LocalSearchStatus view={view} result={result} onStop={onStop} />
      </div>
    );
  if (source === 'needs-inventory' || availability.state !== 'on')
    return (
      <div
        className={`${LINE} rounded-md border border-amber-200 bg-amber-50 px-2 py-1 text-amber-950 dark:border-amber-900/60 dark:bg-amber-950/30 dark:text-amber-100`}
      >
        <p role="status">
          {availability.state !== 'on' && `${down(availability)} `}
          {t.needsInventory}
        </p>
        <p>
          <button type="button" className={toolbarButton} onClick={() => update(withoutInventoryFilters)}>
            {t.removeFilters}
          </button>
        </p>
      </div>
    );
  const page = isInventoryList(result) ? result.inventory : null;
  return (
    <div className={LINE}>
      <div className="flex min-h-7 flex-wrap items-center gap-x-3 gap-y-1">
        <p role="status">{page ? <InventoryAsOf asOf={page.asOf} /> : t.checking}</p>
        <RefreshNow />
      </div>
      {page && (
        <InventoryScopeNotes scope={page} status={availability.status} sortDropped={page.sortDropped} />
      )}
    </div>
  );
}
