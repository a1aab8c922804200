import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { normaliseError, type ApiError } from '../../../lib/api-error.ts';
import { readRetryPolicy } from '../../../lib/with-retry.ts';
import type { ListVolumesParams } from '../../../scp/list-query.ts';
import { serverQueries } from '../api/volume-queries.ts';
import { buildExport, type ExportFormat } from './build-export.ts';
import { downloadFile } from '../../../lib/download-file.ts';
import { fetchVolumePage } from '../all-volumes/fetch-volume-page.ts';
import {
  newCheckpoint,
  walkVolumes,
  type WalkCheckpoint,
  type WalkProgress,
} from '../all-volumes/walk-volumes.ts';

export type ExportState =
  | { status: 'idle' }
  | { status: 'running'; format: ExportFormat; progress: WalkProgress }
  | { status: 'failed'; format: ExportFormat; progress: WalkProgress; error: ApiError }
  | { status: 'cancelled'; format: ExportFormat }
  | { status: 'done'; format: ExportFormat; count: number; invalid: number };

const IDLE: ExportState = { status: 'idle' };

/** What a failed export needs to carry on: the same view, and the pages it already has. */
interface Interrupted {
  format: ExportFormat;
  params: ListVolumesParams;
  checkpoint: WalkCheckpoint;
}

/**
 * One export at a time. Not a TanStack mutation: the walk needs its own AbortController
 * (Cancel must abort the request in flight) and reports progress between pages. Each page is
 * retried with the table's retry policy; after a final failure the pages received are kept,
 * and Retry asks again from the page that failed. The file is saved only once every page has
 * arrived, so a failure or a cancel leaves nothing behind.
 */
export function useExport() {
  const queryClient = useQueryClient();
  const [state, setState] = useState<ExportState>(IDLE);
  const running = useRef<AbortController | null>(null);
  const interrupted = useRef<Interrupted | null>(null);

  useEffect(
    () => () => {
      // Leaving the page stops the walk instead of finishing it in the background.
      running.current?.abort();
    },
    [],
  );

  const run = useCallback(
    async (job: Interrupted) => {
      running.current?.abort();
      interrupted.current = null;
      const controller = new AbortController();
      running.current = controller;
      const isCurrent = () => running.current === controller;
      const { format, params, checkpoint } = job;
      const progressOf = (): WalkProgress => ({
        loaded: checkpoint.result.raw.length,
        total: checkpoint.result.total,
      });
      setState({ status: 'running', format, progress: progressOf() });

      try {
        const walked = await walkVolumes(params, {
          fetchPage: fetchVolumePage,
          signal: controller.signal,
          retry: readRetryPolicy,
          checkpoint,
          onProgress: (progress) => {
            if (isCurrent()) setState({ status: 'running', format, progress });
          },
        });
        if (!isCurrent()) return;
        // Names the table or the drawer already looked up; export asks for none of its own.
        const nameOf = (id: string) =>
          queryClient.getQueryData(serverQueries.detail(id).queryKey)?.name ?? undefined;
        const file = buildExport(format, params, walked, new Date(), nameOf);
        downloadFile(file.text, format, file.fileName);
        setState({ status: 'done', format, count: file.count, invalid: file.invalid });
      } catch (error) {
        if (!isCurrent()) return;
        if (controller.signal.aborted) {
          setState({ status: 'cancelled', format });
          return;
        }
        interrupted.current = job;
        setState({ status: 'failed', format, progress: progressOf(), error: normaliseError(error) });
      } finally {
        if (isCurrent()) running.current = null;
      }
    },
    [queryClient],
  );

  const start = useCallback(
    (format: ExportFormat, params: ListVolumesParams) => run({ format, params, checkpoint: newCheckpoint() }),
    [run],
  );

  /** Carries on after a failure from the page that failed. */
  const resume = useCallback(async () => {
    if (interrupted.current) await run(interrupted.current);
  }, [run]);

  const cancel = useCallback(() => {
    // Aborting rejects the walk, whose catch records the cancel.
    running.current?.abort();
  }, []);

  const dismiss = useCallback(() => {
    interrupted.current = null;
    setState(IDLE);
  }, []);

  return { state, start, resume, cancel, dismiss };
}
