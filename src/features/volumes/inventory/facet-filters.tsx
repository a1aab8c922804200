import { queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { toolbarButton } from '../../../components/button-classes.ts';
import { errorMessage } from '../../../i18n/error-message.ts';
import { normaliseError } from '../../../lib/api-error.ts';
import { useI18n } from '../../../i18n/i18n-context.ts';
import { useInventoryMessages } from '../../../i18n/inventory-messages.ts';
import { IDLE_DAYS, SIZE_RANGES } from '../../../scp/inventory-routes.ts';
import type { SearchResult } from '../../../scp/inventory-schema.ts';
import type { VolumeList } from '../../../scp/volume-schema.ts';
import { fieldClass } from '../filters/field-classes.ts';
import { hasInventoryFilters } from '../url-state/view-params.ts';
import type { FilterPatch } from '../url-state/view-updates.ts';
import type { VolumeView } from '../url-state/volume-view.ts';
import { elsewhereKey } from './elsewhere-key.ts';
import { isInventoryList } from './inventory-page.ts';
import { inventoryQueries } from './inventory-queries.ts';
import { inventoryFilters, volumeTypes } from './search-params.ts';

type Counts = Pick<SearchResult, 'facets' | 'ranges'>;

const OPTION =
  'inline-flex cursor-pointer items-center gap-1.5 rounded-md px-1.5 py-0.5 text-xs hover:bg-zinc-100 focus-within:outline-2 focus-within:outline-blue-500 dark:hover:bg-zinc-800';
const COUNT = 'tabular-nums text-zinc-600 dark:text-zinc-400';

const CLEARED: FilterPatch = {
  volumeType: null,
  encrypted: null,
  multiattach: null,
  attached: null,
  idleDays: null,
  sizeMin: null,
  sizeMax: null,
};

/** Filters this view sets that only the inventory applies: the button's "(n)". */
function activeCount(view: VolumeView): number {
  return (
    (view.volumeType !== null ? 1 : 0) +
    [view.encrypted, view.multiattach, view.attached, view.idleDays].filter((value) => value !== null)
      .length +
    (view.sizeMin !== null || view.sizeMax !== null ? 1 : 0)
  );
}

interface OptionProps {
  type: 'radio' | 'checkbox';
  name: string;
  checked: boolean;
  onChange: () => void;
  label: string;
  count: number | null;
}

function Option({ type, name, checked, onChange, label, count }: OptionProps) {
  const { fmt } = useI18n();
  const t = useInventoryMessages().facets;
  return (
    <label className={OPTION}>
      <input
        type={type}
        name={name}
        checked={checked}
        onChange={onChange}
        // "SSD, 12": the value and its count, not "SSD12" run together.
        aria-label={count === null ? label : t.counted(label, fmt.number(count))}
        className="accent-blue-600"
      />
      <span>{label}</span>
      {count !== null && <span className={COUNT}>{fmt.number(count)}</span>}
    </label>
  );
}

/** One value a group offers: its label, whether it is on, the count it would give. */
type Choice = Omit<OptionProps, 'type' | 'name'>;

/** A fieldset of choices, radios (one of, "Any" first) or checkboxes (any of). */
function Choices({
  legend,
  type = 'radio',
  choices,
  children,
}: {
  legend: string;
  type?: OptionProps['type'];
  choices: Choice[];
  /** After the choices (the size group's own range). */
  children?: ReactNode;
}) {
  const name = useId();
  return (
    <fieldset className="flex min-w-0 flex-col gap-0.5">
      <legend className="text-xs font-semibold text-zinc-700 dark:text-zinc-300">{legend}</legend>
      <div className="flex flex-wrap gap-x-1">
        {choices.map((choice) => (
          <Option key={choice.label} type={type} name={name} {...choice} />
        ))}
        {children}
      </div>
    </fieldset>
  );
}

/** Any / Yes / No, each with the count it would give. */
function flagChoices(
  value: boolean | null,
  counts: { value: boolean; count: number }[] | undefined,
  [any, yes, no]: [any: string, yes: string, no: string],
  onChange: (value: boolean | null) => void,
): Choice[] {
  const count = (flag: boolean) =>
    counts?.find((entry) => entry.value === flag)?.count ?? (counts ? 0 : null);
  return [
    { label: any, count: null, checked: value === null, onChange: () => onChange(null) },
    { label: yes, count: count(true), checked: value === true, onChange: () => onChange(true) },
    { label: no, count: count(false), checked: value === false, onChange: () => onChange(false) },
  ];
}

function SizeGroup({
  view,
  counts,
  onFilters,
}: {
  view: VolumeView;
  counts: Counts['ranges']['size_gb'] | undefined;
  onFilters: (patch: FilterPatch) => void;
}) {
  const { fmt } = useI18n();
  const t = useInventoryMessages().facets;
  const preset = SIZE_RANGES.some((range) => range.min === view.sizeMin && range.max === view.sizeMax);
  const custom = !preset && (view.sizeMin !== null || view.sizeMax !== null);
  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const read = (field: string) => {
      const text = String(data.get(field) ?? '').trim();
      return /^\d{1,6}$/.test(text) ? Number(text) : null;
    };
    onFilters({ sizeMin: read('min'), sizeMax: read('max') });
  };
  const choices: Choice[] = [
    {
      label: t.any,
      count: null,
      checked: view.sizeMin === null && view.sizeMax === null,
      onChange: () => onFilters({ sizeMin: null, sizeMax: null }),
    },
    ...SIZE_RANGES.map((range) => ({
      label: t.range(fmt.number(range.min), range.max === null ? null : fmt.number(range.max)),
      count: counts ? (counts.find((entry) => entry.min === range.min)?.count ?? 0) : null,
      checked: view.sizeMin === range.min && view.sizeMax === range.max,
      onChange: () => onFilters({ sizeMin: range.min, sizeMax: range.max }),
    })),
  ];
  return (
    <Choices legend={t.size} choices={choices}>
      <form
        onSubmit={apply}
        className="flex items-center gap-1"
        aria-label={t.custom}
        key={`${view.sizeMin}-${view.sizeMax}`}
      >
        <SizeInput name="min" label={t.min} value={custom ? view.sizeMin : null} />
        <span aria-hidden="true">–</span>
        <SizeInput name="max" label={t.max} value={custom ? view.sizeMax : null} />
        <button type="submit" className={toolbarButton}>
          {t.apply}
        </button>
      </form>
    </Choices>
  );
}

/** One end of a custom size range, in GB; empty means open. */
function SizeInput({ name, label, value }: { name: 'min' | 'max'; label: string; value: number | null }) {
  return (
    <input
      name={name}
      inputMode="numeric"
      aria-label={label}
      placeholder={label}
      defaultValue={value ?? ''}
      className={`${fieldClass} h-7 w-24`}
    />
  );
}

/**
 * "More filters": the filters SCP's API lacks (type, encryption, multi-attach, attachment, idle
 * time, size), each value with the count it would give (the inventory's facets: every filter
 * applied but its own). While the table reads from the inventory, its own search brings the
 * counts (no request more); otherwise one search of a single row does, and only while open.
 * Shown only while the inventory is on (the table's source line speaks when it is not).
 */
export function FacetFilters({
  view,
  onFilters,
}: {
  view: VolumeView;
  onFilters: (patch: FilterPatch) => void;
}) {
  const { m, fmt } = useI18n();
  const t = useInventoryMessages().facets;
  const active = activeCount(view);
  const [open, setOpen] = useState(active > 0);
  const panelId = useId();
  const status = useQuery(inventoryQueries.status());
  const on = status.data?.enabled === true;
  // The table's own answer, when it read from the inventory: observed, never fetched from here.
  const page = useQuery(queryOptions<VolumeList>({ queryKey: elsewhereKey(view), queryFn: skipToken }));
  const fromTable = isInventoryList(page.data) ? page.data.inventory : null;
  const own = useQuery({
    ...inventoryQueries.search({ ...inventoryFilters(view), limit: 1 }),
    enabled: open && on && fromTable === null && !hasInventoryFilters(view),
  });
  if (!on) return null;
  const counts: Counts | undefined = fromTable ?? own.data;
  const selected = volumeTypes(view);
  const types = (counts?.facets.volume_type ?? []).flatMap((entry) =>
    entry.value === null ? [] : [{ value: entry.value, count: entry.count }],
  );
  const listed = new Set(types.map((entry) => entry.value));
  const typeOptions = [
    ...types,
    ...selected.filter((type) => !listed.has(type)).map((value) => ({ value, count: 0 })),
  ];
  const toggleType = (type: string) => {
    const next = selected.includes(type) ? selected.filter((entry) => entry !== type) : [...selected, type];
    onFilters({ volumeType: next.length > 0 ? next.join(',') : null });
  };
  const typeChoices: Choice[] = typeOptions.map((entry) => ({
    label: entry.value,
    count: entry.count,
    checked: selected.includes(entry.value),
    onChange: () => toggleType(entry.value),
  }));
  const flag = (facet: 'attached' | 'encrypted' | 'multiattach', yes: string, no: string) =>
    flagChoices(view[facet], counts?.facets[facet], [t.any, yes, no], (value) =>
      onFilters({ [facet]: value }),
    );
  const idleChoices: Choice[] = [
    {
      label: t.any,
      count: null,
      checked: view.idleDays === null,
      onChange: () => onFilters({ idleDays: null }),
    },
    ...IDLE_DAYS.map((days) => ({
      label: t.idleDays(fmt.number(days)),
      count: counts ? (counts.ranges.idle_days.find((entry) => entry.days === days)?.count ?? 0) : null,
      checked: view.idleDays === days,
      onChange: () => onFilters({ idleDays: days }),
    })),
  ];
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-2">
        <button
          type="button"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen(!open)}
          className={toolbarButton}
        >
          <span aria-hidden="true">{open ? '▾' : '▸'}</span>
          {active > 0 ? t.buttonActive(fmt.number(active)) : t.button}
        </button>
        {active > 0 && (
          <button type="button" className={toolbarButton} onClick={() => onFilters(CLEARED)}>
            {t.clear}
          </button>
        )}
      </div>
      <div
        id={panelId}
        role="group"
        aria-label={t.heading}
        hidden={!open}
        className="flex flex-col gap-2 rounded-lg border border-zinc-200 bg-white px-3 py-2 dark:border-zinc-800 dark:bg-zinc-950"
      >
        <p className="text-xs text-zinc-600 dark:text-zinc-400">
          {t.hint}{' '}
          <span role="status">
            {counts === undefined &&
              (own.error ? t.failed(errorMessage(m, normaliseError(own.error))) : t.loading)}
          </span>
        </p>
        <div
          className="grid gap-x-6 gap-y-2"
          style={{ gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 15rem), 1fr))' }}
        >
          <Choices legend={t.volumeType} type="checkbox" choices={typeChoices}>
            {typeChoices.length === 0 && <span className={COUNT}>—</span>}
          </Choices>
          <Choices legend={t.attached} choices={flag('attached', t.attachedYes, t.attachedNo)} />
          <Choices legend={t.idle} choices={idleChoices} />
          <Choices legend={t.encrypted} choices={flag('encrypted', t.yes, t.no)} />
          <Choices legend={t.multiattach} choices={flag('multiattach', t.yes, t.no)} />
          <SizeGroup view={view} counts={counts?.ranges.size_gb} onFilters={onFilters} />
        </div>
      </div>
    </div>
  );
}
