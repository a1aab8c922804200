import type { ListVolumesParams } from '../../../scp/list-query.ts';

/**
 * What a parameter is for decides which derived rules apply to it: `filter` parameters are
 * cleared together, narrow the state counts and turn "no volumes" into "no match"; `filter`
 * and `sort` go into every list request; `paging` becomes limit/offset in view-params.ts;
 * `selection` never reaches the list request.
 */
export type ParamRole = 'filter' | 'sort' | 'paging' | 'selection';

/**
 * One URL parameter of the view, declared once in view-param-map.ts. The functions are
 * methods, not function-typed properties: methods compare bivariantly, so an entry of any
 * value type is also a `ParamSpec<unknown>` that the generic parser and serialiser loop over.
 */
export interface ParamSpec<T, R extends ParamRole = ParamRole, U extends string = string> {
  /** Its name in the address bar. */
  url: U;
  role: R;
  /** The value when the URL does not say (absent, or blank). */
  initial: T;
  /** URL text → value, or undefined when it is not understood (the page then reports it). */
  parse(raw: string): T | undefined;
  /** Value → URL text, or null to leave it out (the default), so one view has one URL. */
  serialise(value: T): string | null;
  /**
   * A view key this one cannot be set with: a URL giving both reports this one (and drops it),
   * and a filter change that sets either clears the other (view-updates.ts).
   */
  excludes?: string;
  /**
   * The list request's parameters for a value that is set (one that serialise writes). `view`
   * is the whole view, for a parameter whose meaning another one changes (name under match).
   */
  toApi?(value: NonNullable<T>, view: ViewValues): ListVolumesParams;
  /**
   * A filter SCP's API does not have: only the inventory's search applies it, so a view that
   * sets it reads from the inventory (view-params.ts readsElsewhere; inventory/search-params.ts).
   */
  inventory?: true;
}

/** The view as toApi sees it: typed loosely, since the view's own type derives from the map. */
export type ViewValues = { readonly [key: string]: unknown };

/** Keeps the value type, role and URL name inferred per entry, so the view type derives from the map. */
export function defineParam<T, R extends ParamRole, U extends string>(
  spec: ParamSpec<T, R, U>,
): ParamSpec<T, R, U> {
  return spec;
}
