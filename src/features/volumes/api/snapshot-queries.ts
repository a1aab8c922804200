import { queryOptions } from '@tanstack/react-query';
import { proxyPath } from '../../../scp/api-paths.ts';
import { SNAPSHOTS_PATH } from '../../../scp/storage-paths.ts';
import type { Snapshot } from '../../../scp/snapshot-schema.ts';
import { getJson } from './volume-endpoints.ts';

/** Cinder's (and so SCP's) largest page; a volume has far fewer snapshots than this. */
const PAGE = 1000;
/** A bound on the walk: a volume with more snapshots than this is not a real account's. */
const MAX_PAGES = 20;

export interface VolumeSnapshots {
  /** Newest first. */
  snapshots: Snapshot[];
  /** `count` as the API sent it with the first page (the total), or null. */
  count: number | null;
}

/**
 * Every snapshot of one volume, in its region (named always: with several configured the
 * proxy has no list of snapshots across them). Read by marker, a page of 1,000 at a time, so the count and total
 * size the drawer shows are the whole volume's, not one page's.
 */
export async function listVolumeSnapshots(
  volumeId: string,
  region: string,
  signal?: AbortSignal,
): Promise<VolumeSnapshots> {
  const snapshots: Snapshot[] = [];
  let count: number | null = null;
  let marker: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const query = new URLSearchParams({
      volume_id: volumeId,
      limit: String(PAGE),
      with_count: String(page === 0),
    });
    if (marker !== undefined) query.set('marker', marker);
    if (region !== undefined) query.set('region', region);
    const body = await getJson(`${proxyPath(SNAPSHOTS_PATH)}?${query.toString()}`, signal, (module, raw) =>
      module.snapshotListSchema.parse(raw),
    );
    if (page === 0) count = body.count ?? null;
    snapshots.push(...body.snapshots);
    marker = body.snapshots.at(-1)?.id;
    if (body.snapshots.length < PAGE || marker === undefined) break;
  }
  // The API lists newest first; sorting again costs nothing and survives an API that does not.
  snapshots.sort((a, b) => Date.parse(b.created_at) - Date.parse(a.created_at) || (a.id < b.id ? 1 : -1));
  return { snapshots, count };
}

/**
 * Under the `volumes` key: Refresh (which invalidates it) brings the snapshots up to date with
 * the volume. `region` is part of the key here, as it is of the request's meaning.
 */
export const snapshotQueries = {
  ofVolume: (volumeId: string, region: string) =>
    queryOptions({
      queryKey: ['volumes', 'snapshots', volumeId, region] as const,
      queryFn: ({ signal }) => listVolumeSnapshots(volumeId, region, signal),
    }),
};
