import type { SimSnapshot, SimVolume } from './model.ts';
import { chance, createRng, int, pick, uuid, weightedPicker, type Rng } from './random.ts';
import { SNAPSHOT_OPERATION_SECONDS } from './snapshot-states.ts';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
/** "Minutes ago": how far back a snapshot caught mid-operation started it. */
const RECENT_MINUTES = 30;

/**
 * Volumes that hold no snapshot: not there yet (creating, downloading, a failed create), or on
 * their way out (Cinder refuses to delete a volume that has snapshots).
 */
const NO_SNAPSHOTS: ReadonlySet<string> = new Set(['creating', 'downloading', 'deleting', 'error']);

export function canHoldSnapshots(volume: SimVolume): boolean {
  return !NO_SNAPSHOTS.has(volume.state);
}

/** Most volumes have none, some one to a handful (Horizon's Snapshots tab, most of the time). */
const pickCount = weightedPicker([
  [0, 74],
  [1, 11],
  [2, 6],
  [3, 4],
  [4, 2],
  [6, 1.5],
  [9, 1],
]);

const pickStatus = weightedPicker<string>([
  ['available', 92],
  ['error', 2],
  ['creating', 1.2],
  ['deleting', 1],
  ['backing-up', 1],
  ['error_deleting', 1],
  ['restoring', 0.6],
  ['unmanaging', 0.3],
]);

/** A daily schedule kept for weeks: enough snapshots for the drawer to page. */
const SERIES_CHANCE = 0.004;
export const SERIES_MIN = 24;
const SERIES_MAX = 60;

export interface SnapshotOptions {
  /** The region's own seed (catalog.ts regionSeed): each region's snapshots differ. */
  seed: string;
  referenceTime: number;
}

/**
 * Snapshots consistent with the volumes: each belongs to a volume that can hold one, was
 * taken after the volume was created and before now, and is at most the volume's size (the
 * size it had then: an extended volume's older snapshots are smaller). A volume created from a
 * snapshot (`snapshot_id`) mostly finds it among another volume's snapshots. Drawn from a
 * stream of its own, so the volumes are what they were before snapshots existed.
 */
export function generateSnapshots(volumes: readonly SimVolume[], options: SnapshotOptions): SimSnapshot[] {
  const rng = createRng(`snapshots:${options.seed}`);
  const now = options.referenceTime;
  const snapshots: SimSnapshot[] = [];
  let showcase = true;
  for (const volume of volumes) {
    if (!canHoldSnapshots(volume) || now - volume.createdAt < 20 * MINUTE_MS) continue;
    const ageDays = Math.floor((now - volume.createdAt) / DAY_MS);
    // The first volume that can always carries a series, so even a small account has one to page.
    if ((showcase || chance(rng, SERIES_CHANCE)) && ageDays > SERIES_MIN) {
      showcase = false;
      snapshots.push(...series(rng, volume, Math.min(int(rng, SERIES_MIN + 8, SERIES_MAX), ageDays), now));
      continue;
    }
    const count = pickCount(rng);
    for (let i = 0; i < count; i++) snapshots.push(single(rng, volume, now));
  }
  snapshots.push(...sources(rng, volumes, now));
  return snapshots;
}

function day(time: number): string {
  return new Date(time).toISOString().slice(0, 10).replaceAll('-', '');
}

/** Half the size before an extension, for some volumes' older snapshots. */
function sizeAt(volume: SimVolume, extendedAt: number | null, time: number): number {
  return extendedAt !== null && time < extendedAt ? Math.max(1, Math.floor(volume.size / 2)) : volume.size;
}

function extension(rng: Rng, volume: SimVolume, now: number): number | null {
  if (volume.size < 16 || !chance(rng, 0.15)) return null;
  return volume.createdAt + Math.floor(rng() * (now - volume.createdAt));
}

/**
 * Daily, newest within the last day, as a backup schedule keeps them. Dated back from now like
 * everything else, so another start shifts them and changes nothing else.
 */
function series(rng: Rng, volume: SimVolume, count: number, now: number): SimSnapshot[] {
  const extendedAt = extension(rng, volume, now);
  const base = volume.name || 'volume';
  const latest = now - int(rng, 10, 1400) * MINUTE_MS;
  const out: SimSnapshot[] = [];
  for (let i = 0; i < count; i++) {
    const createdAt = latest - i * DAY_MS + int(rng, 0, 120) * 1000;
    if (createdAt <= volume.createdAt || createdAt > now) continue;
    out.push({
      id: uuid(rng),
      volumeId: volume.id,
      name: `${base}-daily-${day(createdAt)}`,
      description: 'Automatic daily snapshot',
      size: sizeAt(volume, extendedAt, createdAt),
      status: chance(rng, 0.04) ? 'error' : 'available',
      createdAt,
      updatedAt: Math.min(now, createdAt + int(rng, 20, 400) * 1000),
      userId: volume.userId,
      metadata: { schedule: 'daily' },
    });
  }
  return out;
}

const SINGLE_NAMES: readonly ((base: string, on: string) => string | null)[] = [
  (base, on) => `${base}-snap-${on}`,
  (base, on) => `${base}-snap-${on}`,
  (_, on) => `before-upgrade-${on}`,
  () => 'pre-patch',
  (_, on) => `백업-${on}`,
  () => 'manual',
  () => null,
  () => '',
];

const DESCRIPTIONS = [
  null,
  null,
  null,
  null,
  'Before OS patch',
  '작업 전 백업',
  'Requested before a migration',
];

function single(rng: Rng, volume: SimVolume, now: number): SimSnapshot {
  const status = pickStatus(rng);
  const extendedAt = extension(rng, volume, now);
  const operation = SNAPSHOT_OPERATION_SECONDS[status];
  const recent = now - int(rng, 1, RECENT_MINUTES) * MINUTE_MS;
  let createdAt =
    volume.createdAt + 10 * MINUTE_MS + Math.floor(rng() * (now - volume.createdAt - 11 * MINUTE_MS));
  if (status === 'creating') createdAt = Math.max(volume.createdAt + MINUTE_MS, recent);
  let updatedAt: number | null = Math.min(now, createdAt + int(rng, 5, 600) * 1000);
  if (status === 'creating') updatedAt = null;
  else if (operation) updatedAt = Math.max(createdAt, recent);
  return {
    id: uuid(rng),
    volumeId: volume.id,
    name: pick(rng, SINGLE_NAMES)(volume.name || 'volume', day(createdAt)),
    description: pick(rng, DESCRIPTIONS),
    size: sizeAt(volume, extendedAt, createdAt),
    status,
    createdAt,
    updatedAt,
    userId: volume.userId,
    metadata: chance(rng, 0.15) ? { ticket: `OPS-${int(rng, 1000, 9999)}` } : {},
  };
}

/**
 * The snapshots volumes were created from (their `snapshot_id`), where one fits: taken from
 * another volume no larger than the new one (Cinder creates a volume at least the snapshot's
 * size), before the new one existed. The rest were deleted since, as happens.
 */
function sources(rng: Rng, volumes: readonly SimVolume[], now: number): SimSnapshot[] {
  const out: SimSnapshot[] = [];
  if (volumes.length < 2) return out;
  for (const volume of volumes) {
    if (volume.snapshotId === null || !chance(rng, 0.6)) continue;
    for (let attempt = 0; attempt < 30; attempt++) {
      const source = volumes[int(rng, 0, volumes.length - 1)] as SimVolume;
      const window = volume.createdAt - MINUTE_MS - (source.createdAt + 10 * MINUTE_MS);
      if (source === volume || !canHoldSnapshots(source) || source.size > volume.size || window <= 0)
        continue;
      const createdAt = source.createdAt + 10 * MINUTE_MS + Math.floor(rng() * window);
      out.push({
        id: volume.snapshotId,
        volumeId: source.id,
        name: `${source.name || 'volume'}-snap-${day(createdAt)}`,
        description: 'Source of a cloned volume',
        size: source.size,
        status: 'available',
        createdAt,
        updatedAt: Math.min(now, createdAt + int(rng, 5, 600) * 1000),
        userId: volume.userId,
        metadata: {},
      });
      break;
    }
  }
  return out;
}
