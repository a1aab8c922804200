import type { Snapshot } from '../scp/snapshot-schema.ts';
import type { Server, Volume } from '../scp/volume-schema.ts';
import type { UpstreamTarget } from '../proxy/upstream.ts';
import { currentOf, type DiffContext, diffGone, diffVolume, type VolumeChange } from './diff.ts';
import type { HistorySource } from './history-source.ts';
import type { ChangeEvent, CurrentVolume, NewVersion, SnapshotRecord } from './model.ts';
import { observeVolume } from './observe.ts';
import type { InventoryDb } from './store/engine.ts';
import { writeMeta } from './store/meta.ts';
import { type PastRegion, writePast } from './store/observations.ts';
import { walkServers, walkSnapshots, walkVolumes, type WalkContext } from './walk.ts';

export interface BackfillInput {
  db: InventoryDb;
  source: HistorySource;
  regions: ReadonlyMap<string, UpstreamTarget>;
  /** A walk context per region (its target, requests counted). */
  context: (target: UpstreamTarget) => WalkContext;
  now: number;
  intervalMs: number;
  days: number;
  owner: string;
}

export interface BackfillResult {
  regions: string[];
  runs: number;
  versions: number;
  events: number;
  requests: number;
}

interface Present {
  volumes: Volume[];
  servers: Server[];
  snapshots: Snapshot[];
}

/** The present of one region, read whole (the simulated accounts this serves are small). */
async function readPresent(context: WalkContext): Promise<Present | null> {
  const servers: Server[] = [];
  const names = await walkServers(context);
  if (!names.ok) return null;
  for (const [id, name] of names.names) servers.push({ id, name });
  const snapshots: Snapshot[] = [];
  const listed = await walkSnapshots(context, (snapshot) => snapshots.push(snapshot));
  if (!listed.ok) return null;
  const volumes: Volume[] = [];
  const walked = await walkVolumes(context, async (page) => {
    volumes.push(...page.volumes);
  });
  return walked.ok ? { volumes, servers, snapshots } : null;
}

/** Each volume's snapshots as the past unfolds: what its observation at each time counts. */
function snapshotLedger() {
  const byVolume = new Map<string, Map<string, SnapshotRecord>>();
  const owner = new Map<string, string>();
  return {
    /** Applies a tick's snapshots; returns the volumes whose snapshots changed. */
    apply(taken: readonly Snapshot[], gone: readonly string[]): Set<string> {
      const touched = new Set<string>();
      for (const id of gone) {
        const volumeId = owner.get(id);
        if (volumeId === undefined) continue;
        owner.delete(id);
        byVolume.get(volumeId)?.delete(id);
        touched.add(volumeId);
      }
      for (const snapshot of taken) {
        let list = byVolume.get(snapshot.volume_id);
        if (!list) byVolume.set(snapshot.volume_id, (list = new Map()));
        list.set(snapshot.id, { id: snapshot.id, name: snapshot.name ?? null, sizeGb: snapshot.size });
        owner.set(snapshot.id, snapshot.volume_id);
        touched.add(snapshot.volume_id);
      }
      return touched;
    },
    of: (volumeId: string): SnapshotRecord[] => [...(byVolume.get(volumeId)?.values() ?? [])],
  };
}

/**
 * The simulated past: every `intervalMs` over `days` up to now, one complete simulated run
 * each, through the same diff as live runs, written in one transaction. Regions whose present
 * cannot be read get no past (their history begins with their first live run).
 */
export async function backfill(input: BackfillInput): Promise<BackfillResult> {
  const count = Math.floor((input.days * 86_400_000) / input.intervalMs);
  const times = Array.from({ length: count + 1 }, (_, i) => input.now - (count - i) * input.intervalMs);
  let requests = 0;
  const presents: ({ region: string } & Present)[] = [];
  for (const [region, target] of input.regions) {
    const base = input.context(target);
    const present = await readPresent({ ...base, count: () => (base.count(), requests++) });
    if (present) presents.push({ region, ...present });
  }
  if (presents.length === 0) return { regions: [], runs: 0, versions: 0, events: 0, requests };

  let versionCount = 0;
  let eventCount = 0;
  const build = (runIds: readonly number[]): PastRegion[] =>
    presents.map(({ region, volumes, servers, snapshots }) => {
      const names = new Map(servers.map((server) => [server.id, server.name ?? null]));
      const ledger = snapshotLedger();
      /** Each volume's latest object: observed again when only its snapshots change. */
      const objects = new Map<string, Volume>();
      const versions: PastRegion['versions'][number][] = [];
      const open = new Map<string, number>();
      const current = new Map<string, CurrentVolume>();
      const events: ChangeEvent[] = [];
      const outcomes: PastRegion['outcomes'][number][] = [];
      let index = 0;
      const past = input.source.past({ region, present: volumes, servers, snapshots, times });
      for (const tick of past) {
        const at = times[index] as number;
        const runId = runIds[index] as number;
        const context: DiffContext = { region, runId, at, baseline: index === 0 };
        // The live run's diff, volume by volume: what the tick says changed, then what is gone.
        const changes: VolumeChange[] = [];
        const touched = ledger.apply(tick.snapshots, tick.snapshotsGone);
        for (const volume of tick.volumes) {
          objects.set(volume.id, volume);
          touched.add(volume.id);
        }
        const gone = new Set(tick.gone);
        for (const id of touched) {
          const volume = objects.get(id);
          if (volume === undefined || gone.has(id)) continue;
          const observed = observeVolume(volume, region, (server) => names.get(server) ?? null, ledger.of);
          const change = diffVolume(current.get(volume.id), observed, context);
          if (change) changes.push(change);
        }
        for (const id of tick.gone) {
          const before = current.get(id);
          objects.delete(id);
          if (before) changes.push(diffGone(before, context));
        }
        for (const change of changes) {
          const ended = open.get(change.volumeId);
          if (change.closes && ended !== undefined) {
            versions[ended] = {
              version: (versions[ended] as { version: NewVersion }).version,
              validTo: { at, runId },
            };
            open.delete(change.volumeId);
            current.delete(change.volumeId);
          }
          if (change.version) {
            open.set(change.volumeId, versions.length);
            versions.push({ version: change.version, validTo: null });
            current.set(change.volumeId, currentOf(change.version));
          }
          events.push(...change.events);
        }
        outcomes.push({
          runId,
          outcome: {
            region,
            outcome: 'complete',
            observedAt: at,
            finishedAt: at,
            status: null,
            code: null,
            requestId: null,
            error: null,
            volumes: current.size,
            servers: servers.length,
            requests: 0,
            changes: changes.length,
          },
        });
        index++;
        if (index === times.length) break;
      }
      versionCount += versions.length;
      eventCount += events.length;
      return {
        region,
        outcomes,
        versions,
        events,
        current: [...open.values()].map((i) => (versions[i] as { version: NewVersion }).version),
      };
    });

  await writePast(
    input.db,
    times.map((at, i) => ({
      startedAt: at,
      finishedAt: at,
      requests: i === times.length - 1 ? requests : 0,
      owner: input.owner,
    })),
    build,
  );
  await writeMeta(input.db, 'simulated_until', String(input.now));
  return {
    regions: presents.map((present) => present.region),
    runs: times.length,
    versions: versionCount,
    events: eventCount,
    requests,
  };
}
