import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { toolbarButton } from '../../../components/button-classes.ts';
import { useCapacityMessages } from '../../../i18n/capacity-messages.ts';
import { errorMessage } from '../../../i18n/error-message.ts';
import { useI18n } from '../../../i18n/i18n-context.ts';
import { useInventoryMessages } from '../../../i18n/inventory-messages.ts';
import { normaliseError } from '../../../lib/api-error.ts';
import type { InventoryStatus } from '../../../scp/inventory-schema.ts';
import { statusQueries } from '../api/volume-queries.ts';
import type { CapacityBodyProps } from '../capacity/capacity-body.tsx';
import { QuotaSection } from '../capacity/quota-section.tsx';
import { SummaryView } from '../capacity/summary-view.tsx';
import { isLocalSearch } from '../url-state/view-params.ts';
import { IdleVolumes } from './idle-volumes.tsx';
import { InventoryAsOf } from './inventory-as-of.tsx';
import { inventoryScope } from './inventory-facts.ts';
import { inventoryQueries } from './inventory-queries.ts';
import { InventoryScopeNotes } from './inventory-scope-notes.tsx';
import { toCapacitySummary } from './inventory-summary.ts';
import { RefreshNow } from './refresh-now.tsx';
import { inventoryFilters } from './search-params.ts';

// The charts: a chunk of their own, loaded when the panel shows the inventory's figures.
const CapacityTrends = lazy(() =>
  import('./capacity-trends.tsx').then((module) => ({ default: module.CapacityTrends })),
);

const NOTE = 'text-xs text-zinc-600 dark:text-zinc-400';

/**
 * The Capacity panel from the inventory (issue #26): one summary request for every volume the
 * table's filters cover, as of the latest complete run, instead of a walk of the account in the
 * browser; with its idle volumes, Refresh now and the regions it is missing, named.
 */
export function InventoryCapacity({
  view,
  ready,
  onShowAvailable,
  onShowIdle,
  onOpen,
  status,
}: CapacityBodyProps & { status: InventoryStatus }) {
  const { m, fmt } = useI18n();
  const t = useInventoryMessages();
  const c = useCapacityMessages();
  const summary = useQuery({ ...inventoryQueries.summary(inventoryFilters(view)), enabled: ready });
  const proxy = useQuery(statusQueries.current());
  const answer = summary.data;
  const scope = answer ? inventoryScope(answer, status, proxy.data?.regions ?? []) : null;
  const figures = answer ? toCapacitySummary(answer) : null;
  const term = isLocalSearch(view) ? view.name : null;
  const which = term === null ? c.matchingFilters : c.matchingTerm(term);
  return (
    <div className="flex flex-col gap-3 border-t border-zinc-200 px-3 py-2 dark:border-zinc-800">
      <QuotaSection />
      {summary.isError && !answer && (
        <p role="alert" className={NOTE}>
          {t.capacity.failed(errorMessage(m, normaliseError(summary.error)))}{' '}
          <button type="button" className={toolbarButton} onClick={() => void summary.refetch()}>
            {t.capacity.retry}
          </button>
        </p>
      )}
      {!answer && !summary.isError && (
        <p role="status" className={NOTE}>
          {t.capacity.loading}
        </p>
      )}
      {answer && figures && scope && (
        <>
          <SummaryView
            summary={figures}
            header={
              <>
                <div className={`flex flex-wrap items-center justify-between gap-x-4 gap-y-1 ${NOTE}`}>
                  <p>
                    {c.scope(figures.total.count, fmt.number(figures.total.count), which)} ·{' '}
                    <InventoryAsOf asOf={answer.as_of} />
                  </p>
                  <RefreshNow />
                </div>
                <div className={`flex flex-col gap-1 ${NOTE}`}>
                  <InventoryScopeNotes scope={scope} status={status} />
                </div>
              </>
            }
            multiRegion={answer.regions.length > 1}
            onShowAvailable={view.state === 'available' ? null : onShowAvailable}
            onOpen={onOpen}
            region={view.region ?? undefined}
          />
          <IdleVolumes idle={answer.idle} view={view} status={status} onShowIdle={onShowIdle} />
          <Suspense fallback={null}>
            <CapacityTrends region={view.region} status={status} />
          </Suspense>
        </>
      )}
    </div>
  );
}
