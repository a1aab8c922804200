import { useQuery } from '@tanstack/react-query';
import { useLayoutEffect, useRef } from 'react';
import { useInventoryMessages } from '../../../i18n/inventory-messages.ts';
import { inventoryQueries } from '../inventory/inventory-queries.ts';
import { availabilityOf, exportSource } from '../inventory/source.ts';
import { useExportMessages } from '../../../i18n/export-messages.ts';
import { useI18n } from '../../../i18n/i18n-context.ts';
import { MissingRegions } from '../all-volumes/missing-regions.tsx';
import { readScope } from '../all-volumes/read-scope.ts';
import type { VolumeView } from '../url-state/volume-view.ts';
import type { ExportFormat } from './build-export.ts';
import { ExportError } from './export-error.tsx';
import { WalkProgressBar } from '../all-volumes/walk-progress-bar.tsx';
import { toolbarButtonSegment } from '../../../components/button-classes.ts';
import { useExport, type ExportState } from './use-export.ts';
import { Icon } from '../../../components/icon.tsx';

/** Long enough to read, short enough that a stale "Exported" does not linger in the toolbar. */
const STATUS_MS = 8_000;

/**
 * Toolbar export: every volume the table covers (on every page: its filters, a contains term,
 * its order) as CSV or JSON. The file is saved once every page has arrived; a region that does
 * not answer leaves a partial file, which says so (its name, its contents, this toast).
 */
export function ExportMenu({ view }: { view: VolumeView }) {
  const t = useExportMessages();
  const inventory = useInventoryMessages();
  const { state, start, resume, cancel, dismiss } = useExport();
  // The table's source (inventory/source.ts): the inventory's search while its filters are on,
  // a live read otherwise; nothing while they are on and the inventory is not.
  const status = useQuery(inventoryQueries.status());
  const availability = availabilityOf(status.data, status.error) ?? { state: 'off' };
  const source = exportSource(view, availability);
  const buttons = useRef<Partial<Record<ExportFormat, HTMLButtonElement | null>>>({});

  // A layout effect: focus moves in the same commit that removes Cancel, so it never rests
  // on <body> where a keyboard or screen-reader user would lose their place.
  const partial = state.status === 'done' && state.missing.length > 0;
  useLayoutEffect(() => {
    if (state.status !== 'done' && state.status !== 'cancelled') return;
    // The focused Cancel button has just gone: hand focus back to the button that started it.
    if (document.activeElement === document.body) buttons.current[state.format]?.focus();
    // A partial file's warning stays until read: it is not a passing "done".
    if (partial) return;
    const timer = setTimeout(dismiss, STATUS_MS);
    return () => clearTimeout(timer);
  }, [state, dismiss, partial]);

  const running = state.status === 'running';
  const button = (format: ExportFormat, label: string, shape: string) => (
    <button
      type="button"
      ref={(element) => {
        buttons.current[format] = element;
      }}
      disabled={running || source === 'needs-inventory'}
      title={
        source === 'inventory'
          ? inventory.capacity.from
          : source === 'needs-inventory'
            ? inventory.needsInventory
            : undefined
      }
      onClick={() => void start(format, readScope(view), source === 'inventory' ? view : null)}
      className={`${toolbarButtonSegment} ${shape} disabled:cursor-not-allowed disabled:opacity-60`}
    >
      <DownloadIcon />
      {label}
    </button>
  );

  return (
    <>
      <div role="group" aria-label={t.group} className="inline-flex">
        {button('csv', t.exportCsv, 'rounded-l-md')}
        {button('json', t.exportJson, '-ml-px rounded-r-md')}
      </div>
      {/* Progress and messages float over the page (a toast), so the toolbar never moves. */}
      <div className="pointer-events-none fixed right-4 bottom-4 left-4 z-50 flex flex-col items-end gap-2 sm:left-auto">
        {running && (
          <div className={toastClass}>
            <WalkProgressBar
              progress={state.progress}
              label={state.names ? t.readingNames : t.exporting}
              onCancel={cancel}
            />
          </div>
        )}
        <p
          role="status"
          aria-live="polite"
          className={`${toastClass} text-xs text-zinc-700 empty:border-0 empty:p-0 empty:shadow-none dark:text-zinc-300`}
        >
          <StatusText state={state} />
        </p>
        {partial && (
          <div className={`${toastClass} flex w-full max-w-xl flex-col gap-2`}>
            <MissingRegions missing={state.missing} />
            <div className="flex gap-2">
              <button
                type="button"
                onClick={() => void resume()}
                className={`${toolbarButtonSegment} rounded-md`}
              >
                {t.retryPartial}
              </button>
              <button type="button" onClick={dismiss} className={`${toolbarButtonSegment} rounded-md`}>
                {t.dismiss}
              </button>
            </div>
          </div>
        )}
        {state.status === 'failed' && (
          <div className="pointer-events-auto w-full max-w-xl">
            <ExportError
              error={state.error}
              progress={state.progress}
              onRetry={() => void resume()}
              onDismiss={dismiss}
            />
          </div>
        )}
      </div>
    </>
  );
}

const toastClass =
  'pointer-events-auto rounded-md border border-zinc-200 bg-white px-3 py-2 shadow-lg dark:border-zinc-800 dark:bg-zinc-900';

function StatusText({ state }: { state: ExportState }) {
  const { fmt } = useI18n();
  const t = useExportMessages();
  if (state.status === 'cancelled') return t.cancelled;
  if (state.status !== 'done') return null;
  const invalid = fmt.number(state.invalid);
  const notes = [
    state.missing.length > 0
      ? t.exportedPartial(state.count, fmt.number(state.count), state.missing.map((m) => m.region).join(', '))
      : t.exported(state.count, fmt.number(state.count)),
    ...(state.invalid === 0
      ? []
      : [state.format === 'csv' ? t.skippedInvalid(invalid) : t.includedInvalid(invalid)]),
    ...(state.unjudged === 0 ? [] : [t.leftOutUnjudged(fmt.number(state.unjudged))]),
  ];
  return notes.join(' · ');
}

function DownloadIcon() {
  return (
    <Icon className="size-3.5">
      <path d="M8 2.5v8m0 0-3-3m3 3 3-3M3 12.5v1h10v-1" />
    </Icon>
  );
}
