import type { SortTerm } from '../../../scp/sort-terms.ts';
import { DEFAULT_VIEW, FILTER_KEYS, VIEW_ENTRIES, type FilterKey, type VolumeView } from './volume-view.ts';

/**
 * Pure view transitions. Each encodes one product rule, so the rules are tested without a
 * browser: filters and sort go back to page 1; a new page size keeps the first visible row.
 */
export type FilterPatch = Partial<Pick<VolumeView, FilterKey>>;

const NO_FILTERS = Object.fromEntries(FILTER_KEYS.map((key) => [key, DEFAULT_VIEW[key]])) as Pick<
  VolumeView,
  FilterKey
>;

/** Filters that exclude each other (a state group and a state): setting one clears the other. */
const EXCLUSIONS = VIEW_ENTRIES.flatMap(([key, spec]) =>
  spec.excludes ? [[key as FilterKey, spec.excludes as FilterKey] as const] : [],
);

export function withFilters(view: VolumeView, patch: FilterPatch): VolumeView {
  const next: VolumeView = { ...view, ...patch, page: 1 };
  for (const [a, b] of EXCLUSIONS) {
    const cleared = patch[a] != null ? b : patch[b] != null ? a : null;
    if (cleared) Object.assign(next, { [cleared]: DEFAULT_VIEW[cleared] });
  }
  return next;
}

export function withoutFilters(view: VolumeView): VolumeView {
  return { ...view, ...NO_FILTERS, page: 1 };
}

export function withSort(view: VolumeView, sort: readonly SortTerm[]): VolumeView {
  return { ...view, sort, page: 1 };
}

export function withPage(view: VolumeView, page: number): VolumeView {
  return { ...view, page: Math.max(1, Math.floor(page)) };
}

export function withPerPage(view: VolumeView, perPage: number): VolumeView {
  const firstRow = (view.page - 1) * view.perPage;
  return { ...view, perPage, page: Math.floor(firstRow / perPage) + 1 };
}

export function withVolume(view: VolumeView, volume: string | null): VolumeView {
  return { ...view, volume };
}
