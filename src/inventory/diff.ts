import type {
  ChangeEvent,
  CurrentVolume,
  EventKind,
  NewVersion,
  ObservedVolume,
  SnapshotRecord,
} from './model.ts';

/** Where one region's complete observation sits in the history. */
export interface DiffContext {
  region: string;
  runId: number;
  /** The observation's time: new versions start, and events happen, then. */
  at: number;
  /**
   * The region's first complete observation: what it finds was already there, so nothing is
   * "created", and an unattached volume is unattached "at least since" now.
   */
  baseline: boolean;
}

/** What one volume's observation (or absence) changes: the version that ends, the one that starts. */
export interface VolumeChange {
  volumeId: string;
  /** The current version ends here (changed or gone). */
  closes: boolean;
  /** The version that starts; null when the volume is gone. */
  version: NewVersion | null;
  events: ChangeEvent[];
}

export interface RegionDiff {
  changes: VolumeChange[];
  unchanged: number;
}

/**
 * "Previous versions + this run's observation → new versions and change events", one volume at
 * a time, so the collector can apply it page by page and the simulated past a tick at a time.
 * Pure: plain data in, plain data out. null when nothing SCP shows has changed.
 */
export function diffVolume(
  before: CurrentVolume | undefined,
  after: ObservedVolume,
  context: DiffContext,
): VolumeChange | null {
  if (before !== undefined && before.hash === after.hash) return null;
  const event = (kind: EventKind, fields: Partial<ChangeEvent> = {}): ChangeEvent => ({
    kind,
    at: context.at,
    runId: context.runId,
    region: context.region,
    volumeId: after.id,
    volumeName: after.name,
    from: null,
    to: null,
    serverId: null,
    serverName: null,
    snapshot: null,
    ...fields,
  });
  const events: ChangeEvent[] = [];
  if (before === undefined) {
    if (!context.baseline) {
      events.push(event('created'));
      for (const snapshot of after.snapshots ?? []) events.push(event('snapshot_created', { snapshot }));
    }
  } else {
    if (before.state !== after.state)
      events.push(event('state_changed', { from: before.state, to: after.state }));
    const beforeServers = new Set(before.serverIds);
    const afterServers = new Set(after.serverIds);
    before.serverIds.forEach((id, i) => {
      if (!afterServers.has(id)) {
        events.push(event('detached', { serverId: id, serverName: before.serverNames[i] ?? null }));
      }
    });
    after.serverIds.forEach((id, i) => {
      if (!beforeServers.has(id)) {
        events.push(event('attached', { serverId: id, serverName: after.serverNames[i] ?? null }));
      }
    });
    if (before.sizeGb !== after.sizeGb) {
      events.push(event('resized', { from: String(before.sizeGb), to: String(after.sizeGb) }));
    }
    if (before.name !== after.name) events.push(event('renamed', { from: before.name, to: after.name }));
    if (before.volumeType !== after.volumeType) {
      events.push(event('type_changed', { from: before.volumeType, to: after.volumeType }));
    }
    // Unknown before (recorded before snapshots were): what is there now is the baseline.
    if (before.snapshots !== null && after.snapshots !== null) {
      const { taken, deleted } = snapshotChanges(before.snapshots, after.snapshots);
      for (const snapshot of deleted) events.push(event('snapshot_deleted', { snapshot }));
      for (const snapshot of taken) events.push(event('snapshot_created', { snapshot }));
    }
  }
  return {
    volumeId: after.id,
    closes: before !== undefined,
    version: {
      ...after,
      ...unattached(before, after, context),
      validFrom: context.at,
      validFromRun: context.runId,
    },
    events,
  };
}

/**
 * The volume is not in a complete observation of its region: it is gone, and so are the
 * snapshots it had (Cinder deletes a volume with snapshots only with them).
 */
export function diffGone(before: CurrentVolume, context: DiffContext): VolumeChange {
  const event = (kind: EventKind, snapshot: SnapshotRecord | null): ChangeEvent => ({
    kind,
    at: context.at,
    runId: context.runId,
    region: context.region,
    volumeId: before.id,
    volumeName: before.name,
    from: null,
    to: null,
    serverId: null,
    serverName: null,
    snapshot,
  });
  return {
    volumeId: before.id,
    closes: true,
    version: null,
    events: [
      ...(before.snapshots ?? []).map((snapshot) => event('snapshot_deleted', snapshot)),
      event('deleted', null),
    ],
  };
}

/**
 * A whole region at once: every observed volume, then every previous one not observed. Only a
 * complete observation may be passed here; a partial one would turn what it missed into deletions.
 */
export function diffRegion(
  previous: ReadonlyMap<string, CurrentVolume>,
  observed: Iterable<ObservedVolume>,
  context: DiffContext,
): RegionDiff {
  const seen = new Set<string>();
  const changes: VolumeChange[] = [];
  let unchanged = 0;
  for (const volume of observed) {
    if (seen.has(volume.id)) continue;
    seen.add(volume.id);
    const change = diffVolume(previous.get(volume.id), volume, context);
    if (change) changes.push(change);
    else unchanged++;
  }
  for (const [id, before] of previous) if (!seen.has(id)) changes.push(diffGone(before, context));
  return { changes, unchanged };
}

/** Snapshots by id: those only after (taken) and those only before (deleted), each in list order. */
export function snapshotChanges(
  before: readonly SnapshotRecord[],
  after: readonly SnapshotRecord[],
): { taken: SnapshotRecord[]; deleted: SnapshotRecord[] } {
  const had = new Set(before.map((snapshot) => snapshot.id));
  const has = new Set(after.map((snapshot) => snapshot.id));
  return {
    taken: after.filter((snapshot) => !had.has(snapshot.id)),
    deleted: before.filter((snapshot) => !has.has(snapshot.id)),
  };
}

/** The current record a new version becomes (the next diff's "before"). */
export function currentOf(version: NewVersion): CurrentVolume {
  const { raw: _raw, validFromRun: _run, ...current } = version;
  return current;
}

/**
 * "Unattached since" = the first complete observation where the volume had no server. SCP keeps
 * no detach time, so only repeated observation can tell; what history found unattached at its
 * start is so "at least since" then.
 */
function unattached(
  before: CurrentVolume | undefined,
  after: ObservedVolume,
  context: DiffContext,
): Pick<NewVersion, 'unattachedSince' | 'unattachedSinceExact'> {
  if (after.serverIds.length > 0) return { unattachedSince: null, unattachedSinceExact: true };
  if (before === undefined) return { unattachedSince: context.at, unattachedSinceExact: !context.baseline };
  if (before.serverIds.length > 0 || before.unattachedSince === null) {
    return { unattachedSince: context.at, unattachedSinceExact: true };
  }
  return { unattachedSince: before.unattachedSince, unattachedSinceExact: before.unattachedSinceExact };
}
