import { describe, expect, it } from 'vitest';
import { KNOWN_STATES, TRANSITIONAL_STATES } from '../scp/volume-states.ts';
import { VOLUME_TYPES } from './catalog.ts';
import { generateAccount, HTML_VOLUME_NAME, RECENT_MAX_MINUTES } from './generate.ts';
import type { SimAccount } from './model.ts';
import { Simulator } from './simulator.ts';
import { CHECKED_SEEDS, ruleChecks, testAccount } from '../test/node/generated-account.ts';
import { TEST_NOW, TEST_SETTINGS } from '../test/node/simulator-client.ts';

/** Any instant works: the simulator passes its start time. */
const REFERENCE = TEST_NOW;
const MINUTE_MS = 60_000;
const TWO_YEARS_MS = 731 * 86_400_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const USER_ID = /^[0-9a-f]{32}$/;

/** Every rule a real account obeys, checked over the whole generated set. */
function problemsOf({ volumes, servers }: SimAccount): string[] {
  const { problems, check } = ruleChecks();
  const serverIds = new Set(servers.map((server) => server.id));
  const devices = new Set<string>();
  const typeIds = new Map<string, string>();
  for (const v of volumes) {
    const at = `${v.id} (${v.state})`;
    check(UUID.test(v.id), `${at}: id is not a UUID`);
    check(USER_ID.test(v.userId), `${at}: user_id is not 32 hex digits`);
    check(Number.isInteger(v.size) && v.size >= 8 && v.size <= 16384, `${at}: size ${v.size}`);
    check((typeIds.get(v.volumeType) ?? v.volumeTypeId) === v.volumeTypeId, `${at}: volume_type_id differs`);
    typeIds.set(v.volumeType, v.volumeTypeId);
    check(v.encrypted === v.volumeType.endsWith('_KMS'), `${at}: encrypted ≠ KMS type`);
    check(v.multiattach === (v.volumeType === 'SSD_MultiAttach'), `${at}: multiattach ≠ type`);
    check(v.state !== 'in-use' || v.servers.length >= 1, `${at}: in-use without attachment`);
    check(v.state !== 'available' || v.servers.length === 0, `${at}: available but attached`);
    check(v.servers.length <= (v.multiattach ? 5 : 1), `${at}: ${v.servers.length} attachments`);
    check(new Set(v.servers.map((a) => a.serverId)).size === v.servers.length, `${at}: a server twice`);
    check((v.pendingAttachment !== null) === (v.state === 'attaching'), `${at}: pending attachment`);
    let lastAttached = v.createdAt;
    for (const a of [...v.servers, ...(v.pendingAttachment ? [v.pendingAttachment] : [])]) {
      const device = `${a.serverId} ${a.device}`;
      check(serverIds.has(a.serverId), `${at}: server ${a.serverId} does not exist`);
      check(!devices.has(device), `${at}: device ${device} used twice`);
      devices.add(device);
      check(a.attachedAt >= v.createdAt && a.attachedAt <= REFERENCE, `${at}: attached_at out of range`);
      if (a !== v.pendingAttachment) lastAttached = Math.max(lastAttached, a.attachedAt);
    }
    check(
      v.createdAt >= REFERENCE - TWO_YEARS_MS && v.createdAt <= REFERENCE,
      `${at}: created_at out of range`,
    );
    check(v.modifiedAt === null || v.modifiedAt <= REFERENCE, `${at}: modified_at in the future`);
    check(v.modifiedAt === null || v.modifiedAt >= lastAttached, `${at}: modified_at before its history`);
    if (v.image) {
      check(v.bootable, `${at}: image metadata on a non-bootable volume`);
      check((v.image.min_disk ?? 0) <= v.size, `${at}: min_disk > size`);
      const k8s = v.image.image_name?.startsWith('k8s-node-') ?? false;
      check(!k8s || /^v1\.\d+\.\d+$/.test(v.image.scp_k8s_version ?? ''), `${at}: k8s image without version`);
    }
  }
  for (const [name, spec] of Object.entries(VOLUME_TYPES)) {
    check(!typeIds.has(name) || typeIds.get(name) === spec.id, `${name}: unstable volume_type_id`);
  }
  for (const server of servers) {
    check(server.name.length > 0 && server.createdAt <= REFERENCE, `server ${server.id}: no name or future`);
  }
  return problems;
}

describe('generated data', () => {
  it.each(CHECKED_SEEDS)('is consistent like a real account (seed %s)', (seed) => {
    expect(problemsOf(testAccount(seed))).toEqual([]);
  });

  it('stays consistent at 100,000 volumes', () => {
    const big = testAccount('scp-simulator', 100_000);
    expect(big.volumes).toHaveLength(100_000);
    expect(problemsOf(big)).toEqual([]);
  }, 30_000);

  it('is a function of the seed: the same seed gives the same account, another seed another', () => {
    expect(JSON.stringify(testAccount('alpha'))).toBe(JSON.stringify(testAccount('alpha')));
    expect(testAccount('alpha').volumes[40]?.id).not.toBe(testAccount('beta').volumes[40]?.id);
  });

  it('has the requested count (default 1,234: a multiple of no usual page size), even 0', () => {
    expect(testAccount('x').volumes).toHaveLength(1234);
    for (const pageSize of [10, 20, 25, 50, 100]) expect(1234 % pageSize).not.toBe(0);
    expect(testAccount('x', 0)).toMatchObject({ volumes: [], servers: [], snapshots: [] });
    expect(problemsOf(testAccount('x', 7))).toEqual([]);
  });

  it('is mostly available or in-use, with every known state present both bootable and not', () => {
    const { volumes } = testAccount('scp-simulator');
    const settled = volumes.filter((v) => v.state === 'available' || v.state === 'in-use').length;
    expect(settled / volumes.length).toBeGreaterThan(0.8);
    for (const state of KNOWN_STATES) {
      for (const bootable of [true, false]) {
        expect(
          volumes.some((v) => v.state === state && v.bootable === bootable),
          `${state} ${bootable}`,
        ).toBe(true);
      }
    }
  });

  it('has exactly one volume named with markup, and one with partial image metadata', () => {
    const { volumes } = testAccount('scp-simulator');
    expect(volumes.filter((v) => v.name === HTML_VOLUME_NAME)).toHaveLength(1);
    expect(volumes.filter((v) => v.name?.includes('<'))).toHaveLength(1);
    const partial = volumes.filter((v) => v.image && v.image.image_id === undefined);
    expect(partial).toHaveLength(1);
    expect(partial[0]?.image).toMatchObject({ image_name: expect.any(String), os_distro: null });
  });

  it('names volumes like teams do: English and Korean, some null or empty', () => {
    const names = testAccount('scp-simulator').volumes.map((v) => v.name);
    expect(names.some((name) => name !== null && /^[a-z0-9-]+-\d\d-(data|wal|log|boot|os)$/.test(name))).toBe(
      true,
    );
    expect(names.some((name) => name !== null && /[가-힣]/.test(name))).toBe(true);
    expect(names.filter((name) => name === null).length).toBeGreaterThan(0);
    expect(names.filter((name) => name === '').length).toBeGreaterThan(0);
    expect(names.filter((name) => !name).length).toBeLessThan(names.length * 0.05);
  });

  it('spreads sizes from 8 GB to 16 TB, most of them small', () => {
    const sizes = testAccount('scp-simulator', 20_000).volumes.map((v) => v.size);
    expect(Math.min(...sizes)).toBe(8);
    expect(Math.max(...sizes)).toBe(16384);
    expect(sizes.filter((size) => size <= 256).length / sizes.length).toBeGreaterThan(0.5);
  });

  it('uses all five volume types, multiattach volumes on 2 to 5 servers, servers holding several volumes', () => {
    const { volumes } = testAccount('scp-simulator');
    expect(new Set(volumes.map((v) => v.volumeType))).toEqual(new Set(Object.keys(VOLUME_TYPES)));
    const fanouts = new Set(volumes.filter((v) => v.servers.length > 1).map((v) => v.servers.length));
    for (const n of [2, 3, 5]) expect(fanouts.has(n)).toBe(true);
    const perServer = new Map<string, number>();
    for (const v of volumes)
      for (const a of v.servers) perServer.set(a.serverId, (perServer.get(a.serverId) ?? 0) + 1);
    expect([...perServer.values()].filter((n) => n >= 3).length).toBeGreaterThan(5);
  });

  it('gives bootable volumes OS images, Kubernetes node images included', () => {
    const bootable = testAccount('scp-simulator').volumes.filter((v) => v.bootable);
    const withImage = bootable.filter((v) => v.image !== null);
    expect(withImage.length / bootable.length).toBeGreaterThan(0.8);
    const distros = new Set(withImage.map((v) => v.image?.os_distro));
    for (const distro of ['alma', 'ubuntu', 'rhel', 'rocky', 'windows'])
      expect(distros.has(distro)).toBe(true);
    expect(withImage.some((v) => v.image?.scp_k8s_version)).toBe(true);
  });

  it('dates the account back from its start: another start shifts every timestamp, and nothing else', () => {
    const shift = 400 * 86_400_000 + 12_345;
    const first = generateAccount({ seed: 'shift', volumeCount: 500, referenceTime: REFERENCE });
    const later = generateAccount({ seed: 'shift', volumeCount: 500, referenceTime: REFERENCE + shift });
    const shifted = (time: number | null) => (time === null ? null : time + shift);
    const laterNames = new Map(later.volumes.map((v) => [v.id, v.name]));
    const expected = first.volumes.map((v) => ({
      ...v,
      createdAt: v.createdAt + shift,
      modifiedAt: shifted(v.modifiedAt),
      servers: v.servers.map((a) => ({ ...a, attachedAt: a.attachedAt + shift })),
      pendingAttachment: v.pendingAttachment && {
        ...v.pendingAttachment,
        attachedAt: v.pendingAttachment.attachedAt + shift,
      },
      // Some generated names carry their creation day, which moves with it.
      name: laterNames.has(v.id) ? laterNames.get(v.id) : 'missing',
    }));
    expect(later.volumes).toEqual(expected);
    expect(later.servers.map((s) => s.createdAt)).toEqual(first.servers.map((s) => s.createdAt + shift));
  });

  it('names dated volumes after their own creation day', () => {
    for (const v of testAccount('scp-simulator', 5000).volumes) {
      const day = /^snapshot-restore-(\d{8})$/.exec(v.name ?? '')?.[1];
      if (day) expect(new Date(v.createdAt).toISOString().slice(0, 10).replaceAll('-', ''), v.id).toBe(day);
    }
  });

  it('makes volumes caught mid-operation recent: changed minutes to hours ago, new ones created then', () => {
    const { volumes } = testAccount('scp-simulator', 5000);
    const transitional = volumes.filter((v) => TRANSITIONAL_STATES.has(v.state));
    expect(transitional.length).toBeGreaterThan(20);
    const oldest = REFERENCE - RECENT_MAX_MINUTES * MINUTE_MS;
    for (const v of transitional) {
      expect(v.modifiedAt ?? 0, `${v.id} ${v.state} modified_at`).toBeGreaterThanOrEqual(oldest);
      expect(v.modifiedAt ?? Infinity, `${v.id} ${v.state} modified_at`).toBeLessThan(REFERENCE);
      if (v.state === 'creating' || v.state === 'downloading') {
        expect(v.createdAt, `${v.id} ${v.state} created_at`).toBeGreaterThanOrEqual(oldest);
      }
    }
    const settled = volumes.filter((v) => v.state === 'available' || v.state === 'in-use');
    const olderThanAMonth = settled.filter((v) => v.createdAt < REFERENCE - 30 * 86_400_000);
    expect(olderThanAMonth.length / settled.length).toBeGreaterThan(0.8);
  });

  it("anchors the simulator's account to its start time (the injected now)", () => {
    const start = Date.UTC(2031, 2, 4, 5, 6, 7);
    const simulator = new Simulator({ ...TEST_SETTINGS, volumeCount: 200 }, { now: () => start });
    const newest = Math.max(...simulator.store.volumes.map((v) => v.modifiedAt ?? v.createdAt));
    expect(newest).toBeLessThanOrEqual(start);
    expect(newest).toBeGreaterThan(start - RECENT_MAX_MINUTES * MINUTE_MS);
    const again = new Simulator({ ...TEST_SETTINGS, volumeCount: 200 }, { now: () => start });
    expect(again.store.volumes).toEqual(simulator.store.volumes);
  });

  it('serves the same account at any start when its epoch is pinned (a restart changes nothing)', () => {
    const epoch = Date.UTC(2031, 2, 4, 5, 6, 7);
    const first = new Simulator({ ...TEST_SETTINGS, volumeCount: 200, epoch }, { now: () => epoch + 1000 });
    const later = new Simulator(
      { ...TEST_SETTINGS, volumeCount: 200, epoch },
      { now: () => epoch + 86_400_000 },
    );
    expect(later.store.volumes).toEqual(first.store.volumes);
    expect(later.store.servers).toEqual(first.store.servers);
  });
});
