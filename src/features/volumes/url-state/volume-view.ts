import { DEFAULT_LIMIT, type SortKey } from '../../../scp/list-query.ts';

export const PER_PAGE_OPTIONS = [20, 50, 100, 200, 500, 1000] as const;

export interface SortEntry {
  id: SortKey;
  desc: boolean;
}

/** Everything the URL says about the page; validated, so the rest of the app can trust it. */
export interface VolumeView {
  name: string | null;
  state: string | null;
  bootable: boolean | null;
  sort: readonly SortEntry[];
  /** 1-based, as in the URL. */
  page: number;
  perPage: number;
  /** The volume open in the drawer. */
  volume: string | null;
}

const NO_SORT: readonly SortEntry[] = [];

export const DEFAULT_VIEW: VolumeView = {
  name: null,
  state: null,
  bootable: null,
  sort: NO_SORT,
  page: 1,
  perPage: DEFAULT_LIMIT,
  volume: null,
};

/** URL parameter names, in the order they are written. */
export const VIEW_PARAMS = ['name', 'state', 'bootable', 'sort', 'page', 'per_page', 'volume'] as const;
export type ViewParam = (typeof VIEW_PARAMS)[number];

/** A URL value that was not understood and was replaced by its default. */
export interface ViewProblem {
  param: ViewParam;
  value: string;
}

export function hasFilters(view: VolumeView): boolean {
  return view.name !== null || view.state !== null || view.bootable !== null;
}
