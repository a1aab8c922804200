import { useId, type ReactNode } from 'react';
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

/** A label above its native control; the label names it. */
function Field({ label, children }: { label: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <label className={FIELD} htmlFor={id}>
      {label}
      {children(id)}
    </label>
  );
}

/** A labelled select of a filter's choices ('' is "all"). */
function SelectField({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
}) {
  return (
    <Field label={label}>
      {(id) => (
        <select id={id} className={CONTROL} value={value} onChange={(event) => onChange(event.target.value)}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** One end of a custom range: a date and time in the browser's zone, an ISO instant in the URL. */
function TimeField({
  label,
  value,
  invalid,
  onChange,
}: {
  label: string;
  value: string | null;
  invalid: boolean;
  onChange: (value: string | null) => void;
}) {
  return (
    <Field label={label}>
      {(id) => (
        <input
          id={id}
          type="datetime-local"
          className={CONTROL}
          value={toLocalInput(value)}
          aria-invalid={invalid || undefined}
          onChange={(event) => onChange(fromLocalInput(event.target.value))}
        />
      )}
    </Field>
  );
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
  const regionChoices = view.region && !regions.includes(view.region) ? [...regions, view.region] : regions;
  const customInvalid =
    view.range === 'custom' && view.from !== null && view.to !== null && view.from >= view.to;
  return (
    <form
      aria-label={t.filters}
      onSubmit={(event) => event.preventDefault()}
      className="flex flex-wrap items-end gap-3"
    >
      <SelectField
        label={t.kind}
        value={view.kind ?? ''}
        options={[
          { value: '', label: t.allKinds },
          ...EVENT_KINDS.map((kind) => ({ value: kind, label: t.kinds[kind] })),
        ]}
        onChange={(kind) => onChange({ ...view, kind: (kind || null) as EventKind | null })}
      />
      <SelectField
        label={t.region}
        value={view.region ?? ''}
        options={[
          { value: '', label: t.allRegions },
          ...regionChoices.map((region) => ({ value: region, label: region })),
        ]}
        onChange={(region) => onChange({ ...view, region: region || null })}
      />
      <SelectField
        label={t.range}
        value={view.range}
        options={RANGES.map((range) => ({ value: range, label: t.ranges[RANGE_LABEL[range]] }))}
        onChange={(range) => onChange({ ...view, range: range as Range })}
      />
      {view.range === 'custom' && (
        <>
          <TimeField
            label={t.from}
            value={view.from}
            invalid={customInvalid}
            onChange={(from) => onChange({ ...view, from })}
          />
          <TimeField
            label={t.to}
            value={view.to}
            invalid={customInvalid}
            onChange={(to) => onChange({ ...view, to })}
          />
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
