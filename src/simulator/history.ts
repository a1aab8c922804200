import type { Snapshot } from '../scp/snapshot-schema.ts';
import type { Server, Volume } from '../scp/volume-schema.ts';
import { OPERATION_SECONDS } from './churn.ts';
import { simulatorOptionsFromEnv } from './options.ts';
import { chance, createRng, int, pick, uuid, type Rng } from './random.ts';
import { snapshotPast } from './snapshot-history.ts';

/**
 * A plausible past for the simulated account, ending exactly at its present: what the inventory
 * (src/inventory) records on a first start without keys, labelled simulated. The host passes it
 * to the inventory (src/inventory/history-source.ts has the shape), so neither imports the other.
 *
 * Built backwards from the present objects with the churn model's operations (churn.ts): volumes
 * created in the window appear at their created_at; some volumes were attached until a detach,
 * or unattached until their attachment's attached_at; some were extended (half the size, then
 * `extending` for a while); a few were renamed or changed type; and some volumes that are gone
 * now were deleted (`deleting`, then absent). Every change is a few per cent of the account over
 * a month, so the history reads like a real one, deterministic for a seed. The snapshots have
 * a past too (snapshot-history.ts): taken when their created_at says, a few deleted since.
 */

/** Shares of the account changed per 30 days, by kind. */
const RATES = { deleted: 0.02, detached: 0.05, extended: 0.02, renamed: 0.01, retyped: 0.005 };
const MONTH_MS = 30 * 86_400_000;

interface Era {
  from: number;
  /** null: the volume does not exist from `from` on. */
  volume: Volume | null;
}

const iso = (time: number) => new Date(time).toISOString();
const seconds = (rng: Rng, state: string) => {
  const [min, max] = OPERATION_SECONDS[state] ?? [60, 120];
  return int(rng, min, max) * 1000;
};

/** A time in the window, preferring the volume's own modified_at when it falls there. */
function changeTime(rng: Rng, volume: Volume, start: number, end: number): number {
  const modified = volume.modified_at ? Date.parse(volume.modified_at) : NaN;
  if (modified > start && modified < end) return modified;
  return start + Math.floor(rng() * (end - start));
}

/**
 * The eras of one present volume: its changes in the window, oldest first, the present last.
 * `largeSnapshot`: it has a snapshot larger than half its size, so it was not half its size
 * before (no extension in the window).
 */
function erasOf(
  rng: Rng,
  volume: Volume,
  servers: readonly Server[],
  start: number,
  end: number,
  largeSnapshot: boolean,
): Era[] {
  const created = Date.parse(volume.created_at);
  // New in the window: it simply appears (the inventory sees it created).
  if (!(created < start)) return [{ from: created, volume }];
  const scale = (end - start) / MONTH_MS;
  const eras: Era[] = [];
  const attached = volume.servers ?? [];
  const single = attached.length === 1 && !volume.bootable && !volume.multiattach;
  const attachedAt = single ? Date.parse(attached[0]?.attached_at ?? '') : NaN;
  if (single && attachedAt > start && attachedAt < end) {
    // Attached during the window: unattached (available) until then, attaching for a moment.
    const before = { ...volume, state: 'available', servers: [], modified_at: iso(start) };
    eras.push({ from: start, volume: before });
    eras.push({ from: attachedAt - seconds(rng, 'attaching'), volume: { ...before, state: 'attaching' } });
  } else if (
    volume.state === 'available' &&
    attached.length === 0 &&
    servers.length > 0 &&
    chance(rng, RATES.detached * scale)
  ) {
    const server = pick(rng, servers);
    const at = changeTime(rng, volume, start, end);
    const before = {
      ...volume,
      state: 'in-use',
      servers: [
        { id: server.id, device: '/dev/vdc', attached_at: iso(start - int(rng, 1, 60) * 86_400_000) },
      ],
      modified_at: iso(start),
    };
    eras.push({ from: start, volume: before });
    eras.push({ from: at - seconds(rng, 'detaching'), volume: { ...before, state: 'detaching' } });
  } else if (
    volume.size >= 2 &&
    volume.size % 2 === 0 &&
    chance(rng, RATES.extended * scale) &&
    !largeSnapshot
  ) {
    const at = changeTime(rng, volume, start, end);
    const before = { ...volume, size: volume.size / 2, modified_at: iso(start) };
    eras.push({ from: start, volume: before });
    eras.push({ from: at - seconds(rng, 'extending'), volume: { ...before, state: 'extending' } });
  } else if (volume.name && chance(rng, RATES.renamed * scale)) {
    eras.push({ from: start, volume: { ...volume, name: `${volume.name}-old`, modified_at: iso(start) } });
  } else if (volume.volume_type === 'SSD' && chance(rng, RATES.retyped * scale)) {
    eras.push({ from: start, volume: { ...volume, volume_type: 'HDD', modified_at: iso(start) } });
  }
  const last = eras.at(-1);
  // The present object itself ends the history, so the first live run finds nothing new.
  eras.push({
    from: last ? Math.max(last.from + 1, changeTime(rng, volume, last.from, end)) : start,
    volume,
  });
  if (eras.length > 1) {
    const present = eras.at(-1) as Era;
    const previous = eras.at(-2) as Era;
    if (
      previous.volume?.state === 'detaching' ||
      previous.volume?.state === 'extending' ||
      previous.volume?.state === 'attaching'
    ) {
      present.from = previous.from + seconds(rng, previous.volume.state);
    }
  }
  return eras;
}

/** Volumes that existed at the window's start and are gone now: deleting, then absent. */
function deletedVolumes(rng: Rng, present: readonly Volume[], start: number, end: number): Era[][] {
  const models = present.filter((volume) => !volume.bootable && (volume.servers ?? []).length === 0);
  const count = Math.round(present.length * RATES.deleted * ((end - start) / MONTH_MS));
  const out: Era[][] = [];
  for (let i = 0; i < count && models.length > 0; i++) {
    const model = pick(rng, models);
    const gone = start + Math.floor(rng() * (end - start));
    const volume: Volume = {
      ...model,
      id: uuid(rng),
      name: model.name ? `${model.name}-tmp` : null,
      state: 'available',
      servers: [],
      created_at: iso(start - int(rng, 30, 300) * 86_400_000),
      modified_at: iso(start - int(rng, 1, 29) * 86_400_000),
    };
    const deleting = gone - seconds(rng, 'deleting');
    out.push([
      { from: start, volume },
      { from: deleting, volume: { ...volume, state: 'deleting', modified_at: iso(deleting) } },
      { from: gone, volume: null },
    ]);
  }
  return out;
}

export interface PastInput {
  region: string;
  present: readonly Volume[];
  servers: readonly Server[];
  /** The region's snapshots now, as ListSnapshots lists them. */
  snapshots: readonly Snapshot[];
  /** Oldest first; the last is the present. */
  times: readonly number[];
}

/**
 * What changed at one time: volumes that appeared or changed (the new objects), and ids gone;
 * snapshots taken, and ids of snapshots gone.
 */
export interface PastTick {
  volumes: readonly Volume[];
  gone: readonly string[];
  snapshots: readonly Snapshot[];
  snapshotsGone: readonly string[];
}

/**
 * The simulated past of one region, one tick per time (oldest first): the first holds every
 * volume of the window's start, each later one what changed since, and after the last the
 * account is exactly the present objects. Most ticks are empty: a month of 10-minute ticks costs
 * what changed, not 4,321 copies of the account.
 */
export function* simulatedPast(seed: string, input: PastInput): Generator<PastTick> {
  const start = input.times[0];
  const end = input.times.at(-1);
  if (start === undefined || end === undefined) return;
  const rng = createRng(`history:${seed}:${input.region}`);
  const largest = new Map<string, number>();
  for (const snapshot of input.snapshots) {
    largest.set(snapshot.volume_id, Math.max(largest.get(snapshot.volume_id) ?? 0, snapshot.size));
  }
  const eraLists = input.present.map((volume) =>
    erasOf(rng, volume, input.servers, start, end, (largest.get(volume.id) ?? 0) * 2 > volume.size),
  );
  const sizeAtStart = new Map(
    input.present.map((volume, i) => [volume.id, eraLists[i]?.[0]?.volume?.size ?? volume.size]),
  );
  const timelines = [...eraLists, ...deletedVolumes(rng, input.present, start, end)];
  const points = timelines
    .flatMap((eras, slot) => eras.map((era) => ({ ...era, slot })))
    .sort((a, b) => a.from - b.from);
  const snapshotPoints = snapshotPast(
    seed,
    input.region,
    input.present,
    input.snapshots,
    (volume) => sizeAtStart.get(volume.id) ?? volume.size,
    start,
    end,
  ).sort((a, b) => a.from - b.from);
  const slots: (Volume | null)[] = timelines.map(() => null);
  const held = new Set<string>();
  let next = 0;
  let nextSnapshot = 0;
  for (const [index, time] of input.times.entries()) {
    const last = index === input.times.length - 1;
    // Where a volume changed twice in one tick, only where it ended up counts.
    const touched = new Map<number, Volume | null>();
    while (next < points.length && ((points[next]?.from ?? Infinity) <= time || last)) {
      const point = points[next++] as (typeof points)[number];
      touched.set(point.slot, point.volume);
    }
    const volumes: Volume[] = [];
    const gone: string[] = [];
    for (const [slot, volume] of touched) {
      const before = slots[slot] ?? null;
      if (volume === null && before !== null) gone.push(before.id);
      else if (volume !== null && volume !== before) volumes.push(volume);
      slots[slot] = volume;
    }
    // Likewise a snapshot: where it ends up (there or gone) at this time.
    const snapshotsTouched = new Map<string, Snapshot | null>();
    while (
      nextSnapshot < snapshotPoints.length &&
      ((snapshotPoints[nextSnapshot]?.from ?? Infinity) <= time || last)
    ) {
      const point = snapshotPoints[nextSnapshot++] as (typeof snapshotPoints)[number];
      snapshotsTouched.set(point.id, point.snapshot);
    }
    const snapshots: Snapshot[] = [];
    const snapshotsGone: string[] = [];
    for (const [id, snapshot] of snapshotsTouched) {
      if (snapshot === null) {
        if (held.delete(id)) snapshotsGone.push(id);
      } else if (!held.has(id)) {
        held.add(id);
        snapshots.push(snapshot);
      }
    }
    yield { volumes, gone, snapshots, snapshotsGone };
  }
}

/**
 * The inventory's HistorySource for the simulators the proxy starts with this environment
 * (what the hosts pass in): their seed, read as the built-in simulator reads it, when used.
 */
export function simulatedHistory(env: Readonly<Record<string, string | undefined>>) {
  return { past: (input: PastInput) => simulatedPast(simulatorOptionsFromEnv(env).seed, input) };
}
