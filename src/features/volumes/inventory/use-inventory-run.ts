import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { ApiError } from '../../../lib/api-error.ts';
import type { InventoryStatus } from '../../../scp/inventory-schema.ts';
import { volumeQueries } from '../api/volume-queries.ts';
import { startInventoryRun } from './inventory-endpoints.ts';
import { inventoryQueries, RUN_POLL_MS } from './inventory-queries.ts';

type Run = InventoryStatus['last_runs'][number];

const busy = (status: InventoryStatus | undefined) =>
  status !== undefined && (status.collector.state === 'running' || status.collector.state === 'backfilling');

/**
 * "Refresh now": starts a run (POST /api/inventory/runs), watches the status every 2 s while one
 * runs (here or on another replica), and when it ends reads every inventory view again and says
 * how it ended. Disabled while a run is under way.
 */
export function useInventoryRun() {
  const client = useQueryClient();
  const status = useQuery({
    ...inventoryQueries.status(),
    refetchInterval: (query) => (busy(query.state.data) ? RUN_POLL_MS : false),
  });
  const running = busy(status.data);
  const [ended, setEnded] = useState<Run | null>(null);
  const wasRunning = useRef(running);
  useEffect(() => {
    if (wasRunning.current && !running && status.data) {
      setEnded(status.data.last_runs[0] ?? null);
      void client.invalidateQueries({ queryKey: volumeQueries.all() });
      void client.invalidateQueries({ queryKey: inventoryQueries.all() });
    }
    wasRunning.current = running;
  }, [running, status.data, client]);
  const start = useMutation<unknown, ApiError>({
    mutationFn: startInventoryRun,
    onMutate: () => setEnded(null),
    // Running now (or already, RunInProgress): the status says so and polls until it ends.
    onSettled: () => client.invalidateQueries({ queryKey: inventoryQueries.status().queryKey }),
  });
  const current = running ? (status.data?.last_runs.find((run) => run.status === 'running') ?? null) : null;
  return {
    status: status.data,
    running,
    backfilling: status.data?.collector.state === 'backfilling',
    /** The run under way, with the regions it has finished so far. */
    current,
    ended,
    startError: start.error,
    starting: start.isPending,
    start: () => start.mutate(),
  };
}
