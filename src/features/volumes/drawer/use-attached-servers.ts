import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import type { Attachment, Server } from '../../../scp/volume-schema.ts';
import { serverQueries } from '../api/volume-queries.ts';

/**
 * Resolves each attached server's name with ShowServer. One request per distinct server, in
 * parallel; the queries share the cache with every other view (long staleTime), so paging
 * through volumes attached to the same servers costs nothing after the first. A volume's
 * servers are in its own region, so that region routes the lookups.
 */
export function useAttachedServers(
  attachments: readonly Attachment[],
  region: string | undefined,
): Map<string, UseQueryResult<Server>> {
  const ids = [...new Set(attachments.map((attachment) => attachment.id))];
  const results = useQueries({ queries: ids.map((id) => serverQueries.detail(id, region)) });
  return new Map(ids.map((id, index) => [id, results[index] as UseQueryResult<Server>]));
}
