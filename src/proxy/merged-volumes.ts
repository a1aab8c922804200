import { describeErrorBody } from '../scp/error-body.ts';
import { endpointPath, ENDPOINTS } from '../scp/endpoints.ts';
import { encodeQuery, inOrder, type QueryValues } from '../scp/list-query.ts';
import { mergedPage, type MergeSource } from '../scp/merged-list/merged-page.ts';
import type { RegionFailure } from '../scp/region-failure.ts';
import { compareListed } from '../scp/sort-order.ts';
import type { SortTerm } from '../scp/sort-terms.ts';
import type { Volume } from '../scp/volume-schema.ts';

/** One upstream answer, bytes as received (a failure to connect is the proxy's own answer). */
export interface RegionAnswer {
  status: number;
  body: Buffer;
  contentType: string | undefined;
  /** The region that failed, when a lookup across several relays its failure (REGION_HEADER). */
  failedRegion?: string;
}

/** Sends one signed GET to a region's endpoint: `path` is `/v1/volumes?…`. */
export type CallRegion = (region: string, path: string) => Promise<RegionAnswer>;

export interface MergedListRequest {
  regions: readonly string[];
  /** One list query per state (a state group), or [null] for the request's own `state`. */
  states: readonly (string | null)[];
  /** The request's list parameters but paging (the filters and the sort), as the browser gave them. */
  filters: QueryValues;
  sort: readonly SortTerm[];
  offset: number;
  limit: number;
}

const LIST_PATH = endpointPath('listVolumes');

/** A volume as merged: the API's fields plus the region it came from. */
type RegionVolume = Volume & { region: string };

class RegionError extends Error {
  constructor(
    readonly failure: RegionFailure,
    readonly answer: RegionAnswer,
  ) {
    super(failure.message);
  }
}

function failureOf(region: string, answer: RegionAnswer, body: unknown): RegionError {
  const described = describeErrorBody(body);
  return new RegionError(
    {
      region,
      status: answer.status,
      code: described.code,
      message: described.message ?? `HTTP ${answer.status}`,
      requestId: described.requestId,
    },
    answer,
  );
}

function parse(answer: RegionAnswer): unknown {
  const text = answer.body.toString('utf8');
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function source(request: MergedListRequest, region: string, state: string | null, call: CallRegion) {
  const read: MergeSource<RegionVolume>['read'] = async ({ offset, limit, withCount }) => {
    const values = new Map<string, string>(request.filters);
    values.set('with_count', String(withCount));
    values.set('limit', String(limit));
    values.set('offset', String(offset));
    if (state !== null) values.set('state', state);
    // The route table's order, as every forwarded list query: the signed string is predictable.
    const query = encodeQuery(inOrder(ENDPOINTS.listVolumes.query, values));
    const answer = await call(region, `${LIST_PATH}?${query}`);
    const body = parse(answer);
    if (answer.status < 200 || answer.status > 299) throw failureOf(region, answer, body);
    const list = body as { count?: unknown; volumes?: unknown };
    if (typeof list !== 'object' || list === null || !Array.isArray(list.volumes)) {
      throw failureOf(region, { ...answer, status: 502 }, `${region} answered a list that is not JSON.`);
    }
    const volumes = (list.volumes as Volume[]).map((volume) => ({ ...volume, region }));
    return { items: volumes, count: typeof list.count === 'number' ? list.count : null };
  };
  return { group: region, read };
}

export type MergedListResult =
  | { ok: true; body: { count: number; volumes: RegionVolume[]; failures?: RegionFailure[] } }
  /** Every region failed: the first failure is relayed as it was answered. */
  | { ok: false; answer: RegionAnswer };

/**
 * The list of several regions (and/or several states) as one list: exactly the page sorting
 * their union would give, ties broken by region then id; `count` is the sum. A region that
 * fails is left out and named in `failures`. Upstream cost: see mergedPage.
 */
export async function mergedVolumeList(
  request: MergedListRequest,
  call: CallRegion,
): Promise<MergedListResult> {
  const sources = request.regions.flatMap((region) =>
    request.states.map((state) => source(request, region, state, call)),
  );
  const page = await mergedPage(sources, {
    compare: compareListed(request.sort),
    offset: request.offset,
    limit: request.limit,
  });
  const failures = page.failures.map(({ error }) => {
    if (error instanceof RegionError) return error;
    throw error;
  });
  if (failures.length === request.regions.length && failures[0])
    return { ok: false, answer: failures[0].answer };
  return {
    ok: true,
    body: {
      count: page.count,
      volumes: page.items,
      ...(failures.length > 0 ? { failures: failures.map((failure) => failure.failure) } : {}),
    },
  };
}

/** The merged list as the browser receives it: the page, or the failure every region gave. */
export async function mergedListAnswer(request: MergedListRequest, call: CallRegion): Promise<RegionAnswer> {
  const result = await mergedVolumeList(request, call);
  if (!result.ok) return result.answer;
  return {
    status: 200,
    body: Buffer.from(JSON.stringify(result.body)),
    contentType: 'application/json; charset=utf-8',
  };
}
