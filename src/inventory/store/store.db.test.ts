import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  changesPageSchema,
  searchResultSchema,
  summarySchema,
  trendsSchema,
  volumeHistorySchema,
} from '../../scp/inventory-schema.ts';
import {
  createTestDatabase,
  ENGINE_KINDS,
  openTestEngine,
  type TestEngine,
} from '../../test/node/inventory-engines.ts';
import { aggregateRow } from '../../test/node/aggregate-rows.ts';
import { attachedTo, observedVolume } from '../../test/node/observed-volumes.ts';
import type { ObservedVolume } from '../model.ts';
import { startRecording } from '../recorder.ts';
import { aggregates } from './aggregates.ts';
import { changes, decodeCursor } from './changes.ts';
import type { InventoryDb } from './engine.ts';
import { volumeHistory } from './history.ts';
import { migrate } from './migrate.ts';
import { MIGRATIONS } from './migrations/index.ts';
import { stageVersions } from './observations.ts';
import { openStore } from './open-store.ts';
import { newOwner } from './owner.ts';
import { compact } from './retention.ts';
import {
  finishRun,
  historyStart,
  interruptRunning,
  LeaseLostError,
  latestObservations,
  leaseHolder,
  takeLeaseFrom,
  recentRuns,
  releaseLease,
  renewLease,
  startRun,
  takeLease,
} from './runs.ts';
import { search, type SearchInput } from './search.ts';
import { summary } from './summary.ts';
import { trends } from './trends.ts';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 1);
const TTL = 60_000;
const OWNER = 'test-replica';

/** One complete run over these regions' volumes at `at`, through the collector's recorder. */
async function observe(
  db: InventoryDb,
  at: number,
  regions: Record<string, ObservedVolume[]>,
): Promise<number> {
  expect(await takeLease(db, OWNER, at, TTL)).toBe(true);
  const runId = await startRun(db, { startedAt: at, trigger: 'schedule', simulated: false, owner: OWNER });
  for (const [region, volumes] of Object.entries(regions)) {
    const recording = await startRecording(db, {
      runId,
      region,
      at,
      simulated: false,
      lease: { owner: OWNER, ttlMs: TTL },
      now: () => at + 500,
    });
    await recording.add(volumes.map((volume) => ({ ...volume, region })));
    await recording.complete({ volumes: volumes.length, servers: 0, requests: 2 });
  }
  await finishRun(db, runId, { finishedAt: at + 1000, status: 'complete', requests: 2, error: null });
  return runId;
}

const vol = (id: string, fields: Partial<ObservedVolume> = {}) => observedVolume({ id, ...fields });
const searchInput = (fields: Partial<SearchInput> = {}): SearchInput => ({
  sort: [{ key: 'name', direction: 'asc' }],
  limit: 100,
  offset: 0,
  ...fields,
});

describe.each(ENGINE_KINDS)('the inventory store on %s', (kind) => {
  let test: TestEngine;
  let db: InventoryDb;
  beforeEach(async () => {
    test = await openTestEngine(kind, () => T0);
    db = test.engine.db;
  });
  afterEach(() => test.close());

  it('applies each migration once and records it; PostgreSQL replicas starting together wait for each other', async () => {
    const database = await createTestDatabase(kind);
    const open = () =>
      openStore(database.location, { now: () => T0, owner: newOwner(), onPoolError: () => {} });
    // One process cannot wait on its own SQLite lock (the calls are synchronous): one after the other there.
    const [a, b] = kind === 'postgres' ? await Promise.all([open(), open()]) : [await open(), await open()];
    try {
      const rows = await a.db.selectFrom('inventory_migrations').selectAll().execute();
      expect(rows.map((row) => Number(row.version))).toEqual(
        MIGRATIONS.map((migration) => migration.version),
      );
      expect(await migrate(b, () => T0)).toEqual([]);
    } finally {
      await Promise.all([a.close(), b.close()]);
      await database.remove();
    }
  });

  it('tells a lease holder that is gone from one that may still run', async () => {
    await takeLease(db, 'someone', T0, TTL);
    // A holder on another host this process cannot see: only PostgreSQL can tell it has no session.
    expect(await test.engine.holderGone('another-host:1234:abcd')).toBe(kind === 'postgres');
    const me = (await db.selectFrom('collector_lease').select('owner').executeTakeFirstOrThrow()).owner;
    expect(me).toBe('someone');
  });

  it('gives the collector lease to one replica at a time, and to another once it expires', async () => {
    expect(await takeLease(db, 'a', T0, TTL)).toBe(true);
    expect(await takeLease(db, 'b', T0 + 1, TTL)).toBe(false);
    expect(await renewLease(db, 'a', T0 + TTL / 2, TTL)).toBe(true);
    expect(await takeLease(db, 'b', T0 + TTL, TTL)).toBe(false);
    expect(await takeLease(db, 'b', T0 + 2 * TTL, TTL)).toBe(true);
    expect(await renewLease(db, 'a', T0 + 2 * TTL, TTL)).toBe(false);
    await releaseLease(db, 'b');
    expect(await takeLease(db, 'a', T0 + 2 * TTL, TTL)).toBe(true);
    expect(await takeLeaseFrom(db, 'c', 'b', T0 + 2 * TTL, TTL)).toBe(false);
    expect(await takeLeaseFrom(db, 'c', 'a', T0 + 2 * TTL, TTL)).toBe(true);
    expect(await leaseHolder(db, T0 + 2 * TTL)).toBe('c');
  });

  it('keeps versions from run to run, and ends one when its volume changes or goes', async () => {
    const a = vol('vol-a');
    const b = vol('vol-b', { state: 'in-use', serverIds: ['s-1'], serverNames: ['web-01'] });
    await observe(db, T0, { 'kr-west1': [a, b] });
    await observe(db, T0 + DAY, { 'kr-west1': [a, b] });
    await observe(db, T0 + 2 * DAY, { 'kr-west1': [vol('vol-a', { sizeGb: 200 })] });

    const history = volumeHistorySchema.parse(await volumeHistory(db, 'vol-a'));
    expect(history.exists).toBe(true);
    expect(history.versions.map((v) => [v.size_gb, v.valid_from, v.valid_to])).toEqual([
      [200, new Date(T0 + 2 * DAY).toISOString(), null],
      [100, new Date(T0).toISOString(), new Date(T0 + 2 * DAY).toISOString()],
    ]);
    expect(history.versions[0]?.volume).toMatchObject({ id: 'vol-a', sizeGb: 200 });
    expect(history.events.map((event) => [event.kind, event.from, event.to])).toEqual([
      ['resized', 100, 200],
    ]);

    const gone = volumeHistorySchema.parse(await volumeHistory(db, 'vol-b'));
    expect(gone.exists).toBe(false);
    expect(gone.versions).toHaveLength(1);
    expect(gone.versions[0]).toMatchObject({
      valid_to: new Date(T0 + 2 * DAY).toISOString(),
      servers: [{ id: 's-1', name: 'web-01' }],
    });
    expect(gone.events).toEqual([expect.objectContaining({ kind: 'deleted', volume_name: 'name-vol-b' })]);
    expect(await volumeHistory(db, 'vol-never')).toBeNull();
    // First seen at the first observation (so before the history began); last seen at the latest
    // observation while it exists, at the one before its deletion once gone.
    expect([history.first_seen, history.first_seen_at_start, history.last_seen]).toEqual([
      new Date(T0).toISOString(),
      true,
      new Date(T0 + 2 * DAY).toISOString(),
    ]);
    expect([gone.first_seen_at_start, gone.last_seen]).toEqual([true, new Date(T0 + DAY).toISOString()]);

    const runs = await recentRuns(db, 10);
    expect(runs.map((run) => run.regions.map((region) => [region.outcome, region.changes]))).toEqual([
      [['complete', 2]],
      [['complete', 0]],
      [['complete', 2]],
    ]);
    expect(await historyStart(db)).toBe(T0);
  });

  it('records each volume’s snapshots: count and GB in its versions, taken and deleted as changes, their GB over time', async () => {
    const snap = (id: string, sizeGb: number) => ({ id, name: `daily-${id}`, sizeGb });
    await observe(db, T0, { 'kr-west1': [vol('vol-a', { snapshots: [snap('s-1', 40)] }), vol('vol-b')] });
    await observe(db, T0 + DAY, {
      'kr-west1': [vol('vol-a', { snapshots: [snap('s-1', 40), snap('s-2', 60)] }), vol('vol-b')],
    });
    await observe(db, T0 + 2 * DAY, {
      'kr-west1': [
        vol('vol-a', { snapshots: [snap('s-2', 60)] }),
        vol('vol-b', { snapshots: [snap('s-3', 5)] }),
      ],
    });
    const history = volumeHistorySchema.parse(await volumeHistory(db, 'vol-a'));
    expect(history.versions.map((v) => [v.snapshot_count, v.snapshot_gb])).toEqual([
      [1, 60],
      [2, 100],
      [1, 40],
    ]);
    const page = changesPageSchema.parse(
      await changes(db, { limit: 10, kind: ['snapshot_created', 'snapshot_deleted'] }),
    );
    expect(page.changes.map((change) => [change.volume_id, change.kind, change.snapshot])).toEqual([
      ['vol-b', 'snapshot_created', { id: 's-3', name: 'daily-s-3', size_gb: 5 }],
      ['vol-a', 'snapshot_deleted', { id: 's-1', name: 'daily-s-1', size_gb: 40 }],
      ['vol-a', 'snapshot_created', { id: 's-2', name: 'daily-s-2', size_gb: 60 }],
    ]);
    const found = await search(db, searchInput({ q: 'vol-a' }), T0 + 2 * DAY);
    expect(found.volumes.map((volume) => [volume.snapshot_count, volume.snapshot_gb])).toEqual([[1, 60]]);
    const gb = trendsSchema.parse(
      await trends(db, { metric: 'snapshot_gb', by: 'region', step: 'day', from: T0, to: T0 + 2 * DAY }),
    );
    expect(gb.series).toEqual([{ key: 'kr-west1', values: [40, 100, 65] }]);
  });

  it('names no snapshot as taken in the first run after snapshots began to be recorded', async () => {
    await observe(db, T0, { 'kr-west1': [vol('vol-a'), vol('vol-b')] });
    // As migration 002 leaves the rows recorded before it: the snapshots not known.
    await db
      .updateTable('current_volumes')
      .set({ snapshots: null, snapshot_count: null, snapshot_gb: null })
      .execute();
    await db.updateTable('volume_versions').set({ snapshot_count: null, snapshot_gb: null }).execute();
    await observe(db, T0 + DAY, {
      'kr-west1': [vol('vol-a', { snapshots: [{ id: 's-1', name: null, sizeGb: 10 }] }), vol('vol-b')],
    });
    expect((await changes(db, { limit: 10 })).changes).toEqual([]);
    const history = volumeHistorySchema.parse(await volumeHistory(db, 'vol-a'));
    expect(history.versions.map((v) => v.snapshot_count)).toEqual([1, null]);
    await observe(db, T0 + 2 * DAY, { 'kr-west1': [vol('vol-a'), vol('vol-b')] });
    expect((await changes(db, { limit: 10 })).changes.map((change) => change.kind)).toEqual([
      'snapshot_deleted',
    ]);
  });

  it('keeps nothing a failed region staged, and never concludes anything from it', async () => {
    await observe(db, T0, { 'kr-west1': [vol('vol-a'), vol('vol-b')] });
    expect(await takeLease(db, OWNER, T0 + DAY, TTL)).toBe(true);
    const runId = await startRun(db, {
      startedAt: T0 + DAY,
      trigger: 'schedule',
      simulated: false,
      owner: OWNER,
    });
    const recording = await startRecording(db, {
      runId,
      region: 'kr-west1',
      at: T0 + DAY,
      simulated: false,
      lease: { owner: OWNER, ttlMs: TTL },
      now: () => T0 + DAY,
    });
    await recording.add([vol('vol-a', { state: 'error' })]);
    await recording.fail(
      { volumes: 1, servers: 0, requests: 1 },
      { status: 500, code: 'ContactAdminForAssistance', requestId: 'req-1', error: 'SCP answered 500' },
    );
    await finishRun(db, runId, { finishedAt: T0 + DAY, status: 'failed', requests: 1, error: null });

    expect(await db.selectFrom('staged_versions').selectAll().execute()).toEqual([]);
    const page = await changes(db, { limit: 10 });
    expect(page.changes).toEqual([]);
    expect((await search(db, searchInput(), T0 + DAY)).total).toBe(2);
    const [failed] = await recentRuns(db, 1);
    expect(failed?.regions).toEqual([
      expect.objectContaining({ outcome: 'failed', status: 500, requestId: 'req-1', volumes: 1, changes: 0 }),
    ]);
    expect((await latestObservations(db)).map((region) => region.observedAt)).toEqual([T0]);
  });

  it('refuses to commit for a collector whose lease another replica took, and writes nothing', async () => {
    await observe(db, T0, { 'kr-west1': [vol('vol-a')] });
    const at = T0 + DAY;
    expect(await takeLease(db, OWNER, at, TTL)).toBe(true);
    const runId = await startRun(db, { startedAt: at, trigger: 'schedule', simulated: false, owner: OWNER });
    const recording = await startRecording(db, {
      runId,
      region: 'kr-west1',
      at,
      simulated: false,
      lease: { owner: OWNER, ttlMs: TTL },
      now: () => at + 2 * TTL,
    });
    await recording.add([vol('vol-b')]);
    expect(await takeLease(db, 'another', at + 2 * TTL, TTL)).toBe(true);
    await expect(recording.complete({ volumes: 1, servers: 0, requests: 1 })).rejects.toBeInstanceOf(
      LeaseLostError,
    );
    expect((await search(db, searchInput(), at)).volumes.map((volume) => volume.id)).toEqual(['vol-a']);
    expect((await changes(db, { limit: 10 })).changes).toEqual([]);
  });

  it('marks runs left running as interrupted and drops what they staged', async () => {
    const runId = await startRun(db, { startedAt: T0, trigger: 'schedule', simulated: false, owner: 'gone' });
    await stageVersions(db, runId, [
      {
        ...vol('vol-a'),
        unattachedSince: T0,
        unattachedSinceExact: false,
        validFrom: T0,
        validFromRun: runId,
      },
    ]);
    expect(await interruptRunning(db, T0 + 5000)).toEqual([runId]);
    const [run] = await recentRuns(db, 1);
    expect(run).toMatchObject({ id: runId, status: 'interrupted', finishedAt: T0 + 5000 });
    expect(await db.selectFrom('staged_versions').selectAll().execute()).toEqual([]);
    expect(await interruptRunning(db, T0 + 6000)).toEqual([]);
  });

  describe('search', () => {
    beforeEach(async () => {
      await observe(db, T0, {
        'kr-west1': [
          vol('w-1', { name: 'db-01', volumeType: 'SSD', encrypted: true, sizeGb: 500 }),
          vol('w-2', { name: 'db-02', volumeType: 'SSD', encrypted: false, sizeGb: 50 }),
          attachedTo(
            vol('w-3', { name: 'web_01', volumeType: 'HDD', encrypted: true, sizeGb: 100 }),
            'srv-9',
          ),
          vol('w-4', { name: null, volumeType: 'SSD', encrypted: true, sizeGb: 10, bootable: true }),
        ],
        'kr-east1': [vol('e-1', { name: 'db-east', volumeType: 'HDD', encrypted: true, sizeGb: 1000 })],
      });
    });

    it('counts every facet with all filters but its own, and the total exactly', async () => {
      const result = searchResultSchema.parse(
        await search(db, searchInput({ volume_type: ['SSD'], encrypted: true }), T0),
      );
      expect(result.total).toBe(2);
      expect(result.volumes.map((volume) => volume.id)).toEqual(['w-4', 'w-1']);
      expect(result.facets.volume_type).toEqual([
        { value: 'HDD', count: 2 },
        { value: 'SSD', count: 2 },
      ]);
      expect(result.facets.encrypted).toEqual([
        { value: true, count: 2 },
        { value: false, count: 1 },
      ]);
      expect(result.facets.region).toEqual([{ value: 'kr-west1', count: 2 }]);
      expect(result.regions.map((region) => region.region)).toEqual(['kr-east1', 'kr-west1']);
      expect(result.as_of).toBe(new Date(T0 + 500).toISOString());
    });

    it('matches q in names, ids and servers, case-insensitively and literally', async () => {
      const ids = async (q: string) =>
        (await search(db, searchInput({ q }), T0)).volumes.map((volume) => volume.id).sort();
      expect(await ids('DB-0')).toEqual(['w-1', 'w-2']);
      expect(await ids('SRV-9')).toEqual(['w-3']);
      expect(await ids('name-srv')).toEqual(['w-3']);
      expect(await ids('b_0')).toEqual(['w-3']);
      expect(await ids('b%0')).toEqual([]);
      expect(await ids('e-1')).toEqual(['e-1']);
    });

    it('sorts by any key, nulls first ascending, and pages with exact totals', async () => {
      const byName = await search(db, searchInput({ limit: 2, offset: 1 }), T0);
      expect(byName.total).toBe(5);
      expect(byName.volumes.map((volume) => volume.name)).toEqual(['db-01', 'db-02']);
      const bySize = await search(db, searchInput({ sort: [{ key: 'size_gb', direction: 'desc' }] }), T0);
      expect(bySize.volumes.map((volume) => volume.size_gb)).toEqual([1000, 500, 100, 50, 10]);
      const filtered = await search(
        db,
        searchInput({ size_gb_gte: 50, size_gb_lte: 500, attached: false, bootable: false }),
        T0,
      );
      expect(filtered.volumes.map((volume) => volume.id)).toEqual(['w-1', 'w-2']);
    });

    it('finds volumes idle for at least N days and says for how long', async () => {
      const result = await search(db, searchInput({ idle_days_gte: 3 }), T0 + 3 * DAY);
      expect(result.total).toBe(4);
      expect(result.volumes.every((volume) => volume.idle_days === 3 && !volume.unattached_since_exact)).toBe(
        true,
      );
      expect((await search(db, searchInput({ idle_days_gte: 4 }), T0 + 3 * DAY)).total).toBe(0);
    });

    it('counts the idle and size ranges with every filter but their own, and matches a name exactly', async () => {
      // Nine days later w-3 is still attached; the other four have been unattached since T0.
      const later = T0 + 9 * DAY;
      const result = searchResultSchema.parse(
        await search(db, searchInput({ idle_days_gte: 7, size_gb_gte: 100, size_gb_lte: 499 }), later),
      );
      expect(result.volumes.map((volume) => volume.id)).toEqual([]);
      // Idle counted over 100–499 GB (w-3 only, attached); size over idle 7+ days (w-1, w-2, w-4, e-1).
      expect(result.ranges.idle_days).toEqual([
        { days: 7, count: 0 },
        { days: 30, count: 0 },
        { days: 90, count: 0 },
      ]);
      expect(result.ranges.size_gb).toEqual([
        { min: 0, max: 99, count: 2 },
        { min: 100, max: 499, count: 0 },
        { min: 500, max: 1999, count: 2 },
        { min: 2000, max: null, count: 0 },
      ]);
      const open = await search(db, searchInput({ size_gb_gte: 10, size_gb_lte: 500 }), later);
      expect(open.ranges.idle_days).toEqual([
        { days: 7, count: 3 },
        { days: 30, count: 0 },
        { days: 90, count: 0 },
      ]);
      const named = await search(db, searchInput({ name: 'db-0' }), T0);
      expect(named.total).toBe(0);
      const exact = await search(db, searchInput({ name: 'db-01' }), T0);
      expect(exact.volumes.map((volume) => volume.id)).toEqual(['w-1']);
      // The object SCP sent, as the collector stored it.
      expect(exact.volumes[0]?.volume).toMatchObject({ id: 'w-1', name: 'db-01', sizeGb: 500 });
    });

    it('adds up the matching volumes: totals, groups, idle ranges and the largest', async () => {
      const later = T0 + 40 * DAY;
      const all = summarySchema.parse(await summary(db, {}, later));
      expect(all.total).toEqual({ count: 5, size_gb: 1660 });
      expect(all.unattached).toEqual({ count: 4, size_gb: 1560 });
      expect(all.idle).toEqual([
        { days: 7, count: 4, size_gb: 1560 },
        { days: 30, count: 4, size_gb: 1560 },
        { days: 90, count: 0, size_gb: 0 },
      ]);
      expect(all.by.volume_type).toEqual([
        { value: 'HDD', count: 2, size_gb: 1100 },
        { value: 'SSD', count: 3, size_gb: 560 },
      ]);
      expect(all.by.encrypted).toEqual([
        { value: true, count: 4, size_gb: 1610 },
        { value: false, count: 1, size_gb: 50 },
      ]);
      expect(all.by.region.map((group) => group.value)).toEqual(['kr-east1', 'kr-west1']);
      expect(all.largest.map((volume) => volume.id)).toEqual(['e-1', 'w-1', 'w-3', 'w-2', 'w-4']);
      expect(all.largest[0]?.volume).toMatchObject({ id: 'e-1' });
      const ssd = await summary(db, { volume_type: ['SSD'], bootable: false }, later);
      expect(ssd.total).toEqual({ count: 2, size_gb: 550 });
      expect(ssd.by.state).toEqual([{ value: 'available', count: 2, size_gb: 550 }]);
    });
  });

  it('answers search and trends from memory, read again once another process commits', async () => {
    await observe(db, T0, { 'kr-west1': [vol('vol-a')] });
    const other = await openStore(test.database.location, {
      now: () => T0,
      owner: newOwner(),
      onPoolError: () => {},
    });
    try {
      const count = async () => (await search(other.db, searchInput(), T0 + DAY)).total;
      const trend = async () =>
        (await trends(other.db, { metric: 'count', by: 'region', step: 'day', from: T0, to: T0 + DAY }))
          .series;
      expect(await count()).toBe(1);
      expect(await trend()).toEqual([{ key: 'kr-west1', values: [1, 1] }]);
      await observe(db, T0 + DAY, { 'kr-west1': [vol('vol-a'), vol('vol-b')] });
      expect(await count()).toBe(2);
      expect(await trend()).toEqual([{ key: 'kr-west1', values: [1, 2] }]);
    } finally {
      await other.close();
    }
  });

  it('draws trends from versions: a value per point, per state, through changes and deletions', async () => {
    const a = vol('vol-a');
    const b = vol('vol-b', { sizeGb: 300 });
    await observe(db, T0, { 'kr-west1': [a, b] });
    await observe(db, T0 + DAY, { 'kr-west1': [attachedTo(a, 's-1'), b] });
    await observe(db, T0 + 2 * DAY, { 'kr-west1': [attachedTo(a, 's-1')] });
    const count = trendsSchema.parse(
      await trends(db, { metric: 'count', by: 'state', step: 'day', from: T0 - DAY, to: T0 + 3 * DAY }),
    );
    expect(count.times).toHaveLength(5);
    expect(count.series).toEqual([
      { key: 'available', values: [0, 2, 1, 0, 0] },
      { key: 'in-use', values: [0, 0, 1, 1, 1] },
    ]);
    expect(count.history_start).toBe(new Date(T0).toISOString());
    const idle = await trends(db, {
      metric: 'unattached_gb',
      by: 'region',
      step: 'hour',
      from: T0,
      to: T0 + 2 * DAY,
    });
    expect(idle.series).toEqual([{ key: 'kr-west1', values: expect.any(Array) }]);
    const values = idle.series[0]?.values ?? [];
    expect([values[0], values[24], values[47], values[48]]).toEqual([400, 300, 300, 0]);
  });

  it('pages changes newest first by keyset, with filters', async () => {
    const a = vol('vol-a');
    await observe(db, T0, { 'kr-west1': [a], 'kr-east1': [vol('vol-e')] });
    await observe(db, T0 + DAY, { 'kr-west1': [attachedTo(a, 's-1'), vol('vol-b')], 'kr-east1': [] });
    await observe(db, T0 + 2 * DAY, {
      'kr-west1': [attachedTo(a), vol('vol-b', { name: 'renamed' })],
      'kr-east1': [],
    });

    const all = changesPageSchema.parse(await changes(db, { limit: 100 }));
    expect(all.changes.map((change) => [change.kind, change.volume_id])).toEqual([
      ['renamed', 'vol-b'],
      ['detached', 'vol-a'],
      ['state_changed', 'vol-a'],
      ['deleted', 'vol-e'],
      ['created', 'vol-b'],
      ['attached', 'vol-a'],
      ['state_changed', 'vol-a'],
    ]);
    expect(all.next_cursor).toBeNull();

    const seen: string[] = [];
    let cursor = undefined as string | undefined;
    do {
      const page = await changes(db, {
        limit: 3,
        ...(cursor ? { after: decodeCursor(cursor) ?? undefined } : {}),
      });
      seen.push(...page.changes.map((change) => `${change.kind}:${change.volume_id}`));
      cursor = page.next_cursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(all.changes.map((change) => `${change.kind}:${change.volume_id}`));

    const filtered = await changes(db, {
      limit: 10,
      kind: ['attached', 'detached'],
      region: ['kr-west1'],
      since: T0 + DAY,
      until: T0 + 2 * DAY,
    });
    expect(filtered.changes).toEqual([
      expect.objectContaining({ kind: 'attached', server: { id: 's-1', name: 'name-s-1' } }),
    ]);
    expect((await changes(db, { limit: 10, volume_id: 'vol-e' })).changes.map((c) => c.kind)).toEqual([
      'deleted',
    ]);
    expect(decodeCursor('not-a-cursor')).toBeNull();
  });

  it('aggregates the latest observation by region, state, type, encryption and idle time', async () => {
    await observe(db, T0, {
      'kr-west1': [
        vol('a', { sizeGb: 10 }),
        vol('b', { sizeGb: 20 }),
        attachedTo(vol('c', { sizeGb: 5 }), 's'),
      ],
    });
    const result = await aggregates(db, T0 + 40 * DAY);
    expect(result.regions).toEqual([{ region: 'kr-west1', observedAt: T0 }]);
    expect(result.rows.sort((x, y) => x.idle.localeCompare(y.idle))).toEqual([
      aggregateRow({ state: 'available', idle: '30d', count: 2, sizeGb: 30 }),
      aggregateRow({ state: 'in-use', idle: 'attached', count: 1, sizeGb: 5 }),
    ]);
  });

  it('compacts what ended before the retention, and keeps what is still current', async () => {
    const a = vol('vol-a');
    await observe(db, T0, { 'kr-west1': [a, vol('vol-b')] });
    await observe(db, T0 + DAY, { 'kr-west1': [attachedTo(a, 's-1')] });
    await observe(db, T0 + 10 * DAY, { 'kr-west1': [attachedTo(a, 's-1')] });
    expect(await compact(db, T0 + 5 * DAY)).toEqual({ versions: 2, events: 3, runs: 2 });
    expect((await volumeHistory(db, 'vol-a'))?.versions).toHaveLength(1);
    expect(await volumeHistory(db, 'vol-b')).toBeNull();
    expect(await historyStart(db)).toBe(T0 + 10 * DAY);
    expect((await search(db, searchInput(), T0 + 10 * DAY)).total).toBe(1);
  });
});
