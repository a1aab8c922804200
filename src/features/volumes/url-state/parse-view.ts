import { DEFAULT_VIEW, PER_PAGE_OPTIONS, type ViewProblem, type VolumeView } from './volume-view.ts';
import { parseSort } from './sort-codec.ts';

export interface ParsedView {
  view: VolumeView;
  problems: ViewProblem[];
}

const MAX_PAGE = 1_000_000;
const MAX_NAME = 255;
// States are API words (`in-use`, `error_backing-up`); anything else is not one.
const STATE_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
// Volume ids are UUIDs in SCP; accept any id-like token so a future format still opens.
const VOLUME_PATTERN = /^[A-Za-z0-9_-]{1,128}$/;

/**
 * URL → validated view. Never throws: every value that is not understood falls back to its
 * default and is reported, so the page can say so instead of crashing or showing nothing.
 * Empty values count as absent (a hand-edited `?state=` is not a mistake worth a notice).
 */
export function parseView(search: string): ParsedView {
  const params = new URLSearchParams(search);
  const problems: ViewProblem[] = [];
  const view: VolumeView = { ...DEFAULT_VIEW };

  const read = (param: ViewProblem['param']): string | null => {
    const value = params.get(param);
    return value === null || value.trim() === '' ? null : value;
  };
  const reject = (param: ViewProblem['param'], value: string) => problems.push({ param, value });

  const name = read('name');
  if (name !== null) {
    if (name.length <= MAX_NAME) view.name = name.trim();
    else reject('name', `${name.slice(0, 20)}…`);
  }

  const state = read('state');
  if (state !== null) {
    if (STATE_PATTERN.test(state)) view.state = state;
    else reject('state', state);
  }

  const bootable = read('bootable');
  if (bootable !== null) {
    const lower = bootable.toLowerCase();
    if (lower === 'true' || lower === 'false') view.bootable = lower === 'true';
    else reject('bootable', bootable);
  }

  const sort = read('sort');
  if (sort !== null) {
    const entries = parseSort(sort);
    if (entries) view.sort = entries;
    else reject('sort', sort);
  }

  const perPage = read('per_page');
  if (perPage !== null) {
    const value = Number(perPage);
    if ((PER_PAGE_OPTIONS as readonly number[]).includes(value)) view.perPage = value;
    else reject('per_page', perPage);
  }

  const page = read('page');
  if (page !== null) {
    const value = Number(page);
    if (/^\d+$/.test(page) && value >= 1 && value <= MAX_PAGE) view.page = value;
    else reject('page', page);
  }

  const volume = read('volume');
  if (volume !== null) {
    if (VOLUME_PATTERN.test(volume)) view.volume = volume;
    else reject('volume', volume);
  }

  return { view, problems };
}
