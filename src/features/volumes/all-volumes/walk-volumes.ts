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

export interface WalkProgress {
  /** Items received so far, valid or not. */
  loaded: number;
  /** `count` from the first page; null when the API did not send one. */
  total: number | null;
}

export interface WalkOptions {
  fetchPage: FetchPage;
  signal?: AbortSignal;
  onProgress?: (progress: WalkProgress) => void;
  /** Each page is retried on its own; without a policy one failure ends the walk. */
  retry?: RetryPolicy;
  /**
   * Where a previous walk of the same params stopped: the walk continues after its last
   * page and adds to it. Updated only once a page has fully arrived, so after a failure it
   * still points at the page that failed.
   */
  checkpoint?: WalkCheckpoint;
}

/** The pages received so far and the marker of the next one. */
export interface WalkCheckpoint {
  result: WalkResult;
  marker: string | undefined;
  seenMarkers: Set<string>;
  /** Set once a page shows a list of several regions: it goes on by offset (isMergedList). */
  byOffset?: boolean;
}

export function newCheckpoint(): WalkCheckpoint {
  return {
    result: { total: null, raw: [], volumes: [], invalid: [] },
    marker: undefined,
    seenMarkers: new Set(),
  };
}

export interface WalkResult {
  total: number | null;
  /** Every item in the order received, unknown fields and malformed items included. */
  raw: unknown[];
  volumes: Volume[];
  invalid: InvalidVolume[];
}

/**
 * Walks every volume matching `params` with keyset paging (scp-api.md §4): 1,000 per request,
 * `marker` = id of the last item received (offset paging for a list of several regions). Only
 * the first request asks for `count`, which costs the API a second query. Sort and filters are
 * sent unchanged on every page, and any limit/offset/marker the caller left in are dropped:
 * mixing paging schemes is undefined.
 */
export async function walkVolumes(params: ListVolumesParams, options: WalkOptions): Promise<WalkResult> {
  const { fetchPage, signal, onProgress, retry, checkpoint = newCheckpoint() } = options;
  const base: ListVolumesParams = { ...params, limit: MAX_LIMIT };
  delete base.offset;
  delete base.marker;
  delete base.with_count;
  const { result, seenMarkers } = checkpoint;

  for (;;) {
    signal?.throwIfAborted();
    const { marker, byOffset } = checkpoint;
    const first = marker === undefined && !byOffset;
    const position = byOffset ? { offset: result.raw.length } : { marker };
    const request = first ? { ...base, with_count: true } : { ...base, with_count: false, ...position };
    // Parsing is part of the attempt, so a body the schema rejects is judged by the policy too.
    const attempt = async () => parsePage(await fetchPage(request, signal));
    const page = await (retry ? withRetry(attempt, retry, signal) : attempt()).catch((error: unknown) => {
      // One cancel shape for callers, whatever the transport turned the abort into.
      signal?.throwIfAborted();
      throw error;
    });
    // A late answer to an aborted request must not count as progress.
    signal?.throwIfAborted();

    // Checked before the page is kept, so a walk that stops here can be resumed cleanly.
    const full = page.raw.length >= MAX_LIMIT;
    if (full && isMergedList(page.raw)) checkpoint.byOffset = true;
    const next = !full || checkpoint.byOffset ? undefined : nextMarker(page.raw, seenMarkers);
    if (first) result.total = page.count;
    result.raw.push(...page.raw);
    result.volumes.push(...page.volumes);
    result.invalid.push(...page.invalid);
    onProgress?.({ loaded: result.raw.length, total: result.total });

    if (!full) return result;
    if (next === undefined) continue;
    seenMarkers.add(next);
    checkpoint.marker = next;
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

function parsePage(body: unknown): ReturnType<typeof parseVolumeList> & { raw: unknown[] } {
  try {
    // parseVolumeList splits valid from invalid items; the raw list keeps their order.
    return { ...parseVolumeList(body), raw: volumeListResponseSchema.parse(body).volumes };
  } catch (error) {
    // Only the envelope can throw here: an 'invalid-response' ApiError.
    throw normaliseError(error);
  }
}

/**
 * The proxy's list of several regions tags each entry with its `region` and pages only by
 * offset (a marker names an id, which orders nothing across regions), so such a walk goes on
 * by offset; the merge gives exactly the page sorting the union would, so none is lost.
 */
function isMergedList(raw: unknown[]): boolean {
  const first = raw[0];
  return typeof first === 'object' && first !== null && 'region' in first && typeof first.region === 'string';
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
