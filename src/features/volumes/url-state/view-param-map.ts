import { DEFAULT_LIMIT } from '../../../scp/list-query.ts';
import { REGION_NAME } from '../../../scp/regions.ts';
import { formatSortTerms, parseSortTerms, type SortTerm } from '../../../scp/sort-terms.ts';
import { isStateGroup, KNOWN_STATES, type StateGroup } from '../../../scp/volume-states.ts';
import { defineParam } from './param-spec.ts';

export const PER_PAGE_OPTIONS = [20, 50, 100, 200, 500, 1000] as const;

const MAX_PAGE = 1_000_000;
const MAX_NAME = 255;
// The documented states, spelt exactly: `Available` or a made-up word would be sent as it is
// and match nothing, an empty table with no explanation.
const STATES: readonly string[] = KNOWN_STATES;
// Volume ids are UUIDs in SCP; accept any id-like token so a future format still opens.
const VOLUME_PATTERN = /^[A-Za-z0-9_-]{1,128}$/;
const NO_SORT: readonly SortTerm[] = [];

const NAME_MATCHES = ['exact', 'contains'] as const;
export type NameMatch = (typeof NAME_MATCHES)[number];

const orNull = (value: string | null): string | null => value || null;
// The API spells booleans `True`/`False`; accept any case.
const parseFlag = (raw: string) => {
  const lower = raw.toLowerCase();
  return lower === 'true' || lower === 'false' ? lower === 'true' : undefined;
};
const text = <T>(value: T | null) => (value === null ? null : String(value));
// Days or GB: a whole number below a million (the search reads days up to 36,500).
const whole = (raw: string) => (/^\d{1,6}$/.test(raw) ? Number(raw) : undefined);
/** A filter of the inventory's (no API parameter): a flag, a whole number, or types. */
const inventoryParam = <T extends boolean | number | string, U extends string>(
  url: U,
  parse: (raw: string) => T | undefined,
) => defineParam({ url, role: 'filter', initial: null as T | null, inventory: true, parse, serialise: text });
/** An API filter the link and the request spell alike: `?region=kr-west1` asks for region kr-west1. */
const apiFilter = <U extends 'state' | 'region'>(url: U, parse: (raw: string) => string | undefined) =>
  defineParam({
    url,
    role: 'filter',
    initial: null as string | null,
    parse,
    serialise: orNull,
    toApi: (value) => ({ [url]: value }),
  });
// A volume type as SCP names them (`SSD`, `HDD_KMS`); several, comma-separated, match any.
const TYPES_PATTERN = /^[\w.-]{1,64}(,[\w.-]{1,64})*$/;

/**
 * Every view parameter, in the order it is written to the URL. The view type, its defaults,
 * the parser, the serialiser, the list request and the filter rules all derive from this map:
 * a new parameter is one entry here (plus its UI).
 */
export const VIEW_PARAM_MAP = {
  name: defineParam({
    url: 'name',
    role: 'filter',
    initial: null,
    parse: (raw) => (raw.length <= MAX_NAME ? raw.trim() : undefined),
    serialise: orNull,
    // SCP's `name` filter is exact; a part of a name is looked for locally (isLocalSearch).
    toApi: (name, view) => (view.match === 'contains' ? {} : { name }),
  }),
  /** How `name` matches: `exact` (the API's filter, the default) or `contains` (a local search). */
  match: defineParam({
    url: 'match',
    role: 'filter',
    initial: NAME_MATCHES[0] as NameMatch,
    parse: (raw) => NAME_MATCHES.find((match) => match === raw),
    serialise: (match) => (match === 'exact' ? null : match),
  }),
  state: apiFilter('state', (raw) => (STATES.includes(raw) ? raw : undefined)),
  /**
   * Every state of a group (Errors: each error* state), merged by the proxy. The API takes
   * one state per request, so a group and a state cannot both apply: the state wins.
   */
  stateGroup: defineParam({
    url: 'state_group',
    role: 'filter',
    initial: null as StateGroup | null,
    excludes: 'state',
    parse: (raw) => (isStateGroup(raw) ? raw : undefined),
    serialise: orNull,
    toApi: (group) => ({ state_group: group }),
  }),
  /** One configured region; absent means every region the proxy lists. */
  region: apiFilter('region', (raw) => (REGION_NAME.test(raw) ? raw : undefined)),
  bootable: defineParam({
    url: 'bootable',
    role: 'filter',
    initial: null,
    parse: parseFlag,
    serialise: text,
    toApi: (bootable) => ({ bootable }),
  }),
  // The filters SCP's API lacks (issue #26): the inventory's search applies them.
  // Kept as the URL writes it (`SSD,HDD_KMS`): inventory/search-params.ts splits it.
  volumeType: inventoryParam('volume_type', (raw) => (TYPES_PATTERN.test(raw) ? raw : undefined)),
  encrypted: inventoryParam('encrypted', parseFlag),
  multiattach: inventoryParam('multiattach', parseFlag),
  attached: inventoryParam('attached', parseFlag),
  /** Unattached for at least this many days. */
  idleDays: inventoryParam('idle_days', whole),
  sizeMin: inventoryParam('size_min', whole),
  sizeMax: inventoryParam('size_max', whole),
  sort: defineParam({
    url: 'sort',
    role: 'sort',
    initial: NO_SORT,
    // The API's own syntax and reading (scp/sort-terms.ts: a bare key is descending), so a
    // link means what the same `sort` sent to SCP means. A link may space its terms out; one
    // naming a key twice is refused rather than read by its first: which it meant is a guess.
    parse: (raw) => {
      const parts = raw.split(',').map((part) => part.trim());
      const parsed = parseSortTerms(parts.join(','));
      return parsed.ok && parsed.terms.length === parts.length ? parsed.terms : undefined;
    },
    serialise: (sort) => (sort.length > 0 ? formatSortTerms(sort) : null),
    toApi: (sort) => ({ sort: formatSortTerms(sort) }),
  }),
  /** 1-based, as people count pages. */
  page: defineParam({
    url: 'page',
    role: 'paging',
    initial: 1,
    parse: (raw) =>
      /^\d+$/.test(raw) && Number(raw) >= 1 && Number(raw) <= MAX_PAGE ? Number(raw) : undefined,
    serialise: (page) => (page === 1 ? null : String(page)),
  }),
  perPage: defineParam({
    url: 'per_page',
    role: 'paging',
    initial: DEFAULT_LIMIT,
    parse: (raw) => PER_PAGE_OPTIONS.find((option) => option === Number(raw)),
    serialise: (perPage) => (perPage === DEFAULT_LIMIT ? null : String(perPage)),
  }),
  /** The volume open in the drawer. */
  volume: defineParam({
    url: 'volume',
    role: 'selection',
    initial: null,
    parse: (raw) => (VOLUME_PATTERN.test(raw) ? raw : undefined),
    serialise: orNull,
  }),
};
