import { useId } from 'react';
import { useChangesMessages } from '../../i18n/changes-messages.ts';
import { EVENT_KINDS, type EventKind } from '../../scp/inventory-routes.ts';
import { RANGES, type ChangesView, type Range } from './changes-url.ts';

const FIELD = 'flex flex-col gap-1 text-xs font-medium text-zinc-600 dark:text-zinc-300';
const CONTROL =
  'h-8 rounded-md border border-zinc-300 bg-white px-2 text-sm text-zinc-900 focus-visible:outline-2 focus-visible:outline-blue-500 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100';

const RANGE_LABEL: Record<Range, 'hour' | 'day' | 'week' | 'custom'> = {
  hour: 'hour',
  day: 'day',
  '7d': 'week',
  custom: 'custom',
};

/** `2026-12-06T12:30` in the browser's zone, what a datetime-local input holds, from an ISO instant. */
function toLocalInput(iso: string | null): string {
  if (!iso) return '';
  const date = new Date(iso);
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}

function fromLocalInput(value: string): string | null {
  if (!value) return null;
  const time = new Date(value).getTime();
  return Number.isFinite(time) ? new Date(time).toISOString() : null;
}

/** Kind, region and time range: each a native control, each change a new URL. */
export function ChangesFilters({
  view,
  regions,
  onChange,
}: {
  view: ChangesView;
  regions: readonly string[];
  onChange: (next: ChangesView) => void;
}) {
  const t = useChangesMessages();
  const id = useId();
  const regionChoices = view.region && !regions.includes(view.region) ? [...regions, view.region] : regions;
  const customInvalid =
    view.range === 'custom' && view.from !== null && view.to !== null && view.from >= view.to;
  return (
    <form
      aria-label={t.filters}
      onSubmit={(event) => event.preventDefault()}
      className="flex flex-wrap items-end gap-3"
    >
      <label className={FIELD} htmlFor={`${id}-kind`}>
        {t.kind}
        <select
          id={`${id}-kind`}
          className={CONTROL}
          value={view.kind ?? ''}
          onChange={(event) => onChange({ ...view, kind: (event.target.value || null) as EventKind | null })}
        >
          <option value="">{t.allKinds}</option>
          {EVENT_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t.kinds[kind]}
            </option>
          ))}
        </select>
      </label>
      <label className={FIELD} htmlFor={`${id}-region`}>
        {t.region}
        <select
          id={`${id}-region`}
          className={CONTROL}
          value={view.region ?? ''}
          onChange={(event) => onChange({ ...view, region: event.target.value || null })}
        >
          <option value="">{t.allRegions}</option>
          {regionChoices.map((region) => (
            <option key={region} value={region}>
              {region}
            </option>
          ))}
        </select>
      </label>
      <label className={FIELD} htmlFor={`${id}-range`}>
        {t.range}
        <select
          id={`${id}-range`}
          className={CONTROL}
          value={view.range}
          onChange={(event) => onChange({ ...view, range: event.target.value as Range })}
        >
          {RANGES.map((range) => (
            <option key={range} value={range}>
              {t.ranges[RANGE_LABEL[range]]}
            </option>
          ))}
        </select>
      </label>
      {view.range === 'custom' && (
        <>
          <label className={FIELD} htmlFor={`${id}-from`}>
            {t.from}
            <input
              id={`${id}-from`}
              type="datetime-local"
              className={CONTROL}
              value={toLocalInput(view.from)}
              aria-invalid={customInvalid || undefined}
              onChange={(event) => onChange({ ...view, from: fromLocalInput(event.target.value) })}
            />
          </label>
          <label className={FIELD} htmlFor={`${id}-to`}>
            {t.to}
            <input
              id={`${id}-to`}
              type="datetime-local"
              className={CONTROL}
              value={toLocalInput(view.to)}
              aria-invalid={customInvalid || undefined}
              onChange={(event) => onChange({ ...view, to: fromLocalInput(event.target.value) })}
            />
          </label>
          {customInvalid && (
            <p role="alert" className="text-sm text-red-700 dark:text-red-300">
              {t.customInvalid}
            </p>
          )}
        </>
      )}
    </form>
  );
}
