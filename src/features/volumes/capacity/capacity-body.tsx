import { hashKey, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useStoredValue } from '../../../lib/stored-value.ts';
import type { ListVolumesParams } from '../../../scp/list-query.ts';
import { allVolumesQuery, WALK_STALE_MS } from '../all-volumes/all-volumes-query.ts';
import { useWalkProgress } from '../all-volumes/use-walk-progress.ts';
import { autoRefreshStore } from '../freshness/auto-refresh.ts';
import { QuotaSection } from './quota-section.tsx';
import { SummaryView } from './summary-view.tsx';
import { summarise } from './summarise.ts';
import { WalkStatus } from './walk-status.tsx';

export interface CapacityBodyProps {
  /** The table's filters: the summary covers every volume they match. */
  filters: ListVolumesParams;
  /** False until the table's first rows show: the walk must not compete with them. */
  ready: boolean;
  onShowUnattached: () => void;
  onOpen: (id: string) => void;
}

/**
 * Reads every matching volume (the shared, cached walk) and adds them up. While the auto
 * refresh is on the walk repeats with it, but at most every 30 s; Refresh repeats it at once.
 */
export function CapacityBody({ filters, ready, onShowUnattached, onOpen }: CapacityBodyProps) {
  const queryClient = useQueryClient();
  const auto = useStoredValue(autoRefreshStore);
  const options = allVolumesQuery(filters);
  const hash = hashKey(options.queryKey);
  const query = useQuery({ ...options, enabled: ready, refetchInterval: auto ? WALK_STALE_MS : false });
  const progress = useWalkProgress(hash);
  const [cancelled, setCancelled] = useState<string | null>(null);
  const summary = useMemo(() => (query.data ? summarise(query.data.volumes) : null), [query.data]);

  return (
    <div className="flex max-h-96 flex-col gap-3 overflow-auto border-t border-zinc-200 px-3 py-2 dark:border-zinc-800">
      <QuotaSection />
      <WalkStatus
        progress={query.fetchStatus === 'fetching' ? progress : null}
        cancelled={cancelled === hash && query.fetchStatus === 'idle'}
        error={query.isError && query.fetchStatus === 'idle' ? query.error : null}
        onCancel={() => {
          setCancelled(hash);
          void queryClient.cancelQueries({ queryKey: options.queryKey });
        }}
        onRetry={() => {
          setCancelled(null);
          void query.refetch();
        }}
      />
      {summary && query.data && (
        <SummaryView
          summary={summary}
          invalid={query.data.invalid.length}
          onShowUnattached={onShowUnattached}
          onOpen={onOpen}
          region={filters.region}
        />
      )}
    </div>
  );
}
