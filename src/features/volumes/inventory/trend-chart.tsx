import { useId } from 'react';
import { useI18n } from '../../../i18n/i18n-context.ts';
import { useInventoryMessages } from '../../../i18n/inventory-messages.ts';
import { parseApiDate } from '../../../lib/format.ts';

export interface Series {
  /** The series' name as shown (a state's label, "Total"). */
  label: string;
  values: readonly number[];
}

const WIDTH = 320;
const HEIGHT = 140;
const PAD = { left: 44, right: 8, top: 8, bottom: 22 };
// Series colours: distinguishable in light and dark (the text labels carry the meaning too).
const COLOURS = ['#2563eb', '#d97706', '#059669', '#dc2626', '#7c3aed', '#0891b2', '#64748b'];

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function shortDate(locale: string, iso: string): string {
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric' });
    dateFormats.set(locale, format);
  }
  return format.format(parseApiDate(iso));
}

/**
 * A line chart drawn as SVG (no library: README, "Dependency notes"): y axis from 0 with three
 * labelled ticks, x axis with the first, middle and last dates, one line per series, a point
 * per value whose tooltip (<title>) says its date and value, and the simulated part shaded.
 * The chart is an image to a screen reader (role="img", named); the same values are in the
 * table after it, which is also the keyboard's way to read them.
 */
export function TrendChart({
  title,
  times,
  series,
  simulatedUntil,
  localeTag,
}: {
  title: string;
  times: readonly string[];
  series: readonly Series[];
  /** Points up to this time are simulated history: shaded. */
  simulatedUntil: string | null;
  localeTag: string;
}) {
  const { fmt } = useI18n();
  const t = useInventoryMessages().trends;
  const titleId = useId();
  const max = Math.max(1, ...series.flatMap((line) => line.values));
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const x = (index: number) =>
    PAD.left + (times.length > 1 ? (index / (times.length - 1)) * plotW : plotW / 2);
  const y = (value: number) => PAD.top + plotH - (value / max) * plotH;
  const ticks = [0, max / 2, max];
  const labelled =
    times.length > 2 ? [0, Math.floor((times.length - 1) / 2), times.length - 1] : times.map((_, i) => i);
  const simulatedEnd =
    simulatedUntil === null
      ? -1
      : times.findLastIndex((time) => parseApiDate(time) <= parseApiDate(simulatedUntil));
  return (
    <figure aria-labelledby={titleId} className="flex min-w-0 flex-col gap-1">
      <figcaption id={titleId} className="text-xs font-semibold">
        {title}
      </figcaption>
      <svg
        role="img"
        aria-labelledby={titleId}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className="w-full max-w-xl text-zinc-600 dark:text-zinc-400"
      >
        {simulatedEnd >= 0 && (
          <rect
            x={PAD.left}
            y={PAD.top}
            width={Math.max(0, x(simulatedEnd) - PAD.left)}
            height={plotH}
            fill="currentColor"
            fillOpacity={0.12}
          />
        )}
        {ticks.map((tick) => (
          <g key={tick}>
            <line
              x1={PAD.left}
              x2={WIDTH - PAD.right}
              y1={y(tick)}
              y2={y(tick)}
              stroke="currentColor"
              strokeOpacity={0.2}
            />
            <text x={PAD.left - 4} y={y(tick) + 3} textAnchor="end" fontSize={9} fill="currentColor">
              {fmt.number(Math.round(tick))}
            </text>
          </g>
        ))}
        {labelled.map((index) => (
          <text key={index} x={x(index)} y={HEIGHT - 6} textAnchor="middle" fontSize={9} fill="currentColor">
            {times[index] ? shortDate(localeTag, times[index]) : ''}
          </text>
        ))}
        {series.map((line, lineIndex) => {
          const colour = COLOURS[lineIndex % COLOURS.length];
          return (
            <g key={line.label}>
              <polyline
                fill="none"
                stroke={colour}
                strokeWidth={1.5}
                points={line.values.map((value, index) => `${x(index)},${y(value)}`).join(' ')}
              />
              {line.values.map((value, index) => (
                <circle key={index} cx={x(index)} cy={y(value)} r={2} fill={colour}>
                  <title>{`${line.label} · ${times[index] ? shortDate(localeTag, times[index]) : ''}: ${fmt.number(value)}`}</title>
                </circle>
              ))}
            </g>
          );
        })}
      </svg>
      {series.length > 1 && (
        <ul className="flex flex-wrap gap-x-3 text-[11px]">
          {series.map((line, lineIndex) => (
            <li key={line.label} className="inline-flex items-center gap-1">
              <span
                aria-hidden="true"
                className="inline-block size-1.5 rounded-full"
                style={{ background: COLOURS[lineIndex % COLOURS.length] }}
              />
              {line.label}
            </li>
          ))}
        </ul>
      )}
      <details className="text-xs">
        <summary className="cursor-pointer rounded-sm focus-visible:outline-2 focus-visible:outline-blue-500">
          {t.table(title)}
        </summary>
        <div
          className="overflow-auto"
          style={{ maxHeight: '12rem' }}
          tabIndex={0}
          role="region"
          aria-label={t.table(title)}
        >
          <table className="w-full tabular-nums">
            <caption className="sr-only">{t.table(title)}</caption>
            <thead>
              <tr>
                <th scope="col" className="text-left font-medium">
                  {t.date}
                </th>
                {series.map((line) => (
                  <th key={line.label} scope="col" className="text-right font-medium">
                    {line.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {times.map((time, index) => (
                <tr key={time}>
                  <th scope="row" className="text-left font-medium">
                    {fmt.absolute(time)}
                  </th>
                  {series.map((line) => (
                    <td key={line.label} className="text-right">
                      {fmt.number(line.values[index] ?? 0)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
