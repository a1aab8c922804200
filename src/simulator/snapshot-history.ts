import type { Snapshot } from '../scp/snapshot-schema.ts';
import type { Volume } from '../scp/volume-schema.ts';
import { chance, createRng, int, uuid } from './random.ts';

/** Share of the older volumes that had a snapshot deleted per 30 days. */
const DELETED_PER_MONTH = 0.03;
const MONTH_MS = 30 * 86_400_000;
const MINUTE_MS = 60_000;

/** States in which a volume holds no snapshot (generate-snapshots.ts, canHoldSnapshots). */
const NO_SNAPSHOTS: ReadonlySet<string> = new Set(['creating', 'downloading', 'deleting', 'error']);

/** One snapshot appearing (`snapshot`) or going (`gone`) at a time of the past. */
export interface SnapshotPoint {
  from: number;
  snapshot: Snapshot | null;
  id: string;
}

const iso = (time: number) => new Date(time).toISOString();
const day = (time: number) => iso(time).slice(0, 10).replaceAll('-', '');

/**
 * The snapshots' past, on a stream of its own (the volumes' past is what it was without it):
 * every present snapshot from its created_at (or from the start, when older), so each volume's
 * daily series grows by one a day as its schedule took them; and a few snapshots of the older
 * volumes that existed at the start and were deleted since, at most as large as the volume was
 * then (`sizeAt`). Ends with exactly the present snapshots.
 */
export function snapshotPast(
  seed: string,
  region: string,
  present: readonly Volume[],
  snapshots: readonly Snapshot[],
  sizeAt: (volume: Volume, time: number) => number,
  start: number,
  end: number,
): SnapshotPoint[] {
  const rng = createRng(`history-snapshots:${seed}:${region}`);
  const points: SnapshotPoint[] = snapshots.map((snapshot) => {
    const created = Date.parse(snapshot.created_at);
    return { from: Number.isNaN(created) ? start : Math.max(start, created), snapshot, id: snapshot.id };
  });
  const rate = DELETED_PER_MONTH * ((end - start) / MONTH_MS);
  for (const volume of present) {
    const created = Date.parse(volume.created_at);
    if (!(created < start - 20 * MINUTE_MS) || NO_SNAPSHOTS.has(volume.state) || !chance(rng, rate)) continue;
    const taken = created + 10 * MINUTE_MS + Math.floor(rng() * (start - created - 10 * MINUTE_MS));
    const gone = start + 1 + Math.floor(rng() * (end - start - 1));
    const snapshot: Snapshot = {
      id: uuid(rng),
      volume_id: volume.id,
      name: `${volume.name || 'volume'}-snap-${day(taken)}`,
      description: null,
      size: Math.max(1, Math.min(int(rng, 1, volume.size), sizeAt(volume, start))),
      status: 'available',
      created_at: iso(taken),
      updated_at: iso(taken + int(rng, 5, 600) * 1000),
      metadata: {},
    };
    points.push({ from: start, snapshot, id: snapshot.id }, { from: gone, snapshot: null, id: snapshot.id });
  }
  return points;
}
