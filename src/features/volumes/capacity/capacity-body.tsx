import { hashKey, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useInventoryMessages } from '../../../i18n/inventory-messages.ts';
import { InventoryCapacity } from '../inventory/inventory-capacity.tsx';
import { capacitySource } from '../inventory/source.ts';
import { useInventoryAvailability } from '../inventory/use-inventory-availability.ts';
import { useStoredValue } from '../../../lib/stored-value.ts';
import { allVolumesQuery, READ_STALE_MS, serverNamesQuery } from '../all-volumes/all-volumes-query.ts';
import { readScope } from '../all-volumes/read-scope.ts';
import { useMatchingRead } from '../all-volumes/use-matching-read.ts';
import { useReadProgress } from '../all-volumes/use-read-progress.ts';
import { autoRefreshStore } from '../freshness/auto-refresh.ts';
import { QuotaSection } from './quota-section.tsx';
import type { VolumeView } from '../url-state/volume-view.ts';
import { SummaryView, WalkSummaryHeader } from './summary-view.tsx';
import { summarise } from './summarise.ts';
import { WalkStatus } from './walk-status.tsx';

export interface CapacityBodyProps {
  /** Lists the volumes unattached for at least this many days (the inventory's idle filter). */
  onShowIdle: (days: number) => void;
  /** The table's view: the summary covers every volume it shows, on every page. */
  view: VolumeView;
  /** False until the table's first rows show: the read must not compete with them. */
  ready: boolean;
  /** Filters the table to state Available. */
  onShowAvailable: () => void;
  onOpen: (id: string) => void;
}

/**
 * The panel's figures: from the inventory whenever it is on (one summary request, no walk of
 * the account), else from the browser's own full read (inventory/source.ts decides).
 */
export function CapacityBody(props: CapacityBodyProps) {
  const t = useInventoryMessages();
  const availability = useInventoryAvailability();
  if (availability === null) return <p className={BODY}>{t.checking}</p>;
  const source = capacitySource(props.view, availability);
  if (source === 'needs-inventory') return <p className={BODY}>{t.capacity.needsInventory}</p>;
  if (source === 'inventory' && availability.state === 'on')
    return <InventoryCapacity {...props} status={availability.status} />;
  return <WalkCapacity {...props} />;
}

const BODY =
  'border-t border-zinc-200 px-3 py-2 text-xs text-zinc-600 dark:border-zinc-800 dark:text-zinc-400';

/**
 * Reads every volume the table covers (the shared, cached read: all-volumes/) and adds them
 * up. It refreshes on demand (Read again, or the table's Refresh) and, while auto-refresh is
 * on, every 10 minutes at most (READ_STALE_MS) and never in a hidden tab: a read of 100,000
 * volumes is about 100 requests, not something to repeat with the table's 30 s.
 */
function WalkCapacity({ view, ready, onShowAvailable, onOpen }: CapacityBodyProps) {
  const queryClient = useQueryClient();
  const auto = useStoredValue(autoRefreshStore);
  const scope = readScope(view);
  const { read, names, regions, matching } = useMatchingRead(scope, {
    enabled: ready,
    refetchInterval: auto ? READ_STALE_MS : false,
  });
  const readKey = allVolumesQuery(scope.filters).queryKey;
  const namesKey = serverNamesQuery(regions).queryKey;
  const hash = hashKey(readKey);
  const volumesProgress = useReadProgress(hash);
  const namesProgress = useReadProgress(hashKey(namesKey));
  const [cancelled, setCancelled] = useState<string | null>(null);
  const summary = useMemo(() => (matching ? summarise(matching.volumes) : null), [matching]);
  const fetching = read.fetchStatus === 'fetching' || names.fetchStatus === 'fetching';
  const error = (read.isError && read.fetchStatus === 'idle' ? read.error : null) ?? null;
  const readAgain = () => {
    setCancelled(null);
    void queryClient.invalidateQueries({ queryKey: readKey });
    if (scope.term !== null) void queryClient.invalidateQueries({ queryKey: namesKey });
  };

  return (
    <div className="flex flex-col gap-3 border-t border-zinc-200 px-3 py-2 dark:border-zinc-800">
      <QuotaSection />
      <WalkStatus
        progress={fetching ? (volumesProgress ?? namesProgress) : null}
        names={volumesProgress === null && namesProgress !== null}
        cancelled={cancelled === hash && !fetching}
        error={error}
        onCancel={() => {
          setCancelled(hash);
          void queryClient.cancelQueries({ queryKey: readKey });
          void queryClient.cancelQueries({ queryKey: namesKey });
        }}
        onRetry={readAgain}
      />
      {summary && matching && (
        <SummaryView
          summary={summary}
          header={
            <WalkSummaryHeader
              summary={summary}
              matching={matching}
              scope={scope}
              refreshing={fetching}
              onReadAgain={readAgain}
            />
          }
          multiRegion={matching.regions.length > 1}
          onShowAvailable={view.state === 'available' ? null : onShowAvailable}
          onOpen={onOpen}
          region={view.region ?? undefined}
        />
      )}
    </div>
  );
}
