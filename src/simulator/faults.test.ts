import { afterEach, describe, expect, it } from 'vitest';
import type { Volume } from '../scp/volume-schema.ts';
import { TRANSITIONAL_STATES } from '../scp/volume-states.ts';
import { LONGEST_OPERATION_MS, OPERATION_SECONDS } from './churn.ts';
import { serve, TEST_NOW, type TestSimulator } from '../test/node/simulator-client.ts';

let api: TestSimulator | undefined;
afterEach(async () => {
  await api?.close();
  api = undefined;
});

interface Page {
  count: number;
  volumes: Volume[];
}

describe('SCP_SIMULATOR_LATENCY_MS', () => {
  it('delays every request by the latency ± 25 % jitter', async () => {
    const delays: number[] = [];
    const randoms = [0, 0.999, 0.5];
    let call = 0;
    api = await serve(
      { latencyMs: 400 },
      {
        random: () => randoms[call++ % randoms.length] ?? 0.5,
        sleep: async (ms) => {
          delays.push(ms);
        },
      },
    );
    await api.get('/', { sign: false });
    await api.get('/v1/volumes?limit=1');
    expect(delays).toHaveLength(2);
    for (const delay of delays) {
      expect(delay).toBeGreaterThanOrEqual(300);
      expect(delay).toBeLessThanOrEqual(500);
    }
  });

  it('really waits with the default sleep', async () => {
    api = await serve({ latencyMs: 60 }, { now: Date.now });
    const started = performance.now();
    expect((await api.get('/', { sign: false })).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(40);
  });

  it('adds nothing when 0', async () => {
    let slept = false;
    api = await serve({ latencyMs: 0 }, { sleep: async () => void (slept = true) });
    await api.get('/v1/volumes');
    expect(slept).toBe(false);
  });
});

describe('SCP_SIMULATOR_FAIL_RATE', () => {
  it('at 1 answers every authenticated request 500 ContactAdminForAssistance', async () => {
    api = await serve({ failRate: 1 });
    for (const path of ['/v1/volumes', '/v1/volumes/x', '/v1/servers/y', '/v1/nowhere']) {
      const response = await api.get(path);
      expect(response.status, path).toBe(500);
      expect(response.json).toMatchObject({
        errors: [{ code: 'ContactAdminForAssistance', title: 'ContactAdminForAssistance', status: 500 }],
      });
    }
    expect((await api.get('/v1/volumes', { language: 'ko-KR' })).json).toMatchObject({
      errors: [{ detail: '예기치 않은 오류가 발생했습니다. 관리자에게 문의하세요.' }],
    });
  });

  it('leaves the unauthenticated paths alone: versions answer, bad signatures still get 401', async () => {
    api = await serve({ failRate: 1 });
    expect((await api.get('/', { sign: false })).status).toBe(200);
    expect((await api.get('/v1/volumes', { sign: { secretKey: 'wrong' } })).status).toBe(401);
  });

  it('fails the drawn fraction of requests', async () => {
    let roll = 0;
    api = await serve({ failRate: 0.25 }, { random: () => (roll++ % 4) / 4 + 0.01 });
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) statuses.push((await api.get('/v1/volumes?limit=1')).status);
    expect(statuses.filter((status) => status === 500).length).toBeGreaterThan(0);
    expect(statuses.filter((status) => status === 200).length).toBeGreaterThan(0);
  });
});

describe('SCP_SIMULATOR_CHURN', () => {
  const moving = ['creating', 'attaching', 'detaching'];

  async function snapshot(server: TestSimulator, now: number): Promise<Volume[]> {
    const sign = { timestamp: now };
    const first = await server.ok<Page>('/v1/volumes?limit=1000&sort=name:asc', { sign });
    const rest = await server.ok<Page>('/v1/volumes?limit=1000&offset=1000&sort=name:asc', { sign });
    return [...first.volumes, ...rest.volumes];
  }

  it('moves creating → available, attaching → in-use, detaching → available, and keeps the invariants', async () => {
    let clock = TEST_NOW;
    api = await serve({ churn: true }, { now: () => clock });
    const before = await snapshot(api, clock);
    const wereMoving = before.filter((volume) => moving.includes(volume.state));
    expect(wereMoving.length).toBeGreaterThan(0);

    clock += 2 * 60_000;
    const after = new Map((await snapshot(api, clock)).map((volume) => [volume.id, volume]));
    for (const volume of wereMoving) {
      const now = after.get(volume.id) as Volume;
      const expected = volume.state === 'attaching' ? 'in-use' : 'available';
      // A volume may already have started a new operation since; then it was settled first.
      if (moving.includes(now.state)) continue;
      expect(now.state, volume.id).toBe(expected);
      expect(Date.parse(now.modified_at ?? '')).toBeGreaterThan(TEST_NOW);
      expect(Date.parse(now.modified_at ?? '')).toBeLessThanOrEqual(clock);
    }
    for (const volume of after.values()) {
      if (volume.state === 'in-use') expect(volume.servers?.length, volume.id).toBeGreaterThan(0);
      if (volume.state === 'available') expect(volume.servers, volume.id).toEqual([]);
    }
    const attachedNow = [...after.values()].find((v) =>
      wereMoving.some((w) => w.id === v.id && w.state === 'attaching'),
    );
    if (attachedNow?.state === 'in-use') {
      const server = await api.ok<{ volumes: { id: string }[] }>(
        `/v1/servers/${attachedNow.servers?.[0]?.id}`,
        {
          sign: { timestamp: clock },
        },
      );
      expect(server.volumes.map((v) => v.id)).toContain(attachedNow.id);
    }
  });

  it('keeps starting new operations, so a later refresh still changes data', async () => {
    let clock = TEST_NOW;
    api = await serve({ churn: true }, { now: () => clock });
    clock += 5 * 60_000;
    const settled = await snapshot(api, clock);
    clock += 21_000;
    const later = await snapshot(api, clock);
    const moves = later
      .map((volume, i) => `${settled[i]?.state} → ${volume.state}`)
      .filter((move) => !/^(.*) → \1$/.test(move));
    expect(moves.length).toBeGreaterThan(0);
    const legal = [
      'available → attaching',
      'in-use → detaching',
      'attaching → in-use',
      'detaching → available',
    ];
    expect(moves.filter((move) => !legal.includes(move))).toEqual([]);
  });

  it('reflects the changes in filters, counts and sorts (no stale cache)', async () => {
    let clock = TEST_NOW;
    api = await serve({ churn: true }, { now: () => clock });
    const creating = await api.ok<Page>('/v1/volumes?state=creating&sort=state:asc', {
      sign: { timestamp: clock },
    });
    expect(creating.count).toBeGreaterThan(0);
    clock += 2 * 60_000;
    const later = await api.ok<Page>('/v1/volumes?state=creating&sort=state:asc', {
      sign: { timestamp: clock },
    });
    expect(later.count).toBe(0);
    const byState = await api.ok<Page>('/v1/volumes?sort=state:asc&limit=1000', {
      sign: { timestamp: clock },
    });
    const states = byState.volumes.map((volume) => volume.state);
    expect(states).toEqual([...states].sort());
  });

  it('knows how long every transitional state lasts, so none is left for the UI to poll forever', () => {
    expect(Object.keys(OPERATION_SECONDS).sort()).toEqual([...TRANSITIONAL_STATES].sort());
    expect(LONGEST_OPERATION_MS).toBeLessThanOrEqual(5 * 60_000);
  });

  it('settles every transitional state: extends grow, deletes disappear, the rest follow their attachments', async () => {
    let clock = TEST_NOW;
    api = await serve({ churn: true }, { now: () => clock });
    const before = await snapshot(api, clock);
    const sign = () => ({ sign: { timestamp: clock } });
    const caught = before.filter((volume) => TRANSITIONAL_STATES.has(volume.state));
    expect(new Set(caught.map((volume) => volume.state))).toEqual(TRANSITIONAL_STATES);
    const deleting = caught.filter((volume) => volume.state === 'deleting');

    clock += LONGEST_OPERATION_MS + 1000;
    const after = new Map((await snapshot(api, clock)).map((volume) => [volume.id, volume]));

    expect(after.size).toBe(before.length - deleting.length);
    expect((await api.ok<Page>('/v1/volumes?limit=0', sign())).count).toBe(after.size);
    for (const gone of deleting) {
      expect(after.has(gone.id), gone.id).toBe(false);
      expect((await api.get(`/v1/volumes/${gone.id}`, sign())).status).toBe(404);
      expect((await api.get(`/v1/volumes?marker=${gone.id}`, sign())).status).toBe(400);
    }
    for (const volume of after.values()) {
      const attached = (volume.servers ?? []).length > 0;
      if (TRANSITIONAL_STATES.has(volume.state)) {
        // Only what churn itself started since, at this very request.
        expect(['attaching', 'detaching'], volume.id).toContain(volume.state);
        expect(Date.parse(volume.modified_at ?? ''), volume.id).toBe(clock);
      } else if (volume.state === 'in-use' || volume.state === 'available') {
        expect(volume.state, volume.id).toBe(attached ? 'in-use' : 'available');
      }
    }
    for (const volume of caught.filter((v) => v.state !== 'deleting')) {
      const now = after.get(volume.id) as Volume;
      if (volume.state === 'extending') expect(now.size, volume.id).toBeGreaterThan(volume.size);
      else expect(now.size, volume.id).toBe(volume.size);
      if (now.state === 'attaching' || now.state === 'detaching') continue;
      const servers = (now.servers ?? []).length;
      expect(now.state, `${volume.id} was ${volume.state}`).toBe(servers > 0 ? 'in-use' : 'available');
      const expectedServers =
        (volume.servers ?? []).length +
        (volume.state === 'attaching' ? 1 : volume.state === 'detaching' ? -1 : 0);
      expect(servers, `${volume.id} was ${volume.state}`).toBe(expectedServers);
      expect(Date.parse(now.modified_at ?? ''), volume.id).toBeGreaterThan(TEST_NOW);
    }
    const bySize = await api.ok<Page>('/v1/volumes?sort=size:desc&limit=1000', sign());
    const sizes = bySize.volumes.map((volume) => volume.size);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    for (const state of ['deleting', 'extending', 'backing-up', 'maintenance']) {
      expect((await api.ok<Page>(`/v1/volumes?state=${state}&limit=0`, sign())).count, state).toBe(0);
    }
  });

  it('changes nothing over time when off', async () => {
    let clock = TEST_NOW;
    api = await serve({ churn: false }, { now: () => clock });
    const before = await snapshot(api, clock);
    clock += 10 * 60_000;
    expect(await snapshot(api, clock)).toEqual(before);
  });
});
