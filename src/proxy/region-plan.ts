import { type EndpointName, ENDPOINTS } from '../scp/endpoints.ts';
import { DEFAULT_LIMIT, isPagingParam, MAX_LIMIT, type QueryValues } from '../scp/list-query.ts';
import { ALL_REGIONS } from '../scp/regions.ts';
import { DEFAULT_SORT, parseSortTerms } from '../scp/sort-terms.ts';
import { isStateGroup, STATE_GROUP_NAMES, STATE_GROUPS } from '../scp/volume-states.ts';
import type { MergedListRequest } from './merged-volumes.ts';

/** What one browser request becomes: one upstream request to a region, or a merged list. */
export type RegionPlan =
  | { kind: 'forward'; region: string; upstreamPath: string }
  | { kind: 'merge'; request: MergedListRequest }
  /** An item asked for by id without its region: every region is asked, the one that has it answers. */
  | { kind: 'find'; regions: readonly string[]; upstreamPath: string }
  | { kind: 'reject'; message: string };

export interface PlanInput {
  endpoint: EndpointName;
  upstreamPath: string;
  /** The forwarded parameters, parsed once by the router (route.ts). */
  query: QueryValues;
  proxyParams: Readonly<Record<string, string>>;
  /** Configured regions, the default first. */
  regions: readonly string[];
}

const WHOLE = /^\d+$/;

/**
 * Reads answered by one region at a time, and why. Quotas and volume types are per region by
 * nature, and an answer made of several would need an envelope of the proxy's own: the
 * browser asks each region instead (it knows them from /api/status), so every body stays SCP's
 * as sent and each region loads, fails and retries on its own. The server and snapshot lists
 * page by marker, which cannot span regions (and the snapshot list has no sort to merge by).
 */
const ONE_REGION: Partial<Record<EndpointName, string>> = {
  listServers: 'The server list pages by marker within one region',
  listSnapshots: 'Snapshots are listed per region',
  showVolumeQuotaSet: 'Quotas are per region',
  listVolumeTypes: 'Volume types are per region',
  showDefaultVolumeType: 'Volume types are per region',
};

/**
 * `region` (absent, `all` or a configured region) and `state_group` decide where a request
 * goes. A list of several regions or states is merged; anything else is forwarded as it was.
 */
export function planRegions({ endpoint, upstreamPath, query, proxyParams, regions }: PlanInput): RegionPlan {
  const asked = proxyParams.region;
  const list = endpoint === 'listVolumes';
  if (asked !== undefined && asked !== ALL_REGIONS && !regions.includes(asked)) {
    return { kind: 'reject', message: `Unknown region "${asked}": this server lists ${regions.join(', ')}.` };
  }
  const perRegion = ONE_REGION[endpoint];
  if (perRegion !== undefined) {
    if (asked === ALL_REGIONS || (asked === undefined && regions.length > 1)) {
      return { kind: 'reject', message: `${perRegion}: name it (region=${regions.join(' or region=')}).` };
    }
    return { kind: 'forward', region: asked ?? (regions[0] as string), upstreamPath };
  }
  if (!list) {
    if (asked === ALL_REGIONS) {
      const what = ENDPOINTS[endpoint].resource ?? 'resource';
      return { kind: 'reject', message: `A ${what} lives in one region: name it.` };
    }
    if (asked === undefined && regions.length > 1) return { kind: 'find', regions, upstreamPath };
    return { kind: 'forward', region: asked ?? (regions[0] as string), upstreamPath };
  }
  const chosen = asked === undefined || asked === ALL_REGIONS ? regions : [asked];
  const group = proxyParams.state_group;
  if (group !== undefined && !isStateGroup(group)) {
    return {
      kind: 'reject',
      message: `Unknown state_group "${group}": use one of ${STATE_GROUP_NAMES.join(', ')}.`,
    };
  }
  if (chosen.length === 1 && group === undefined) {
    return { kind: 'forward', region: chosen[0] as string, upstreamPath };
  }
  return mergePlan(query, chosen, group === undefined ? [null] : STATE_GROUPS[group]);
}

function mergePlan(
  query: QueryValues,
  regions: readonly string[],
  states: readonly (string | null)[],
): RegionPlan {
  if (query.has('marker')) {
    return {
      kind: 'reject',
      message: 'marker paging does not span regions or state groups: page with offset and limit.',
    };
  }
  if (states[0] !== null && query.has('state')) {
    return { kind: 'reject', message: 'Give state or state_group, not both.' };
  }
  const limit = query.get('limit') ?? String(DEFAULT_LIMIT);
  const offset = query.get('offset') ?? '0';
  if (!WHOLE.test(limit) || Number(limit) > MAX_LIMIT) {
    return {
      kind: 'reject',
      message: `limit must be a whole number from 0 to ${MAX_LIMIT}, got "${limit}".`,
    };
  }
  if (!WHOLE.test(offset) || !Number.isSafeInteger(Number(offset))) {
    return { kind: 'reject', message: `offset must be a whole number of 0 or more, got "${offset}".` };
  }
  const rawSort = query.get('sort');
  const sort = rawSort ? parseSortTerms(rawSort) : { ok: true as const, terms: [...DEFAULT_SORT] };
  if (!sort.ok) {
    return {
      kind: 'reject',
      message:
        sort.problem === 'key'
          ? `Invalid sort key "${sort.key}".`
          : `Invalid sort direction "${sort.direction}".`,
    };
  }
  // Every forwarded parameter but paging (the merge pages the union itself): a filter the
  // route table gains is sent to each region and state without a change here.
  const filters = new Map([...query].filter(([key]) => !isPagingParam(key)));
  return {
    kind: 'merge',
    request: { regions, states, filters, sort: sort.terms, offset: Number(offset), limit: Number(limit) },
  };
}
