import type { RegionFailure } from '../../../scp/region-failure.ts';
import type { InventoryStatus, SearchResult } from '../../../scp/inventory-schema.ts';

/** What a place that shows the inventory's figures says about them: as of when, and which region is behind. */
export interface InventoryScope {
  /** The latest observation the answer includes. */
  asOf: string | null;
  /** Regions whose latest run failed: what the inventory holds of them is older (or nothing). */
  failed: RegionFailure[];
  /** Regions the proxy lists that no complete run has observed: not in the answer at all. */
  unseen: string[];
}

/**
 * Honesty about a partial answer, as the browser's own reads have it (issue #23): each region
 * whose most recent run failed is named with SCP's status, code and request id, and a region the
 * inventory has never observed is named as missing.
 */
export function inventoryScope(
  answer: Pick<SearchResult, 'as_of' | 'regions'>,
  status: InventoryStatus | undefined,
  configured: readonly string[],
): InventoryScope {
  const failed: RegionFailure[] = [];
  const seen = new Set<string>();
  // Newest run first: a region's first outcome met is its latest.
  for (const run of status?.last_runs ?? []) {
    for (const outcome of run.regions) {
      if (seen.has(outcome.region)) continue;
      seen.add(outcome.region);
      if (outcome.outcome === 'failed') {
        failed.push({
          region: outcome.region,
          status: outcome.status ?? 0,
          code: outcome.code,
          message: outcome.error ?? '',
          requestId: outcome.request_id,
        });
      }
    }
  }
  const observed = new Set(answer.regions.map((region) => region.region));
  return {
    asOf: answer.as_of,
    failed,
    unseen: configured.filter((region) => !observed.has(region)),
  };
}
