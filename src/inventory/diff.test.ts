import { describe, expect, it } from 'vitest';
import { currentOf, type DiffContext, diffRegion, diffVolume } from './diff.ts';
import type { CurrentVolume, ObservedVolume } from './model.ts';
import { observedVolume } from '../test/node/observed-volumes.ts';

const T0 = Date.UTC(2026, 10, 1);
const T1 = T0 + 600_000;
const first: DiffContext = { region: 'kr-west1', runId: 1, at: T0, baseline: true };
const next: DiffContext = { region: 'kr-west1', runId: 2, at: T1, baseline: false };

const observed = (fields: Partial<ObservedVolume> = {}): ObservedVolume =>
  observedVolume({ id: 'vol-1', name: 'db-data', createdAt: T0 - 86_400_000, ...fields });

/** The current record after the first (baseline) observation of `volume`. */
function current(volume: ObservedVolume): CurrentVolume {
  const change = diffVolume(undefined, volume, first);
  if (!change?.version) throw new Error('expected a version');
  return currentOf(change.version);
}

const kinds = (before: ObservedVolume, after: ObservedVolume) =>
  diffVolume(current(before), after, next)?.events.map(({ kind, from, to, serverId, serverName }) => ({
    kind,
    ...(from === null ? {} : { from }),
    ...(to === null ? {} : { to }),
    ...(serverId === null ? {} : { serverId, serverName }),
  }));

describe('diffVolume', () => {
  it('finds nothing new when the hash is the same', () => {
    expect(diffVolume(current(observed()), observed(), next)).toBeNull();
  });

  it('records what the first observation finds without calling it created', () => {
    const change = diffVolume(undefined, observed(), first);
    expect(change).toMatchObject({ closes: false, events: [] });
    expect(change?.version).toMatchObject({ validFrom: T0, validFromRun: 1 });
  });

  it('calls a volume that appears after the first observation created', () => {
    const change = diffVolume(undefined, observed({ id: 'vol-2' }), next);
    expect(change?.events).toEqual([
      {
        kind: 'created',
        at: T1,
        runId: 2,
        region: 'kr-west1',
        volumeId: 'vol-2',
        volumeName: 'db-data',
        from: null,
        to: null,
        serverId: null,
        serverName: null,
        snapshot: null,
      },
    ]);
  });

  it('sees a state change', () => {
    expect(kinds(observed(), observed({ state: 'error' }))).toEqual([
      { kind: 'state_changed', from: 'available', to: 'error' },
    ]);
  });

  it('sees each server attached and detached, with its name', () => {
    const before = observed({ state: 'in-use', serverIds: ['s-1', 's-2'], serverNames: ['web-01', null] });
    const after = observed({ state: 'in-use', serverIds: ['s-2', 's-3'], serverNames: [null, 'web-03'] });
    expect(kinds(before, after)).toEqual([
      { kind: 'detached', serverId: 's-1', serverName: 'web-01' },
      { kind: 'attached', serverId: 's-3', serverName: 'web-03' },
    ]);
  });

  it('sees a resize, a rename and a type change, and several at once', () => {
    expect(kinds(observed(), observed({ sizeGb: 200 }))).toEqual([
      { kind: 'resized', from: '100', to: '200' },
    ]);
    expect(kinds(observed(), observed({ name: null }))).toEqual([{ kind: 'renamed', from: 'db-data' }]);
    expect(kinds(observed(), observed({ volumeType: 'HDD' }))).toEqual([
      { kind: 'type_changed', from: 'SSD', to: 'HDD' },
    ]);
    expect(
      kinds(
        observed(),
        observed({ state: 'in-use', serverIds: ['s-1'], serverNames: ['web-01'], sizeGb: 150 }),
      ),
    ).toEqual([
      { kind: 'state_changed', from: 'available', to: 'in-use' },
      { kind: 'attached', serverId: 's-1', serverName: 'web-01' },
      { kind: 'resized', from: '100', to: '150' },
    ]);
  });

  it('sees each snapshot taken and deleted, with its name and size', () => {
    const daily = { id: 'snap-1', name: 'daily-1', sizeGb: 100 };
    const manual = { id: 'snap-2', name: null, sizeGb: 50 };
    const next_ = { id: 'snap-3', name: 'daily-2', sizeGb: 100 };
    const events = diffVolume(
      current(observed({ snapshots: [daily, manual] })),
      observed({ snapshots: [manual, next_] }),
      next,
    )?.events;
    expect(events?.map(({ kind, snapshot }) => ({ kind, snapshot }))).toEqual([
      { kind: 'snapshot_deleted', snapshot: daily },
      { kind: 'snapshot_created', snapshot: next_ },
    ]);
    expect(events?.[0]).toMatchObject({ volumeId: 'vol-1', volumeName: 'db-data', at: T1 });
  });

  it('names no snapshot taken where the snapshots were not recorded before, nor on a first observation', () => {
    const snapshots = [{ id: 'snap-1', name: 'daily-1', sizeGb: 100 }];
    const unknown = { ...current(observed()), snapshots: null };
    expect(diffVolume(unknown, observed({ snapshots, raw: '{"x":1}' }), next)?.events).toEqual([]);
    expect(diffVolume(undefined, observed({ snapshots }), first)?.events).toEqual([]);
    // A volume created since the last observation, with a snapshot already.
    expect(diffVolume(undefined, observed({ snapshots }), next)?.events.map((event) => event.kind)).toEqual([
      'created',
      'snapshot_created',
    ]);
  });

  it('starts a new version without an event when only something else changed', () => {
    const change = diffVolume(current(observed()), observed({ raw: '{"modified_at":"x"}' }), next);
    expect(change).toMatchObject({ closes: true, events: [] });
    expect(change?.version).toMatchObject({ validFrom: T1, validFromRun: 2 });
  });
});

describe('unattached since', () => {
  it('is "at least since" the first observation for a volume already unattached then', () => {
    expect(current(observed())).toMatchObject({ unattachedSince: T0, unattachedSinceExact: false });
  });

  it('is the first observation without a server after a detach, and carries over while unattached', () => {
    const attached = observed({ state: 'in-use', serverIds: ['s-1'], serverNames: ['web-01'] });
    expect(current(attached)).toMatchObject({ unattachedSince: null });
    const detached = diffVolume(current(attached), observed(), next)?.version;
    expect(detached).toMatchObject({ unattachedSince: T1, unattachedSinceExact: true });
    const renamed = diffVolume(currentOf(detached!), observed({ name: 'old-data' }), { ...next, at: T1 + 1 });
    expect(renamed?.version).toMatchObject({ unattachedSince: T1, unattachedSinceExact: true });
    const kept = diffVolume(current(observed()), observed({ name: 'x' }), next)?.version;
    expect(kept).toMatchObject({ unattachedSince: T0, unattachedSinceExact: false });
  });

  it('is exact for a volume created unattached after the first observation', () => {
    expect(diffVolume(undefined, observed(), next)?.version).toMatchObject({
      unattachedSince: T1,
      unattachedSinceExact: true,
    });
  });
});

describe('diffRegion', () => {
  it('calls a volume missing from a complete observation deleted, under its last name', () => {
    const previous = new Map([
      ['vol-1', current(observed())],
      ['vol-2', current(observed({ id: 'vol-2', name: 'gone' }))],
    ]);
    const diff = diffRegion(previous, [observed()], next);
    expect(diff.unchanged).toBe(1);
    expect(diff.changes).toEqual([
      {
        volumeId: 'vol-2',
        closes: true,
        version: null,
        events: [expect.objectContaining({ kind: 'deleted', volumeId: 'vol-2', volumeName: 'gone', at: T1 })],
      },
    ]);
  });

  it('deletes the snapshots of a deleted volume with it, the volume last', () => {
    const snapshot = { id: 'snap-1', name: 'daily-1', sizeGb: 100 };
    const previous = new Map([['vol-2', current(observed({ id: 'vol-2', snapshots: [snapshot] }))]]);
    const events = diffRegion(previous, [], next).changes[0]?.events;
    expect(events?.map(({ kind, snapshot }) => [kind, snapshot?.id ?? null])).toEqual([
      ['snapshot_deleted', 'snap-1'],
      ['deleted', null],
    ]);
  });

  it('counts a volume listed twice (it moved between pages) once', () => {
    const diff = diffRegion(new Map(), [observed(), observed({ state: 'error' })], next);
    expect(diff.changes).toHaveLength(1);
    expect(diff.changes[0]?.version?.state).toBe('available');
  });
});
