import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { errorMessage } from '../../../i18n/error-message.ts';
import { useI18n } from '../../../i18n/i18n-context.ts';
import { useInventoryMessages } from '../../../i18n/inventory-messages.ts';
import { LOCALE_TAGS } from '../../../i18n/locale.ts';
import { stateLabel } from '../../../i18n/state-label.ts';
import { normaliseError } from '../../../lib/api-error.ts';
import type { InventoryStatus, Trends } from '../../../scp/inventory-schema.ts';
import { inventoryQueries } from './inventory-queries.ts';
import { SimulatedBadge } from './inventory-scope-notes.tsx';
import { TrendChart, type Series } from './trend-chart.tsx';

const PERIODS = [7, 30, 90] as const;
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
const OPTION =
  'inline-flex cursor-pointer items-center gap-1 rounded-md px-1.5 py-0.5 text-xs hover:bg-zinc-100 focus-within:outline-2 focus-within:outline-blue-500 dark:hover:bg-zinc-800';

/** Every series added up, time by time. */
const total = (answer: Trends | undefined): number[] =>
  answer
    ? answer.times.map((_, index) => answer.series.reduce((sum, line) => sum + (line.values[index] ?? 0), 0))
    : [];

/**
 * Capacity over time (issue #26): total GB, unattached GB, snapshot GB and the count by state over 7, 30 or
 * 90 days, per day, from GET /api/inventory/trends; the simulated part of the history shaded
 * and labelled. The history knows regions, not the table's other filters: said so.
 */
export function CapacityTrends({ region, status }: { region: string | null; status: InventoryStatus }) {
  const { m, locale } = useI18n();
  const t = useInventoryMessages().trends;
  const name = useId();
  const [days, setDays] = useState<(typeof PERIODS)[number]>(30);
  // To the next whole hour: the queries' keys stay put while the page is open.
  const [to] = useState(() => Math.ceil(Date.now() / HOUR_MS) * HOUR_MS);
  const range = {
    from: new Date(to - days * DAY_MS).toISOString(),
    to: new Date(to).toISOString(),
    step: 'day' as const,
    by: 'state' as const,
    ...(region ? { region: [region] } : {}),
  };
  const count = useQuery(inventoryQueries.trends({ ...range, metric: 'count' }));
  const size = useQuery(inventoryQueries.trends({ ...range, metric: 'size_gb' }));
  const unattached = useQuery(inventoryQueries.trends({ ...range, metric: 'unattached_gb' }));
  // The GB of the volumes' snapshots (recorded since issue #24; 0 before).
  const snapshots = useQuery(inventoryQueries.trends({ ...range, metric: 'snapshot_gb' }));
  const error = count.error ?? size.error ?? unattached.error ?? snapshots.error;
  const ready = count.data && size.data && unattached.data && snapshots.data;
  const times = count.data?.times ?? [];
  const localeTag = LOCALE_TAGS[locale];
  const simulatedUntil = status.history.simulated ? status.history.simulated_until : null;
  const byState: Series[] = (count.data?.series ?? []).map((line) => ({
    label: line.key === null ? '—' : stateLabel(m, line.key),
    values: line.values,
  }));
  const totalOf = (answer: Trends | undefined): Series[] => [{ label: t.total, values: total(answer) }];
  const charts = [
    { title: t.totalGb, series: totalOf(size.data) },
    { title: t.unattachedGb, series: totalOf(unattached.data) },
    { title: t.snapshotGb, series: totalOf(snapshots.data) },
    { title: t.countByState, series: byState },
  ];
  return (
    <section aria-labelledby={`${name}-heading`} className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <h3 id={`${name}-heading`} className="text-xs font-semibold">
          {t.heading}
        </h3>
        <fieldset className="flex items-center gap-1">
          <legend className="sr-only">{t.period}</legend>
          {PERIODS.map((period) => (
            <label key={period} className={OPTION}>
              <input
                type="radio"
                name={name}
                checked={days === period}
                onChange={() => setDays(period)}
                className="accent-blue-600"
              />
              {t.days(String(period))}
            </label>
          ))}
        </fieldset>
        <SimulatedBadge status={status} />
      </div>
      <p className="text-xs text-zinc-600 dark:text-zinc-400">
        {t.scope}
        {simulatedUntil && ` ${t.simulatedPart}`}
      </p>
      {error && !ready && (
        <p role="alert" className="text-xs">
          {t.failed(errorMessage(m, normaliseError(error)))}
        </p>
      )}
      {!error && !ready && (
        <p role="status" className="text-xs">
          {t.loading}
        </p>
      )}
      {ready && times.length === 0 && <p className="text-xs">{t.empty}</p>}
      {ready && times.length > 0 && (
        <div
          className="grid items-start gap-x-6 gap-y-2"
          style={{ gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 18rem), 1fr))' }}
        >
          {charts.map((chart) => (
            <TrendChart
              key={chart.title}
              {...chart}
              times={times}
              simulatedUntil={simulatedUntil}
              localeTag={localeTag}
            />
          ))}
        </div>
      )}
    </section>
  );
}
