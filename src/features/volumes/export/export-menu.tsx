import { useLayoutEffect, useRef } from 'react';
import { useI18n } from '../../../i18n/i18n-context.ts';
import type { ListVolumesParams } from '../../../scp/list-query.ts';
import type { ExportFormat } from './download-file.ts';
import { ExportError } from './export-error.tsx';
import { ExportProgress } from './export-progress.tsx';
import { buttonClass } from './export-styles.ts';
import { useExport, type ExportState } from './use-export.ts';

/** Long enough to read, short enough that a stale "Exported" does not linger in the toolbar. */
const STATUS_MS = 8_000;

/**
 * Toolbar export: every volume matching `params` (filters and sort; paging is set here) as
 * CSV or JSON. The file is saved only when every page has arrived.
 */
export function ExportMenu({ params }: { params: ListVolumesParams }) {
  const { m } = useI18n();
  const t = m.export;
  const { state, start, resume, cancel, dismiss } = useExport();
  const buttons = useRef<Partial<Record<ExportFormat, HTMLButtonElement | null>>>({});

  // A layout effect: focus moves in the same commit that removes Cancel, so it never rests
  // on <body> where a keyboard or screen-reader user would lose their place.
  useLayoutEffect(() => {
    if (state.status !== 'done' && state.status !== 'cancelled') return;
    // The focused Cancel button has just gone: hand focus back to the button that started it.
    if (document.activeElement === document.body) buttons.current[state.format]?.focus();
    const timer = setTimeout(dismiss, STATUS_MS);
    return () => clearTimeout(timer);
  }, [state, dismiss]);

  const button = (format: ExportFormat, label: string, shape: string) => (
    <button
      type="button"
      ref={(element) => {
        buttons.current[format] = element;
      }}
      onClick={() => void start(format, params)}
      className={`${buttonClass} ${shape}`}
    >
      <DownloadIcon />
      {label}
    </button>
  );

  return (
    <div className="flex flex-wrap items-center gap-2">
      {state.status === 'running' ? (
        <ExportProgress progress={state.progress} onCancel={cancel} />
      ) : (
        <div role="group" aria-label={t.group} className="inline-flex">
          {button('csv', t.exportCsv, 'rounded-l-md')}
          {button('json', t.exportJson, '-ml-px rounded-r-md')}
        </div>
      )}
      <p role="status" aria-live="polite" className="text-xs text-zinc-600 dark:text-zinc-400">
        <StatusText state={state} />
      </p>
      {state.status === 'failed' && (
        <ExportError
          error={state.error}
          progress={state.progress}
          onRetry={() => void resume()}
          onDismiss={dismiss}
        />
      )}
    </div>
  );
}

function StatusText({ state }: { state: ExportState }) {
  const { m, fmt } = useI18n();
  const t = m.export;
  if (state.status === 'cancelled') return t.cancelled;
  if (state.status !== 'done') return null;
  const invalid = fmt.number(state.invalid);
  const note =
    state.invalid === 0
      ? ''
      : ` · ${state.format === 'csv' ? t.skippedInvalid(invalid) : t.includedInvalid(invalid)}`;
  return `${t.exported(state.count, fmt.number(state.count))}${note}`;
}

function DownloadIcon() {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 16 16"
      className="size-3.5"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.5"
    >
      <path d="M8 2.5v8m0 0-3-3m3 3 3-3M3 12.5v1h10v-1" />
    </svg>
  );
}
