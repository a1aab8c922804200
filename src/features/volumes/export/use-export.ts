import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { normaliseError, type ApiError } from '../../../lib/api-error.ts';
import { readRetryPolicy } from '../../../lib/with-retry.ts';
import type { RegionFailure } from '../../../scp/region-failure.ts';
import { serverQueries, statusQueries } from '../api/volume-queries.ts';
import { buildExport, type ExportFormat } from './build-export.ts';
import { downloadFile } from '../../../lib/download-file.ts';
import { namedRegions, readPlan, readParams } from '../all-volumes/all-volumes-query.ts';
import { fetchServerPage, fetchVolumePage } from '../all-volumes/fetch-volume-page.ts';
import { readAccount, type ReadCheckpoint, type ReadProgress } from '../all-volumes/read-account.ts';
import { needsNames } from '../all-volumes/read-matching.ts';
import type { ReadScope } from '../all-volumes/read-scope.ts';
import { readServerNames } from '../all-volumes/read-server-names.ts';
import { selectMatching } from '../all-volumes/select-matching.ts';
import type { VolumeView } from '../url-state/volume-view.ts';

export type ExportState =
  | { status: 'idle' }
  | { status: 'running'; format: ExportFormat; progress: ReadProgress; names: boolean }
  | { status: 'failed'; format: ExportFormat; progress: ReadProgress; error: ApiError }
  | { status: 'cancelled'; format: ExportFormat }
  | {
      status: 'done';
      format: ExportFormat;
      count: number;
      invalid: number;
      unjudged: number;
      /** Regions that did not answer: the file is partial, and its name and contents say so. */
      missing: RegionFailure[];
    };

const IDLE: ExportState = { status: 'idle' };

/** What an export needs to carry on: the same view, and the pages it already has. */
interface Job {
  format: ExportFormat;
  scope: ReadScope;
  /** Read from the inventory (inventory/source.ts exportSource): this view's search, paged. */
  inventory: VolumeView | null;
  checkpoint: ReadCheckpoint;
  /** The progress the checkpoint stands for. */
  progress: ReadProgress;
}

/**
 * One export at a time, always a fresh read (all-volumes/read-account.ts) in the table's order,
 * narrowed as the table is (a contains term, its server names read through ListServers). Not a
 * TanStack mutation: the read needs its own AbortController (Cancel must abort the requests in
 * flight) and reports progress between pages. Each page is retried with the table's policy.
 * After a failure the pages received are kept and Retry asks from the page that failed. A
 * region that still fails leaves a partial file, named and marked so; Retry then reads that
 * region again (the others' pages are kept) and saves the whole file.
 */
export function useExport() {
  const queryClient = useQueryClient();
  const [state, setState] = useState<ExportState>(IDLE);
  const running = useRef<AbortController | null>(null);
  const interrupted = useRef<Job | null>(null);

  useEffect(
    () => () => {
      // Leaving the page stops the read instead of finishing it in the background.
      running.current?.abort();
    },
    [],
  );

  const run = useCallback(
    async (job: Job) => {
      running.current?.abort();
      interrupted.current = null;
      const controller = new AbortController();
      running.current = controller;
      const { signal } = controller;
      const isCurrent = () => running.current === controller;
      const { format, scope, checkpoint } = job;
      // What arrived so far, for the failure's "Received 1,000 of 1,234".
      let last: ReadProgress = job.progress;
      const report = (progress: ReadProgress, names = false) => {
        if (!names) last = progress;
        if (isCurrent()) setState({ status: 'running', format, progress, names });
      };
      report(last);

      try {
        if (job.inventory) {
          // The inventory's own chunk: only an export of its filters loads it.
          const { readInventoryMatching } = await import('../inventory/read-inventory-export.ts');
          const { matching, names } = await readInventoryMatching(queryClient, job.inventory, signal, report);
          if (!isCurrent()) return;
          const file = buildExport(format, scope, matching, new Date(), (id) => names.get(id));
          downloadFile(file.text, format, file.fileName);
          setState({
            status: 'done',
            format,
            count: file.count,
            invalid: file.invalid,
            unjudged: 0,
            missing: file.missing,
          });
          return;
        }
        const status = await queryClient.fetchQuery(statusQueries.current());
        const params = { ...readParams(scope.filters), ...(scope.sort ? { sort: scope.sort } : {}) };
        const read = await readAccount(readPlan(params, status.regions), {
          fetchPage: fetchVolumePage,
          signal,
          retry: readRetryPolicy,
          checkpoint,
          onProgress: report,
        });
        const names = needsNames(scope, read)
          ? await readServerNames(namedRegions(read), {
              fetchPage: fetchServerPage,
              signal,
              retry: readRetryPolicy,
              onProgress: (progress) => report(progress, true),
            })
          : null;
        if (!isCurrent()) return;
        const matching = selectMatching(read, scope, names);
        // Names read for a term, else those the table or the drawer already looked up.
        const nameOf = (id: string) =>
          names?.names.get(id) ??
          queryClient.getQueryData(serverQueries.detail(id).queryKey)?.name ??
          undefined;
        const file = buildExport(format, scope, matching, new Date(), nameOf);
        downloadFile(file.text, format, file.fileName);
        // A partial file is saved (it is marked), and Retry can still complete it.
        if (file.missing.length > 0) interrupted.current = { ...job, progress: last };
        setState({
          status: 'done',
          format,
          count: file.count,
          invalid: file.invalid,
          unjudged: file.unjudged,
          missing: file.missing,
        });
      } catch (error) {
        if (!isCurrent()) return;
        if (signal.aborted) {
          setState({ status: 'cancelled', format });
          return;
        }
        interrupted.current = { ...job, progress: last };
        setState({ status: 'failed', format, progress: last, error: normaliseError(error) });
      } finally {
        if (isCurrent()) running.current = null;
      }
    },
    [queryClient],
  );

  const start = useCallback(
    (format: ExportFormat, scope: ReadScope, inventory: VolumeView | null = null) =>
      run({ format, scope, inventory, checkpoint: new Map(), progress: { loaded: 0, total: null } }),
    [run],
  );

  /** Carries on after a failure (or a partial file) from what is missing. */
  const resume = useCallback(async () => {
    if (interrupted.current) await run(interrupted.current);
  }, [run]);

  const cancel = useCallback(() => {
    // Aborting rejects the read, whose catch records the cancel.
    running.current?.abort();
  }, []);

  const dismiss = useCallback(() => {
    interrupted.current = null;
    setState(IDLE);
  }, []);

  return { state, start, resume, cancel, dismiss };
}
