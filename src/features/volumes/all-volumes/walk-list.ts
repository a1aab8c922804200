import { ApiError, normaliseError } from '../../../lib/api-error.ts';
import { withRetry, type RetryPolicy } from '../../../lib/with-retry.ts';
import { MAX_LIMIT, type ListVolumesParams } from '../../../scp/list-query.ts';
import {
  parseVolumeList,
  volumeListResponseSchema,
  type InvalidVolume,
  type Volume,
} from '../../../scp/volume-schema.ts';

/** One ListVolumes request; resolves to the response body exactly as received. */
export type FetchPage = (params: ListVolumesParams, signal?: AbortSignal) => Promise<unknown>;

/** A list item: the volume, or what was wrong with it (kept, so nothing is lost silently). */
export type ListItem = Volume | InvalidVolume;

export function isInvalid(item: ListItem): item is InvalidVolume {
  return 'invalid' in item && item.invalid === true;
}

/**
 * One list (one region, one state) as far as it has been read: a checkpoint as much as a
 * result. It changes only once a page has fully arrived, so after a failure it points at the
 * page that failed and a second walk carries on from there.
 */
export interface ListWalk {
  /** `count` from the first page; null when the API sent none. */
  total: number | null;
  /** Every item in the order received, unknown fields and malformed items included. */
  raw: unknown[];
  /** `raw`, parsed: the same length and order. */
  items: ListItem[];
  marker: string | undefined;
  seenMarkers: Set<string>;
  done: boolean;
}

export function newListWalk(): ListWalk {
  return { total: null, raw: [], items: [], marker: undefined, seenMarkers: new Set(), done: false };
}

export interface WalkListOptions {
  fetchPage: FetchPage;
  signal?: AbortSignal;
  /** Each page is retried on its own; without a policy one failure ends the walk. */
  retry?: RetryPolicy;
  /** Written on every item as the proxy does on a list of several regions, so rows name it. */
  region?: string;
  /** After each page that arrived. */
  onPage?: () => void;
}

/**
 * Reads one list to its end by keyset paging (scp-api.md §4): 1,000 per request, `marker` =
 * the id of the last item received. Only the first request asks for `count`, which costs the
 * API a second query. Filters and sort are sent unchanged on every page; any paging the caller
 * left in is dropped, since mixing schemes is undefined. `params` must name one region (and at
 * most one state): the proxy then forwards each page to that region as it is, and marker
 * paging holds. Resumes `walk` where it stopped.
 */
export async function walkList(params: ListVolumesParams, walk: ListWalk, options: WalkListOptions) {
  const { fetchPage, signal, retry, region, onPage } = options;
  const base: ListVolumesParams = { ...params, limit: MAX_LIMIT };
  delete base.offset;
  delete base.marker;
  delete base.with_count;

  while (!walk.done) {
    signal?.throwIfAborted();
    const first = walk.marker === undefined;
    const request = first
      ? { ...base, with_count: true }
      : { ...base, with_count: false, marker: walk.marker };
    // Parsing is part of the attempt, so a body the schema rejects is judged by the policy too.
    const attempt = async () => parsePage(await fetchPage(request, signal), region);
    const page = await (retry ? withRetry(attempt, retry, signal) : attempt()).catch((error: unknown) => {
      // One cancel shape for callers, whatever the transport turned the abort into.
      signal?.throwIfAborted();
      throw error;
    });
    // A late answer to an aborted request must not count as progress.
    signal?.throwIfAborted();

    // Checked before the page is kept, so a walk that stops here can be resumed cleanly.
    const full = page.raw.length >= MAX_LIMIT;
    const next = full ? nextMarker(page.raw, walk.seenMarkers) : undefined;
    if (first) walk.total = page.count;
    walk.raw.push(...page.raw);
    walk.items.push(...page.items);
    if (next === undefined) walk.done = true;
    else {
      walk.seenMarkers.add(next);
      walk.marker = next;
    }
    onPage?.();
  }
}

function nextMarker(raw: unknown[], seenMarkers: Set<string>): string {
  const next = lastId(raw);
  if (seenMarkers.has(next)) {
    // The API ignored the marker (or an id repeats): without this the walk never ends.
    throw new ApiError({
      kind: 'invalid-response',
      message: `Paging did not advance: marker ${next} was returned as the last item twice.`,
    });
  }
  return next;
}

interface Page {
  count: number | null;
  raw: unknown[];
  items: ListItem[];
}

function parsePage(body: unknown, region: string | undefined): Page {
  let list;
  try {
    list = volumeListResponseSchema.parse(body);
  } catch (error) {
    // Only the envelope can throw here: an 'invalid-response' ApiError.
    throw normaliseError(error);
  }
  const [failure] = list.failures ?? [];
  if (failure) {
    // The proxy's merged answer with a region missing is not this page: fail it like a 5xx, so
    // it is retried, and named if it still fails. (A walk names one region, so the proxy should
    // never merge; this holds even if it did.)
    throw new ApiError({
      kind: 'http',
      status: failure.status,
      code: failure.code,
      message: `${failure.region} did not answer: ${failure.message}`,
      requestId: failure.requestId,
    });
  }
  if (region !== undefined) {
    for (const item of list.volumes)
      if (typeof item === 'object' && item !== null) (item as { region?: string }).region = region;
  }
  const parsed = parseVolumeList(body);
  return { count: parsed.count, raw: list.volumes, items: inReceivedOrder(list.volumes, parsed) };
}

/**
 * parseVolumeList splits valid from invalid items (and is the table's, in the first bundle);
 * each invalid entry keeps its item as `raw`, so the order received is rebuilt by identity.
 */
function inReceivedOrder(raw: unknown[], parsed: { volumes: Volume[]; invalid: InvalidVolume[] }) {
  const items: ListItem[] = [];
  let valid = 0;
  let invalid = 0;
  for (const item of raw) {
    const bad = parsed.invalid[invalid];
    if (bad !== undefined && bad.raw === item) {
      items.push(bad);
      invalid++;
    } else items.push(parsed.volumes[valid++] as Volume);
  }
  return items;
}

/** Keyset paging needs the id of the last item as received, even when that item is malformed. */
function lastId(raw: unknown[]): string {
  const last = raw.at(-1);
  if (
    typeof last === 'object' &&
    last !== null &&
    'id' in last &&
    typeof last.id === 'string' &&
    last.id !== ''
  ) {
    return last.id;
  }
  throw new ApiError({
    kind: 'invalid-response',
    message: 'The last volume of a full page has no id, so the next page cannot be requested.',
  });
}
