/**
 * Locale-aware formatting through Intl, built once per locale (Intl constructors are costly
 * and a 1,000-row page formats thousands of values).
 */
export interface Formatters {
  number: (value: number) => string;
  /** Volume sizes: SCP reports whole GB. */
  gigabytes: (value: number) => string;
  /** Image sizes arrive in bytes: shown in binary units (KiB … TiB). */
  bytes: (value: number) => string;
  megabytes: (value: number) => string;
  /** "3 minutes ago"; `now` is injectable for tests. */
  relative: (iso: string, now?: number) => string;
  /** A short elapsed time for "Updated 12s ago": seconds, then minutes, then hours. */
  elapsed: (milliseconds: number) => string;
  /** Absolute date and time with the time zone named. */
  absolute: (iso: string) => string;
  timeZone: string;
}

const BINARY_LABELS = ['B', 'KiB', 'MiB', 'GiB', 'TiB'] as const;

const RELATIVE_STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 30],
  ['month', 12],
  ['year', Number.POSITIVE_INFINITY],
];

/** SCP sends ISO 8601 with `Z`; a zone-less timestamp is read as UTC (scp-api.md §4). */
export function parseApiDate(iso: string): number {
  const hasZone = /(?:Z|[+-]\d{2}:?\d{2})$/i.test(iso);
  return Date.parse(hasZone ? iso : `${iso}Z`);
}

export function createFormatters(localeTag: string): Formatters {
  const number = new Intl.NumberFormat(localeTag);
  const decimal = new Intl.NumberFormat(localeTag, { maximumFractionDigits: 1 });
  const relative = new Intl.RelativeTimeFormat(localeTag, { numeric: 'auto' });
  const narrow = new Intl.RelativeTimeFormat(localeTag, { numeric: 'auto', style: 'narrow' });
  // Spelled out field by field: Intl rejects `timeZoneName` together with dateStyle/timeStyle.
  const absolute = new Intl.DateTimeFormat(localeTag, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    second: '2-digit',
    timeZoneName: 'short',
  });
  const timeZone = absolute.resolvedOptions().timeZone;

  return {
    number: (value) => number.format(value),
    gigabytes: (value) => `${number.format(value)} GB`,
    megabytes: (value) => `${number.format(value)} MB`,
    bytes: (value) => {
      let unit = 0;
      let scaled = value;
      while (scaled >= 1024 && unit < BINARY_LABELS.length - 1) {
        scaled /= 1024;
        unit += 1;
      }
      return `${decimal.format(scaled)} ${BINARY_LABELS[unit]}`;
    },
    relative: (iso, now = Date.now()) => {
      const time = parseApiDate(iso);
      if (Number.isNaN(time)) return iso;
      let delta = (time - now) / 1000;
      for (const [unit, size] of RELATIVE_STEPS) {
        if (Math.abs(delta) < size) return relative.format(Math.round(delta), unit);
        delta /= size;
      }
      return relative.format(Math.round(delta), 'year');
    },
    elapsed: (milliseconds) => {
      const seconds = Math.max(0, Math.floor(milliseconds / 1000));
      if (seconds < 60) return narrow.format(-seconds, 'second');
      if (seconds < 3600) return narrow.format(-Math.floor(seconds / 60), 'minute');
      return narrow.format(-Math.floor(seconds / 3600), 'hour');
    },
    absolute: (iso) => {
      const time = parseApiDate(iso);
      return Number.isNaN(time) ? iso : absolute.format(time);
    },
    timeZone,
  };
}
