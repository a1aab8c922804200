import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { searchResultSchema } from '../scp/inventory-schema.ts';
import { ENGINE_KINDS, openTestEngine, type TestEngine } from '../test/node/inventory-engines.ts';
import {
  answer,
  fakeClock,
  type FakeClock,
  interceptedUpstream,
  twoSimulatedRegions,
} from '../test/node/inventory-upstream.ts';
import { TEST_NOW } from '../test/node/simulator-client.ts';
import type { FetchUpstream } from '../proxy/upstream-client.ts';
import { type CollectorOptions, createCollector } from './collector.ts';
import type { InventoryLogger } from './logger.ts';
import { runSchedule } from './schedule.ts';
import { changes } from './store/changes.ts';
import type { InventoryDb } from './store/engine.ts';
import { stageVersions } from './store/observations.ts';
import { historyStart, recentRuns, startRun, takeLease } from './store/runs.ts';
import { search } from './store/search.ts';
import { DEFAULT_WALK_POLICY } from './walk.ts';
import { observedVolume } from '../test/node/observed-volumes.ts';

const MINUTE = 60_000;
const DAY = 86_400_000;
const quiet: InventoryLogger & { lines: string[] } = {
  lines: [],
  info: () => {},
  warn(line) {
    this.lines.push(line);
  },
  error(line) {
    this.lines.push(line);
  },
};

/**
 * Ten volumes per region, one server; each hour another volume is the one attached to it, so
 * every run sees one detach and one attach (and two state changes) per region.
 */
function changingAccount(clock: FakeClock): FetchUpstream {
  return async (request) => {
    if (request.url.pathname === '/v1/servers')
      return answer(200, { servers: [{ id: 'srv-1', name: 'web-01' }] });
    const hour = Math.floor(clock.now() / 3_600_000);
    if (request.url.pathname === '/v1/snapshots') {
      // The first volume has a snapshot on even days.
      const day = Math.floor(hour / 24);
      const snapshots =
        day % 2 === 0
          ? [
              {
                id: `${request.url.host}-snap-${day}`,
                volume_id: `${request.url.host}-vol-0`,
                name: `daily-${day}`,
                size: 100,
                created_at: '2026-01-01T00:00:00Z',
              },
            ]
          : [];
      return answer(200, { snapshots });
    }
    const volumes = Array.from({ length: 10 }, (_, i) => {
      const attached = hour % 10 === i;
      return {
        id: `${request.url.host}-vol-${i}`,
        name: `data-${i}`,
        state: attached ? 'in-use' : 'available',
        size: 100,
        volume_type: 'SSD',
        bootable: false,
        encrypted: false,
        multiattach: false,
        created_at: '2026-01-01T00:00:00Z',
        servers: attached ? [{ id: 'srv-1', device: '/dev/vdb', attached_at: null }] : [],
      };
    });
    return answer(200, { volumes });
  };
}

const allVolumes = async (db: InventoryDb, now: number) =>
  searchResultSchema.parse(
    await search(db, { sort: [{ key: 'id', direction: 'asc' }], limit: 1000, offset: 0 }, now),
  );

describe.each(ENGINE_KINDS)('the collector on %s', (kind) => {
  let test: TestEngine;
  let clock: FakeClock;
  let regions: Awaited<ReturnType<typeof twoSimulatedRegions>>;
  let upstream: ReturnType<typeof interceptedUpstream>;
  let stop: AbortController;

  const walkDeps = () => ({
    fetchUpstream: upstream.fetchUpstream,
    now: clock.now,
    sleep: clock.sleep,
    maxBodyBytes: 20e6,
  });
  const collector = (overrides: Partial<CollectorOptions> = {}) =>
    createCollector({
      db: test.engine.db,
      upstream: Promise.resolve(regions.upstream),
      walk: walkDeps(),
      policy: DEFAULT_WALK_POLICY,
      owner: 'replica-a',
      intervalMs: 10 * MINUTE,
      retentionMs: 90 * DAY,
      leaseTtlMs: 2 * MINUTE,
      history: null,
      historyDays: 30,
      logger: quiet,
      signal: stop.signal,
      ...overrides,
    });

  const runOnce = async (overrides: Partial<CollectorOptions> = {}) => {
    const started = await collector(overrides).start('manual');
    if (started.kind !== 'started') throw new Error(`not started: ${started.kind}`);
    return { runId: started.runId, status: await started.finished };
  };

  beforeEach(async () => {
    clock = fakeClock(TEST_NOW);
    test = await openTestEngine(kind, clock.now);
    regions = await twoSimulatedRegions(clock);
    upstream = interceptedUpstream();
    stop = new AbortController();
  });
  afterEach(async () => {
    stop.abort();
    upstream.close();
    await regions.close();
    await test.close();
  });

  it('walks every region through the signing path, 1,000 a page, servers first for their names', async () => {
    expect(await runOnce()).toEqual({ runId: expect.any(Number), status: 'complete' });
    expect(
      upstream.requests.map(
        (request) =>
          `${request.url.host === regions.west.baseUrl.slice(7) ? 'west' : 'east'} ${request.url.pathname}${request.url.search}`,
      ),
    ).toEqual([
      'west /v1/servers?limit=1000',
      'west /v1/snapshots?limit=1000',
      'west /v1/volumes?with_count=false&limit=1000&sort=created_at%3Aasc',
      'east /v1/servers?limit=1000',
      'east /v1/snapshots?limit=1000',
      'east /v1/volumes?with_count=false&limit=1000&sort=created_at%3Aasc',
    ]);
    for (const request of upstream.requests) {
      expect(request.headers).toMatchObject({
        'Scp-Api-Version': 'virtualserver 1.3',
        'Scp-ClientType': 'Openapi',
      });
    }
    const found = await allVolumes(test.engine.db, clock.now());
    expect(found.total).toBe(300);
    const attached = found.volumes.filter((volume) => volume.servers.length > 0);
    expect(attached.length).toBeGreaterThan(0);
    expect(attached.every((volume) => volume.servers.every((server) => server.name))).toBe(true);
    const [run] = await recentRuns(test.engine.db, 1);
    expect(run).toMatchObject({ status: 'complete', requests: 6, trigger: 'manual' });
    expect(
      run?.regions.map((region) => [region.region, region.outcome, region.volumes, region.requests]),
    ).toEqual([
      ['kr-east1', 'complete', 150, 3],
      ['kr-west1', 'complete', 150, 3],
    ]);
    // Each volume counts the snapshots ListSnapshots named for it.
    const listed = regions.west.simulator.store.snapshots.list();
    const withSnapshots = found.volumes.find((volume) => volume.id === listed[0]?.volumeId);
    expect(withSnapshots?.snapshot_count).toBeGreaterThan(0);
    expect(withSnapshots?.snapshot_count).toBe(
      listed.filter((snapshot) => snapshot.volumeId === withSnapshots?.id).length,
    );
    expect(found.volumes.every((volume) => volume.snapshot_count !== null)).toBe(true);
    expect((await changes(test.engine.db, { limit: 10 })).changes).toEqual([]);
  });

  it('records what changed since the last complete run', async () => {
    await runOnce();
    const store = regions.west.simulator.store;
    const attachedIndex = store.volumes.findIndex(
      (volume) => volume.state === 'in-use' && volume.servers.length === 1,
    );
    const availableIndex = store.volumes.findIndex((volume) => volume.state === 'available');
    const detached = store.volumes[attachedIndex]!;
    const resized = store.volumes[availableIndex]!;
    store.update(attachedIndex, (volume) => {
      volume.servers = [];
      volume.state = 'available';
    });
    store.update(availableIndex, (volume) => void (volume.size *= 2));
    const goneIndex = store.volumes.findIndex((_volume, i) => i !== attachedIndex && i !== availableIndex);
    const gone = store.volumes[goneIndex]!;
    store.remove(goneIndex);
    clock.advance(10 * MINUTE);
    await runOnce();
    const page = await changes(test.engine.db, { limit: 100 });
    expect(page.changes.map((change) => `${change.kind} ${change.volume_id}`).sort()).toEqual(
      [
        `deleted ${gone.id}`,
        `detached ${detached.id}`,
        `state_changed ${detached.id}`,
        `resized ${resized.id}`,
      ].sort(),
    );
    expect(page.changes.find((change) => change.kind === 'resized')).toMatchObject({
      from: resized.size / 2,
      to: resized.size,
      region: 'kr-west1',
    });
    const idle = await search(
      test.engine.db,
      { q: detached.id, sort: [{ key: 'id', direction: 'asc' }], limit: 1, offset: 0 },
      clock.now(),
    );
    expect(idle.volumes[0]).toMatchObject({
      unattached_since: new Date(clock.now()).toISOString(),
      unattached_since_exact: true,
    });
  });

  it('runs one collection at a time, and a scheduled one once an interval', async () => {
    const a = collector();
    const b = collector({ owner: 'replica-b' });
    const [first, second] = await Promise.all([a.start('schedule'), b.start('schedule')]);
    expect([first.kind, second.kind].sort()).toEqual(['busy', 'started']);
    await (first.kind === 'started' ? first.finished : second.kind === 'started' ? second.finished : null);
    clock.advance(MINUTE);
    expect(await b.start('schedule')).toEqual({ kind: 'not-due', dueAt: TEST_NOW + 10 * MINUTE });
    clock.advance(9 * MINUTE);
    const third = await b.start('schedule');
    expect(third.kind).toBe('started');
    if (third.kind === 'started') expect(await third.finished).toBe('complete');
  });

  it('fails a region whose walk fails midway, with SCP’s status and request id, and concludes nothing from it', async () => {
    await runOnce();
    upstream.intercept(async (request, forward) =>
      request.url.pathname === '/v1/volumes' && request.url.host === new URL(regions.west.baseUrl).host
        ? answer(500, {
            errors: [{ code: 'ContactAdminForAssistance', detail: 'boom', request_id: 'req-west' }],
          })
        : forward(),
    );
    clock.advance(10 * MINUTE);
    expect((await runOnce()).status).toBe('partial');
    const [run] = await recentRuns(test.engine.db, 1);
    expect(run?.regions).toEqual([
      expect.objectContaining({ region: 'kr-east1', outcome: 'complete' }),
      expect.objectContaining({
        region: 'kr-west1',
        outcome: 'failed',
        status: 500,
        code: 'ContactAdminForAssistance',
        requestId: 'req-west',
        error: 'boom (gave up after 5 tries)',
      }),
    ]);
    expect(clock.sleeps).toEqual([1000, 2000, 4000, 8000]);
    expect((await allVolumes(test.engine.db, clock.now())).total).toBe(300);
    expect((await changes(test.engine.db, { limit: 10 })).changes).toEqual([]);
  });

  it('cuts a hanging page at the timeout and tries it again', async () => {
    // Answered from memory, so no real request comes near the short timeout but the hung one.
    regions.upstream.regions.forEach((target) => (target.timeoutMs = 200));
    const account = changingAccount(clock);
    let hung = false;
    upstream.intercept((request) => {
      if (hung || request.url.pathname !== '/v1/volumes') return account(request);
      hung = true;
      return new Promise((_resolve, reject) =>
        request.signal.addEventListener('abort', () => reject(new Error('aborted'))),
      );
    });
    expect((await runOnce()).status).toBe('complete');
    const [run] = await recentRuns(test.engine.db, 1);
    expect(run?.regions.find((region) => region.region === 'kr-west1')).toMatchObject({
      outcome: 'complete',
      requests: 4,
      volumes: 10,
    });
    expect(clock.sleeps).toEqual([1000]);
  });

  it('waits out a 429 storm as long as Retry-After asks, then gives the region up', async () => {
    upstream.intercept(async (request, forward) =>
      request.url.host === new URL(regions.east.baseUrl).host
        ? answer(
            429,
            { errors: [{ code: 'TooManyRequests', detail: 'slow down', request_id: 'req-429' }] },
            '7',
          )
        : forward(),
    );
    expect((await runOnce()).status).toBe('partial');
    expect(clock.sleeps).toEqual([7000, 7000, 7000, 7000]);
    const [run] = await recentRuns(test.engine.db, 1);
    expect(run?.regions.find((region) => region.region === 'kr-east1')).toMatchObject({
      outcome: 'failed',
      status: 429,
      requestId: 'req-429',
      requests: 5,
    });
    let once = true;
    upstream.intercept(async (_request, forward) => {
      if (!once) return forward();
      once = false;
      return answer(503, { message: 'maintenance' }, new Date(clock.now() + 3000).toUTCString());
    });
    clock.advance(MINUTE);
    clock.sleeps.length = 0;
    expect((await runOnce()).status).toBe('complete');
    expect(clock.sleeps).toEqual([3000]);
    upstream.intercept(async () => answer(429, {}, '3600'));
    clock.advance(MINUTE);
    clock.sleeps.length = 0;
    expect((await runOnce()).status).toBe('failed');
    expect(clock.sleeps).toEqual([]);
    const [last] = await recentRuns(test.engine.db, 1);
    expect(last?.regions[0]?.error).toMatch(/asked to wait 3600 s, longer than the collector waits/);
  });

  it('marks a run a dead collector left running as interrupted, and keeps nothing it staged', async () => {
    await runOnce();
    const db = test.engine.db;
    expect(await takeLease(db, 'dead', clock.now(), MINUTE)).toBe(true);
    const dead = await startRun(db, {
      startedAt: clock.now(),
      trigger: 'schedule',
      simulated: false,
      owner: 'dead',
    });
    await stageVersions(db, dead, [
      {
        ...observedVolume({ id: 'phantom' }),
        unattachedSince: 0,
        unattachedSinceExact: false,
        validFrom: 0,
        validFromRun: dead,
      },
    ]);
    expect((await collector().start('manual')).kind).toBe('busy');
    clock.advance(2 * MINUTE);
    const { status } = await runOnce();
    expect(status).toBe('complete');
    const runs = await recentRuns(db, 3);
    expect(runs.map((run) => run.status)).toEqual(['complete', 'interrupted', 'complete']);
    expect((await allVolumes(db, clock.now())).total).toBe(300);
    expect((await changes(db, { limit: 10 })).changes).toEqual([]);
  });

  // A bound, not a wait: 60 runs take about 0.5 s on SQLite and 1 s on PostgreSQL on an idle machine.
  it(
    'collects a month on schedule with no real time passing: an interval apart, never overlapping, keeping the retention',
    { timeout: 30_000 },
    async () => {
      // An account that changes by the hour, served from memory: this case is about time, not HTTP.
      // Every 12 hours for 30 days: 60 runs.
      const hour = 60 * MINUTE;
      const interval = 12 * hour;
      const account = changingAccount(clock);
      const schedule = runSchedule({
        collector: collector({
          intervalMs: interval,
          retentionMs: 7 * DAY,
          walk: { ...walkDeps(), fetchUpstream: account },
        }),
        clock,
        intervalMs: interval,
        signal: stop.signal,
        logger: quiet,
        onStoreProblem: (problem) => {
          if (problem) throw new Error(problem);
        },
        random: () => 0,
      });
      const end = TEST_NOW + 30 * DAY;
      while (clock.now() < end) await new Promise((resolve) => setImmediate(resolve));
      stop.abort();
      await schedule;
      const runs = await recentRuns(test.engine.db, 1000);
      expect(runs.length).toBeGreaterThanOrEqual(14);
      const starts = runs.map((run) => run.startedAt).reverse();
      expect(starts.slice(1).every((start, i) => start - (starts[i] as number) === interval)).toBe(true);
      expect(
        runs.every((run) => run.status === 'complete' && (run.finishedAt ?? 0) <= run.startedAt + interval),
      ).toBe(true);
      const kept = await changes(test.engine.db, { limit: 1000 });
      expect(new Set(kept.changes.map((change) => change.kind))).toEqual(
        new Set(['attached', 'detached', 'state_changed', 'snapshot_created', 'snapshot_deleted']),
      );
      expect(kept.changes.length).toBeGreaterThan(0);
      expect(kept.changes.every((change) => Date.parse(change.at) >= clock.now() - 7 * DAY - interval)).toBe(
        true,
      );
      expect(await historyStart(test.engine.db)).toBeGreaterThanOrEqual(clock.now() - 7 * DAY - interval);
    },
  );
});
