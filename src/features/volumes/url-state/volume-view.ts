import type { ParamRole, ParamSpec } from './param-spec.ts';
import { VIEW_PARAM_MAP } from './view-param-map.ts';

export { PER_PAGE_OPTIONS } from './view-param-map.ts';

type ParamMap = typeof VIEW_PARAM_MAP;
type ViewKey = keyof ParamMap;
type KeysWithRole<R extends ParamRole> = {
  [K in ViewKey]: ParamMap[K] extends ParamSpec<unknown, R> ? K : never;
}[ViewKey];

/** Everything the URL says about the page; validated, so the rest of the app can trust it. */
export type VolumeView = { [K in ViewKey]: ParamMap[K]['initial'] };
/** The view's filters: cleared together by "Clear filters". */
export type FilterKey = KeysWithRole<'filter'>;
/** URL parameter names, as written in the address bar. */
export type ViewParam = ParamMap[ViewKey]['url'];

/**
 * A URL value that was not understood and was replaced by its default, or a parameter the page
 * does not know (`param` is then not a ViewParam), which was dropped.
 */
export interface ViewProblem {
  param: string;
  value: string;
}

/** The map as a list the generic parser, serialiser and request builder loop over. */
export const VIEW_ENTRIES = Object.entries(VIEW_PARAM_MAP) as [
  ViewKey,
  ParamSpec<unknown, ParamRole, ViewParam>,
][];

export const DEFAULT_VIEW = Object.fromEntries(
  VIEW_ENTRIES.map(([key, spec]) => [key, spec.initial]),
) as VolumeView;

export const FILTER_KEYS = VIEW_ENTRIES.filter(([, spec]) => spec.role === 'filter').map(
  ([key]) => key as FilterKey,
);

/** Whether a parameter is set, i.e. differs from its default and so appears in the URL. */
export function isSet(view: VolumeView, key: ViewKey): boolean {
  const spec: ParamSpec<unknown> = VIEW_PARAM_MAP[key];
  return spec.serialise(view[key]) !== null;
}

export function hasFilters(view: VolumeView): boolean {
  return FILTER_KEYS.some((key) => isSet(view, key));
}
