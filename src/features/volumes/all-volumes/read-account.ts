import { normaliseError, type ApiError } from '../../../lib/api-error.ts';
import type { RetryPolicy } from '../../../lib/with-retry.ts';
import type { ListVolumesParams } from '../../../scp/list-query.ts';
import type { RegionFailure } from '../../../scp/region-failure.ts';
import { compareListed } from '../../../scp/sort-order.ts';
import { DEFAULT_SORT, parseSortTerms } from '../../../scp/sort-terms.ts';
import type { InvalidVolume, Volume } from '../../../scp/volume-schema.ts';
import { isStateGroup, STATE_GROUPS } from '../../../scp/volume-states.ts';
import { mergeSorted } from './merge-sorted.ts';
import {
  isInvalid,
  newListWalk,
  walkList,
  type FetchPage,
  type ListItem,
  type ListWalk,
} from './walk-list.ts';

export interface ReadProgress {
  /** Items received so far, valid or not. */
  loaded: number;
  /** The sum of every list's `count`, once each has answered; null until then or without one. */
  total: number | null;
}

/** Every volume of the account that some filters match, read region by region. */
export interface AccountRead {
  /** The sum of the counts of the regions read. */
  total: number | null;
  /** Every item in the table's order (`sort`, then region, then id), malformed items included. */
  raw: unknown[];
  /** `raw`, parsed: the same length and order. */
  items: ListItem[];
  volumes: Volume[];
  invalid: InvalidVolume[];
  /** The regions asked. */
  regions: readonly string[];
  /** Regions that still failed after their retries: none of their volumes is here. */
  missing: RegionFailure[];
  /** When the read finished (epoch ms). */
  readAt: number;
}

export interface ReadPlan {
  /** The filters and sort, as the table sends them; `region` and `state_group` are planned here. */
  params: ListVolumesParams;
  /** The regions to read (the filter's one, or every region the proxy lists). */
  regions: readonly string[];
  /** Write each item's region on it, as the proxy's all-regions list does, when there are several. */
  tagRegions: boolean;
}

/** What a read has so far, by list: a second read with it asks only for what is missing. */
export type ReadCheckpoint = Map<string, ListWalk>;

export interface ReadOptions {
  fetchPage: FetchPage;
  signal?: AbortSignal;
  retry?: RetryPolicy;
  onProgress?: (progress: ReadProgress) => void;
  checkpoint?: ReadCheckpoint;
  now?: () => number;
}

/** Lists read at once: a few, so that two regions read side by side without a burst at SCP. */
export const PARALLEL_LISTS = 3;

interface Source {
  key: string;
  region: string;
  params: ListVolumesParams;
}

/**
 * One list per region (and per state of a state group), each paged by marker within its region
 * — about one request per 1,000 volumes — and merged here in the table's order (the k-way merge
 * keeps each region's order as SCP gave it). The proxy's all-regions list would page the union
 * by offset and pay several narrowing rounds per region for every deep page (the figures:
 * docs/PERFORMANCE.md). Each page is retried with `retry`; a region whose list still
 * fails is left out and named in `missing`, so the answer says it is partial. Only when every
 * region fails does the read fail.
 */
export async function readAccount(plan: ReadPlan, options: ReadOptions): Promise<AccountRead> {
  const {
    fetchPage,
    signal,
    retry,
    onProgress,
    checkpoint = new Map<string, ListWalk>(),
    now = Date.now,
  } = options;
  const sources = plan.regions.flatMap((region) =>
    statesOf(plan.params).map((state) => source(plan.params, region, state)),
  );
  const walkOf = (key: string) => {
    let walk = checkpoint.get(key);
    if (!walk) checkpoint.set(key, (walk = newListWalk()));
    return walk;
  };
  const report = () => {
    const walks = sources.map((item) => walkOf(item.key));
    const counted = walks.every((walk) => walk.raw.length > 0 || walk.done);
    onProgress?.({
      loaded: walks.reduce((sum, walk) => sum + walk.raw.length, 0),
      total: counted ? sumTotals(walks) : null,
    });
  };

  const failed = new Map<string, ApiError>();
  const queue = [...sources];
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      // A region that failed is left out whole: a part of it would be a count nobody asked for.
      if (failed.has(next.region)) continue;
      try {
        await walkList(next.params, walkOf(next.key), {
          fetchPage,
          signal,
          retry,
          onPage: report,
          ...(plan.tagRegions ? { region: next.region } : {}),
        });
      } catch (error) {
        signal?.throwIfAborted();
        if (!failed.has(next.region)) failed.set(next.region, normaliseError(error));
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_LISTS, sources.length) }, worker));
  signal?.throwIfAborted();

  const [firstFailure] = failed.values();
  if (firstFailure && failed.size === plan.regions.length) throw firstFailure;
  const kept = sources.filter((item) => !failed.has(item.region)).map((item) => walkOf(item.key));
  const parsed = parseSortTerms(plan.params.sort ?? '');
  const order = compareListed(plan.params.sort && parsed.ok ? parsed.terms : DEFAULT_SORT);
  const entries = mergeSorted<{ item: ListItem; raw: unknown }>(
    kept.map((walk) => walk.items.map((item, index) => ({ item, raw: walk.raw[index] }))),
    // A malformed item has no sort values: it goes out as soon as it heads its list.
    (a, b) =>
      isInvalid(a.item) ? (isInvalid(b.item) ? 0 : -1) : isInvalid(b.item) ? 1 : order(a.item, b.item),
  );
  const items = entries.map((entry) => entry.item);
  return {
    total: sumTotals(kept),
    raw: entries.map((entry) => entry.raw),
    items,
    volumes: items.filter((item): item is Volume => !isInvalid(item)),
    invalid: items.filter(isInvalid),
    regions: plan.regions,
    missing: [...failed].map(([region, error]) => regionFailure(region, error)),
    readAt: now(),
  };
}

/** The API takes one state per request: a state group is one list per state, as the proxy does. */
function statesOf(params: ListVolumesParams): (string | undefined)[] {
  const group = params.state_group;
  return group !== undefined && isStateGroup(group) ? [...STATE_GROUPS[group]] : [params.state];
}

function source(params: ListVolumesParams, region: string, state: string | undefined): Source {
  const sent: ListVolumesParams = { ...params, region };
  delete sent.state_group;
  if (state === undefined) delete sent.state;
  else sent.state = state;
  return { key: `${region}\u0000${state ?? ''}`, region, params: sent };
}

function sumTotals(walks: readonly ListWalk[]): number | null {
  let sum = 0;
  for (const walk of walks) {
    if (walk.total === null) return null;
    sum += walk.total;
  }
  return sum;
}

/** How a region that did not answer is named: the table's banner, the file, the panel. */
export function regionFailure(region: string, error: ApiError): RegionFailure {
  return {
    region,
    // 0: no HTTP answer at all (the connection failed).
    status: error.status ?? 0,
    code: error.code,
    message: error.message,
    requestId: error.requestId,
  };
}
