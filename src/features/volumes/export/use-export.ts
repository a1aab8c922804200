import { useCallback, useEffect, useRef, useState } from 'react';
import { normaliseError, type ApiError } from '../../../lib/api-error.ts';
import type { ListVolumesParams } from '../../../scp/list-query.ts';
import { buildExport } from './build-export.ts';
import { downloadFile, type ExportFormat } from './download-file.ts';
import { fetchVolumePage } from './fetch-volume-page.ts';
import { walkVolumes, type WalkProgress } from './walk-volumes.ts';

export type ExportState =
  | { status: 'idle' }
  | { status: 'running'; format: ExportFormat; progress: WalkProgress }
  | { status: 'failed'; format: ExportFormat; params: ListVolumesParams; error: ApiError }
  | { status: 'cancelled'; format: ExportFormat }
  | { status: 'done'; format: ExportFormat; count: number; invalid: number };

const IDLE: ExportState = { status: 'idle' };

/**
 * One export at a time. Not a TanStack mutation: the walk needs its own AbortController
 * (Cancel must abort the request in flight) and reports progress between pages. The file is
 * saved only once every page has arrived, so a failure or a cancel leaves nothing behind.
 */
export function useExport() {
  const [state, setState] = useState<ExportState>(IDLE);
  const running = useRef<AbortController | null>(null);

  useEffect(
    () => () => {
      // Leaving the page stops the walk instead of finishing it in the background.
      running.current?.abort();
    },
    [],
  );

  const start = useCallback(async (format: ExportFormat, params: ListVolumesParams) => {
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    const isCurrent = () => running.current === controller;
    setState({ status: 'running', format, progress: { loaded: 0, total: null } });

    try {
      const walked = await walkVolumes(params, {
        fetchPage: fetchVolumePage,
        signal: controller.signal,
        onProgress: (progress) => {
          if (isCurrent()) setState({ status: 'running', format, progress });
        },
      });
      if (!isCurrent()) return;
      const file = buildExport(format, params, walked, new Date());
      downloadFile(file.text, format, file.fileName);
      setState({ status: 'done', format, count: file.count, invalid: file.invalid });
    } catch (error) {
      if (!isCurrent()) return;
      setState(
        controller.signal.aborted
          ? { status: 'cancelled', format }
          : { status: 'failed', format, params, error: normaliseError(error) },
      );
    } finally {
      if (isCurrent()) running.current = null;
    }
  }, []);

  const cancel = useCallback(() => {
    // Aborting rejects the walk, whose catch records the cancel.
    running.current?.abort();
  }, []);

  const dismiss = useCallback(() => setState(IDLE), []);

  return { state, start, cancel, dismiss };
}
