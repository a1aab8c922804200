import type { ParamSpec } from './param-spec.ts';
import { DEFAULT_VIEW, VIEW_ENTRIES, type ViewProblem, type VolumeView } from './volume-view.ts';

export interface ParsedView {
  view: VolumeView;
  problems: ViewProblem[];
}

// Enough of a rejected value to recognise it; a pasted essay would swamp the notice.
const SHOWN_CHARS = 40;

/**
 * URL → validated view. Never throws: every value that is not understood falls back to its
 * default and is reported (in the order the URL lists them), so the page can say so instead
 * of crashing or showing nothing. Blank values count as absent: a hand-edited `?state=` is
 * not a mistake worth a notice.
 */
export function parseView(search: string, regions?: readonly string[]): ParsedView {
  const params = new URLSearchParams(search);
  const view: Record<string, unknown> = { ...DEFAULT_VIEW };
  const problems: ViewProblem[] = [];
  for (const [key, spec] of VIEW_ENTRIES) {
    const raw = params.get(spec.url);
    if (raw === null || raw.trim() === '') continue;
    const value = parseSafely(spec, raw);
    // A region the proxy does not list (`regions`, once known) is refused like a bad value.
    if (value === undefined || (key === 'region' && regions && !regions.includes(raw))) {
      problems.push({ param: spec.url, value: shown(raw) });
    } else view[key] = value;
  }
  // A parameter the page does not know (a typo, a stale link) would sit in the address bar doing
  // nothing: reported, and the corrected address leaves it out.
  for (const [param, raw] of params) {
    if (!VIEW_ENTRIES.some(([, spec]) => spec.url === param)) problems.push({ param, value: shown(raw) });
  }
  // A value that cannot apply with another (a state group with a state) is refused like a bad one.
  for (const [key, spec] of VIEW_ENTRIES) {
    const other = spec.excludes as keyof VolumeView | undefined;
    if (!other || view[key] === spec.initial || view[other] === DEFAULT_VIEW[other]) continue;
    view[key] = spec.initial;
    problems.push({ param: spec.url, value: shown(params.get(spec.url) ?? '') });
  }
  const order = [...params.keys()];
  problems.sort((a, b) => order.indexOf(a.param) - order.indexOf(b.param));
  return { view: view as VolumeView, problems };
}

function parseSafely(spec: ParamSpec<unknown>, raw: string): unknown {
  try {
    return spec.parse(raw);
  } catch {
    return undefined;
  }
}

function shown(raw: string): string {
  return raw.length > SHOWN_CHARS ? `${raw.slice(0, SHOWN_CHARS)}…` : raw;
}
