import type { TREND_DIMENSIONS, TREND_METRICS, TREND_STEPS } from '../../scp/inventory-routes.ts';
import type { Trends } from '../../scp/inventory-schema.ts';
import type { InventoryDb } from './engine.ts';
import { iso } from './present.ts';
import { versionIndex } from './read-model.ts';
import { historyStart } from './runs.ts';

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

/**
 * A metric over time, one series per value of `by`, at `from`, `from + step`, … ≤ `to`. A point
 * counts the versions valid at that instant (valid_from ≤ t < valid_to). Computed from the
 * versions, not from per-run copies: each version adds at the first point at or after its start
 * and takes away at the first point at or after its end, and a running sum gives the values; one
 * pass over the read model's versions (read-model.ts), whatever the range.
 */
export async function trends(db: InventoryDb, input: TrendsInput): Promise<Trends> {
  const [index, historyBegins] = await Promise.all([versionIndex(db), historyStart(db)]);
  const step = STEP_MS[input.step];
  const points = Math.floor((input.to - input.from) / step) + 1;
  const unattached = input.metric === 'unattached_count' || input.metric === 'unattached_gb';
  const amounts =
    input.metric === 'snapshot_gb'
      ? index.snapshotGb
      : input.metric === 'size_gb' || input.metric === 'unattached_gb'
        ? index.sizeGb
        : null;
  const dimension = { state: index.state, volume_type: index.volumeType, region: index.region }[input.by];
  const regions =
    input.region === undefined ? null : new Set(input.region.map((region) => index.region.code(region)));
  const deltas = dimension.values.map(() => new Float64Array(points + 1));
  const pointAfter = (time: number) => Math.ceil((time - input.from) / step);
  for (let i = 0; i < index.size; i++) {
    if (unattached && index.attached[i]) continue;
    if (regions !== null && !regions.has(index.region.codes[i])) continue;
    const series = deltas[dimension.codes[i] as number] as Float64Array;
    const amount = amounts === null ? 1 : (amounts[i] as number);
    if (amount === 0) continue;
    const from = index.validFrom[i] as number;
    const to = index.validTo[i] as number;
    if (from <= input.from) {
      if (to > input.from) series[0] = (series[0] as number) + amount;
    } else if (from <= input.to) {
      series[pointAfter(from)] = (series[pointAfter(from)] as number) + amount;
    }
    if (to > input.from && to <= input.to)
      series[pointAfter(to)] = (series[pointAfter(to)] as number) - amount;
  }
  return {
    metric: input.metric,
    by: input.by,
    step: input.step,
    from: iso(input.from),
    to: iso(input.to),
    history_start: historyBegins === null ? null : iso(historyBegins),
    times: Array.from({ length: points }, (_, i) => iso(input.from + i * step)),
    series: deltas
      .map((series, code) => {
        let running = 0;
        return {
          key: dimension.values[code] ?? null,
          values: [...series.subarray(0, points)].map((delta) => (running += delta)),
        };
      })
      .filter((each) => each.values.some((value) => value !== 0))
      .sort((a, b) => String(a.key).localeCompare(String(b.key))),
  };
}
