import { beforeAll, describe, expect, it } from 'vitest';
import type { Snapshot } from '../scp/snapshot-schema.ts';
import { CHECKED_SEEDS, ruleChecks, testAccount } from '../test/node/generated-account.ts';
import { serveForSuite, TEST_NOW } from '../test/node/simulator-client.ts';
import { canHoldSnapshots, SERIES_MIN } from './generate-snapshots.ts';
import type { SimAccount } from './model.ts';
import { SNAPSHOT_STATES, SNAPSHOT_OPERATION_SECONDS } from './snapshot-states.ts';

function byVolume<T extends { volumeId?: string; volume_id?: string }>(
  items: readonly T[],
): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const key = item.volumeId ?? item.volume_id ?? '';
    map.set(key, [...(map.get(key) ?? []), item]);
  }
  return map;
}

/** Every rule a real account's snapshots obey, as text (one expect per account). */
function problemsOf({ volumes, snapshots }: SimAccount): string[] {
  const { problems, check } = ruleChecks();
  const byId = new Map(volumes.map((volume) => [volume.id, volume]));
  const ids = new Set<string>();
  for (const s of snapshots) {
    const at = `${s.id} (${s.status})`;
    const volume = byId.get(s.volumeId);
    check(!ids.has(s.id), `${at}: id twice`);
    ids.add(s.id);
    check(volume !== undefined, `${at}: volume ${s.volumeId} does not exist`);
    if (!volume) continue;
    check(canHoldSnapshots(volume), `${at}: on a ${volume.state} volume`);
    check(
      Number.isInteger(s.size) && s.size >= 1 && s.size <= volume.size,
      `${at}: size ${s.size} > ${volume.size}`,
    );
    check(s.createdAt > volume.createdAt && s.createdAt <= TEST_NOW, `${at}: created out of range`);
    check(
      s.updatedAt === null || (s.updatedAt >= s.createdAt && s.updatedAt <= TEST_NOW),
      `${at}: updated_at`,
    );
    check((SNAPSHOT_STATES as readonly string[]).includes(s.status), `${at}: unknown status`);
    if (SNAPSHOT_OPERATION_SECONDS[s.status])
      check((s.updatedAt ?? s.createdAt) >= TEST_NOW - 30 * 60_000, `${at}: an operation running for hours`);
  }
  // A volume made from a snapshot that still exists was made after it, at least its size.
  for (const volume of volumes) {
    const source = volume.snapshotId === null ? undefined : snapshots.find((s) => s.id === volume.snapshotId);
    if (source)
      check(source.createdAt < volume.createdAt && source.size <= volume.size, `${volume.id}: source`);
  }
  return problems;
}

describe('generated snapshots', () => {
  it.each(CHECKED_SEEDS)('are consistent with their volumes (seed %s)', (seed) => {
    expect(problemsOf(testAccount(seed))).toEqual([]);
    expect(problemsOf(testAccount(seed, 300, 'kr-east1'))).toEqual([]);
  });

  it('leave most volumes without any, give some a few and a few enough to page', () => {
    const { volumes, snapshots } = testAccount('scp-simulator');
    const perVolume = new Map<string, number>();
    for (const s of snapshots) perVolume.set(s.volumeId, (perVolume.get(s.volumeId) ?? 0) + 1);
    expect(perVolume.size / volumes.length).toBeGreaterThan(0.15);
    expect(perVolume.size / volumes.length).toBeLessThan(0.4);
    const many = [...perVolume.values()].filter((count) => count >= SERIES_MIN);
    expect(many.length).toBeGreaterThanOrEqual(2);
    // Even a small account has one volume to page through.
    const small = testAccount('tiny', 40);
    expect(
      Math.max(...[...byVolume(small.snapshots).values()].map((list) => list.length)),
    ).toBeGreaterThanOrEqual(SERIES_MIN);
  });

  it('use every Cinder snapshot state, mostly available, and smaller sizes from before an extension', () => {
    const { volumes, snapshots } = testAccount('scp-simulator', 5000);
    const statuses = new Set(snapshots.map((s) => s.status));
    for (const status of SNAPSHOT_STATES) expect(statuses.has(status), status).toBe(true);
    expect(snapshots.filter((s) => s.status === 'available').length / snapshots.length).toBeGreaterThan(0.85);
    const sizes = new Map(volumes.map((v) => [v.id, v.size]));
    expect(snapshots.some((s) => s.size < (sizes.get(s.volumeId) ?? 0))).toBe(true);
    expect(snapshots.some((s) => s.name === null) && snapshots.some((s) => s.name?.includes('백업'))).toBe(
      true,
    );
  });

  it('are the same for the same seed and start, and differ per region', () => {
    expect(testAccount('scp-simulator', 300).snapshots).toEqual(testAccount('scp-simulator', 300).snapshots);
    expect(testAccount('scp-simulator', 300, 'kr-east1').snapshots).not.toEqual(
      testAccount('scp-simulator', 300).snapshots,
    );
  });
});

describe('ListSnapshots and ShowSnapshot', () => {
  const api = serveForSuite();
  let all: Snapshot[];
  beforeAll(async () => {
    all = (await api.ok<{ snapshots: Snapshot[] }>('/v1/snapshots?limit=1000')).snapshots;
  });

  const list = (query: string) => api.ok<{ count?: number; snapshots: Snapshot[] }>(`/v1/snapshots?${query}`);
  const badRequest = (detail: string) => ({
    errors: [expect.objectContaining({ code: 'ValidationError', status: 400, detail })],
  });

  it('lists newest first, up to 1,000 without a limit, counted only when asked', async () => {
    const store = api.simulator.store.snapshots;
    expect(all.length).toBe(Math.min(1000, store.count));
    const created = all.map((s) => Date.parse(s.created_at));
    expect(created).toEqual([...created].sort((a, b) => b - a));
    expect((await list('limit=1')).count).toBeUndefined();
    expect((await list('limit=1&with_count=True')).count).toBe(store.count);
  });

  it('lists one volume’s snapshots, pages them by offset or marker, and counts them all', async () => {
    const [volumeId = ''] = [...byVolume(all)].sort((a, b) => b[1].length - a[1].length)[0] ?? [];
    const own = (await list(`volume_id=${volumeId}&limit=1000`)).snapshots;
    expect(own.length).toBeGreaterThanOrEqual(SERIES_MIN);
    const first = await list(`volume_id=${volumeId}&limit=10&with_count=true`);
    expect(first.count).toBe(own.length);
    expect(first.snapshots).toEqual(own.slice(0, 10));
    expect((await list(`volume_id=${volumeId}&limit=10&offset=10`)).snapshots).toEqual(own.slice(10, 20));
    const marker = own[9]?.id ?? '';
    expect((await list(`volume_id=${volumeId}&limit=10&marker=${marker}`)).snapshots).toEqual(
      own.slice(10, 20),
    );
    expect(
      (await list(`volume_id=${volumeId}&name=${encodeURIComponent(own[3]?.name ?? '')}`)).snapshots,
    ).toEqual([own[3]]);
    expect(await list('volume_id=no-such-volume&with_count=true')).toEqual({ count: 0, snapshots: [] });
  });

  it('shows one snapshot as the list does, and answers 404 NotFound for an unknown one', async () => {
    const snapshot = all[5] as Snapshot;
    expect(await api.ok(`/v1/snapshots/${snapshot.id}`)).toEqual(snapshot);
    const unknown = '11111111-2222-4333-8444-555555555555';
    const answer = await api.get(`/v1/snapshots/${unknown}`, { language: 'ko-KR' });
    expect(answer.status).toBe(404);
    expect(answer.json).toMatchObject({
      errors: [{ code: 'NotFound', detail: `스냅샷 ${unknown}을(를) 찾을 수 없습니다.` }],
    });
  });

  it('answers 400 for an unknown marker, a bad limit, offset, count flag or an over-long name', async () => {
    const unknown = '99999999-2222-4333-8444-555555555555';
    expect((await api.get(`/v1/snapshots?marker=${unknown}`)).json).toEqual(
      badRequest(`Marker ${unknown} could not be found.`),
    );
    for (const query of ['limit=-1', 'limit=x', 'offset=1.5', 'with_count=yes', `name=${'n'.repeat(256)}`])
      expect((await api.get(`/v1/snapshots?${query}`)).status, query).toBe(400);
    expect((await list(`name=${'n'.repeat(255)}`)).snapshots).toEqual([]);
  });
});
