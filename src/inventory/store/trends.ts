import { type ExpressionBuilder, type Expression, type SqlBool, sql } from 'kysely';
import type { TREND_DIMENSIONS, TREND_METRICS, TREND_STEPS } from '../../scp/inventory-routes.ts';
import type { Trends } from '../../scp/inventory-schema.ts';
import type { InventoryDb } from './engine.ts';
import { iso } from './present.ts';
import { historyStart } from './runs.ts';
import type { InventoryTables } from './tables.ts';

export const STEP_MS = { hour: 3_600_000, day: 86_400_000 } as const satisfies Record<
  (typeof TREND_STEPS)[number],
  number
>;
/** Points in one answer: 90 days by the hour is 2,161. */
export const MAX_POINTS = 5000;

export interface TrendsInput {
  metric: (typeof TREND_METRICS)[number];
  by: (typeof TREND_DIMENSIONS)[number];
  step: (typeof TREND_STEPS)[number];
  from: number;
  to: number;
  region?: string[];
}

type Eb = ExpressionBuilder<InventoryTables, 'volume_versions'>;

/**
 * A metric over time, one series per value of `by`, at `from`, `from + step`, … ≤ `to`. A point
 * counts the versions valid at that instant (valid_from ≤ t < valid_to). Computed from the
 * versions, not from per-run copies: the value at `from`, then each version's start and end
 * folded into the first point at or after it, three grouped queries whatever the range.
 */
export async function trends(db: InventoryDb, input: TrendsInput): Promise<Trends> {
  const step = STEP_MS[input.step];
  const points = Math.floor((input.to - input.from) / step) + 1;
  const unattached = input.metric === 'unattached_count' || input.metric === 'unattached_gb';
  const gb = input.metric === 'size_gb' || input.metric === 'unattached_gb';
  const dimension = input.by;
  const filters = (eb: Eb): Expression<SqlBool> => {
    const parts: Expression<SqlBool>[] = [];
    if (unattached) parts.push(eb('attached', '=', false));
    if (input.region !== undefined) parts.push(eb('region', 'in', input.region));
    return eb.and(parts);
  };
  const amount = (eb: Eb) => (gb ? eb.fn.sum<number>('size_gb') : eb.fn.countAll<number>());

  const start = db
    .selectFrom('volume_versions')
    .select((eb) => [eb.ref(dimension).as('key'), amount(eb).as('amount')])
    .where('valid_from', '<=', input.from)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>', input.from)]))
    .where(filters)
    .groupBy(dimension);
  // The first point at or after an instant x > from: ceil((x - from) / step). SQLite may bind the
  // numbers as reals, so the quotient is cast: truncating a positive one floors it, as integer
  // division does in PostgreSQL.
  const pointOf = (column: 'valid_from' | 'valid_to') =>
    sql<number>`cast((${sql.ref(column)} - ${input.from} + ${step - 1}) / ${step} as bigint)`;
  const starts = db
    .selectFrom('volume_versions')
    .select((eb) => [pointOf('valid_from').as('point'), eb.ref(dimension).as('key'), amount(eb).as('amount')])
    .where('valid_from', '>', input.from)
    .where('valid_from', '<=', input.to)
    .where(filters)
    .groupBy([sql`1`, dimension]);
  const ends = db
    .selectFrom('volume_versions')
    .select((eb) => [pointOf('valid_to').as('point'), eb.ref(dimension).as('key'), amount(eb).as('amount')])
    .where('valid_to', '>', input.from)
    .where('valid_to', '<=', input.to)
    .where(filters)
    .groupBy([sql`1`, dimension]);

  const [initial, started, ended, historyBegins] = await Promise.all([
    start.execute(),
    starts.execute(),
    ends.execute(),
    historyStart(db),
  ]);

  const series = new Map<string | null, number[]>();
  const valuesOf = (key: string | null): number[] => {
    let values = series.get(key);
    if (!values) series.set(key, (values = new Array<number>(points + 1).fill(0)));
    return values;
  };
  // Deltas first, at their points; then a running sum turns them into values.
  for (const row of initial) valuesOf(row.key)[0] = (valuesOf(row.key)[0] ?? 0) + Number(row.amount);
  for (const row of started) {
    const values = valuesOf(row.key);
    values[Number(row.point)] = (values[Number(row.point)] ?? 0) + Number(row.amount);
  }
  for (const row of ended) {
    const values = valuesOf(row.key);
    values[Number(row.point)] = (values[Number(row.point)] ?? 0) - Number(row.amount);
  }
  const times = Array.from({ length: points }, (_, i) => iso(input.from + i * step));
  return {
    metric: input.metric,
    by: input.by,
    step: input.step,
    from: iso(input.from),
    to: iso(input.to),
    history_start: historyBegins === null ? null : iso(historyBegins),
    times,
    series: [...series]
      .map(([key, deltas]) => {
        let running = 0;
        return { key, values: deltas.slice(0, points).map((delta) => (running += delta)) };
      })
      .filter((each) => each.values.some((value) => value !== 0))
      .sort((a, b) => String(a.key).localeCompare(String(b.key))),
  };
}
