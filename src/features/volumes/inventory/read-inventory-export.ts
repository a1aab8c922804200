import type { QueryClient } from '@tanstack/react-query';
import { parseApiDate } from '../../../lib/format.ts';
import type { InvalidVolume, Volume } from '../../../scp/volume-schema.ts';
import { statusQueries } from '../api/volume-queries.ts';
import type { ReadProgress } from '../all-volumes/read-account.ts';
import type { MatchingVolumes } from '../all-volumes/select-matching.ts';
import { isLocalSearch } from '../url-state/view-params.ts';
import type { VolumeView } from '../url-state/volume-view.ts';
import { inventoryScope } from './inventory-facts.ts';
import { searchInventory } from './inventory-endpoints.ts';
import { isInvalid, toVolume } from './inventory-page.ts';
import { inventoryQueries } from './inventory-queries.ts';
import { inventoryPageParams } from './search-params.ts';

const PAGE = 1000;

/**
 * Every volume the table covers, read from the inventory's search page by page (1,000 a
 * request, the table's filters and order), as the export takes a full read: so the file holds
 * what the table shows, as of the inventory's latest run, its missing regions named. The
 * attached servers' names come with the rows. A run that completes mid-read would mix two
 * readings: the read starts again from the first page when the answer's as-of moves.
 */
export async function readInventoryMatching(
  client: QueryClient,
  view: VolumeView,
  signal: AbortSignal,
  onProgress: (progress: ReadProgress) => void,
): Promise<{ matching: MatchingVolumes; names: Map<string, string> }> {
  const [status, proxy] = await Promise.all([
    client.fetchQuery(inventoryQueries.status()),
    client.fetchQuery(statusQueries.current()),
  ]);
  const { params } = inventoryPageParams(view);
  const term = isLocalSearch(view) ? view.name : null;
  for (let attempt = 0; ; attempt++) {
    const volumes: Volume[] = [];
    const invalid: InvalidVolume[] = [];
    const raw: unknown[] = [];
    const names = new Map<string, string>();
    let asOf: string | null | undefined;
    for (let offset = 0; ;) {
      const answer = await searchInventory({ ...params, limit: PAGE, offset }, signal);
      // A run completed since the first page: start again (below).
      if (asOf !== undefined && answer.as_of !== asOf) break;
      asOf = answer.as_of;
      for (const row of answer.volumes) {
        const item = toVolume(row, term);
        raw.push({ ...row.volume, region: row.region });
        if (isInvalid(item)) invalid.push(item);
        else volumes.push(item);
        for (const server of row.servers) if (server.name) names.set(server.id, server.name);
      }
      offset += answer.volumes.length;
      onProgress({ loaded: offset, total: answer.total });
      if (answer.volumes.length < PAGE || offset >= answer.total) {
        const scope = inventoryScope(answer, status, proxy.regions);
        return {
          matching: {
            volumes,
            raw,
            invalid,
            unjudged: 0,
            matches: null,
            scanned: answer.total,
            missing: scope.failed,
            namesMissing: [],
            regions: answer.regions.map((region) => region.region),
            readAt: answer.as_of === null ? Date.now() : parseApiDate(answer.as_of),
          },
          names,
        };
      }
    }
    if (attempt >= 2) throw new Error('The inventory kept changing while the file was read: try again.');
  }
}
