import { EVENT_KINDS, type EventKind } from '../../scp/inventory-routes.ts';

/**
 * The Changes page's own URL parameters, beside `view=changes` (volumes/url-state/view-param-map.ts):
 * `kind`, `region`, `range` (`hour`, `day`, `7d`, `custom` with `from` / `to`), and `volume`
 * for the open drawer. A value this page does not know is ignored and reported, never fatal.
 */
export const RANGES = ['hour', 'day', '7d', 'custom'] as const;
export type Range = (typeof RANGES)[number];

export interface ChangesView {
  kind: EventKind | null;
  region: string | null;
  range: Range;
  /** ISO instants, for the custom range. */
  from: string | null;
  to: string | null;
  volume: string | null;
}

export const DEFAULT_CHANGES_VIEW: ChangesView = {
  kind: null,
  region: null,
  range: 'day',
  from: null,
  to: null,
  volume: null,
};

const REGION_PATTERN = /^[a-z0-9-]{1,64}$/;
const VOLUME_PATTERN = /^[A-Za-z0-9_-]{1,128}$/;

function instant(raw: string): string | null {
  const time = Date.parse(raw);
  return /^\d{4}-\d{2}-\d{2}T/.test(raw) && Number.isFinite(time) ? new Date(time).toISOString() : null;
}

export interface UrlProblem {
  param: string;
  value: string;
}

export function parseChangesView(search: string): { view: ChangesView; problems: UrlProblem[] } {
  const params = new URLSearchParams(search);
  const problems: UrlProblem[] = [];
  const view: ChangesView = { ...DEFAULT_CHANGES_VIEW };
  const read = <T>(param: string, parse: (raw: string) => T | null | undefined): T | null => {
    const raw = params.get(param);
    if (raw === null || raw === '') return null;
    const value = parse(raw);
    if (value === null || value === undefined) {
      problems.push({ param, value: raw.slice(0, 80) });
      return null;
    }
    return value;
  };
  view.kind = read('kind', (raw) => EVENT_KINDS.find((kind) => kind === raw));
  view.region = read('region', (raw) => (REGION_PATTERN.test(raw) ? raw : null));
  view.range = read('range', (raw) => RANGES.find((range) => range === raw)) ?? DEFAULT_CHANGES_VIEW.range;
  view.from = read('from', instant);
  view.to = read('to', instant);
  view.volume = read('volume', (raw) => (VOLUME_PATTERN.test(raw) ? raw : null));
  return { view, problems };
}

/** The query string of a view, `view=changes` first; defaults are left out. */
export function serialiseChangesView(view: ChangesView): string {
  const params = new URLSearchParams({ view: 'changes' });
  if (view.kind) params.set('kind', view.kind);
  if (view.region) params.set('region', view.region);
  if (view.range !== DEFAULT_CHANGES_VIEW.range) params.set('range', view.range);
  if (view.range === 'custom') {
    if (view.from) params.set('from', view.from);
    if (view.to) params.set('to', view.to);
  }
  if (view.volume) params.set('volume', view.volume);
  return params.toString();
}

const SPAN_MS: Record<Exclude<Range, 'custom'>, number> = {
  hour: 3_600_000,
  day: 86_400_000,
  '7d': 7 * 86_400_000,
};

/** The API's `since` / `until` for a view at `now`; a custom range's missing end is open. */
export function timeWindow(view: ChangesView, now: number): { since: string | null; until: string | null } {
  if (view.range === 'custom') return { since: view.from, until: view.to };
  return { since: new Date(now - SPAN_MS[view.range]).toISOString(), until: null };
}
