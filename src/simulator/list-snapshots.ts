import { MAX_LIMIT } from '../scp/list-query.ts';
import { parseBoolean, readLimit, readOffset } from './list-params.ts';
import { serviceText, type Text } from './messages.ts';
import type { SimSnapshot } from './model.ts';
import { newerFirst } from './snapshot-book.ts';
import type { VolumeStore } from './store.ts';

export type SnapshotListResult =
  { ok: true; snapshots: SimSnapshot[]; count: number | null } | { ok: false; error: Text };

/** The OpenAPI file's bounds on `name` (minLength 1, maxLength 255). */
const MAX_NAME_LENGTH = 255;

/**
 * One page of ListSnapshots, newest first (no `sort` is documented; Cinder's default order).
 * As in Cinder: without `limit` (or above 1,000) a page holds at most 1,000; `with_count`
 * defaults to false; `marker` continues after that snapshot's place even when the filters
 * exclude it, and an unknown one is a 400; `offset` then skips matches. `volume_id` and `name`
 * match exactly; empty ones count as absent.
 */
export function listSnapshots(store: VolumeStore, params: URLSearchParams): SnapshotListResult {
  const withCount = parseBoolean(params, 'with_count');
  if (withCount.error) return { ok: false, error: withCount.error };
  // Above 1,000 is capped below, not refused.
  const limit = readLimit(params, MAX_LIMIT, Infinity);
  if (!limit.ok) return limit;
  const offset = readOffset(params);
  if (!offset.ok) return offset;
  const name = params.get('name') || null;
  if (name !== null && name.length > MAX_NAME_LENGTH) {
    return { ok: false, error: serviceText.badLength('name', MAX_NAME_LENGTH) };
  }
  const volumeId = params.get('volume_id') || undefined;
  const marker = params.get('marker') || null;

  const after = marker === null ? null : store.snapshots.get(marker);
  if (after === undefined) return { ok: false, error: serviceText.markerNotFound(marker ?? '') };
  const matches = (snapshot: SimSnapshot) => name === null || snapshot.name === name;
  // One volume's snapshots are kept apart, so the drawer's question never walks the region.
  const candidates = store.snapshots.list(volumeId);
  const hits = candidates.filter(
    (snapshot) => matches(snapshot) && (after === null || newerFirst(after, snapshot) < 0),
  );
  const page = hits.slice(offset.value, offset.value + Math.min(limit.value, MAX_LIMIT));
  return {
    ok: true,
    snapshots: page,
    count: withCount.value === true ? candidates.filter(matches).length : null,
  };
}
