import { describe, expect, it } from 'vitest';
import type { Server, Volume } from '../scp/volume-schema.ts';
import { simulatedPast } from './history.ts';
import { serverToApi, volumeToApi } from './serialize.ts';
import { VolumeStore } from './store.ts';

const NOW = Date.UTC(2026, 10, 20, 9, 30);
const TEN_MINUTES = 600_000;
const DAY = 86_400_000;

function account(region: string) {
  const store = VolumeStore.generate({ seed: 'history-test', volumeCount: 1234, referenceTime: NOW, region });
  const version = { major: 1, minor: 3 };
  const present: Volume[] = store.volumes.map((volume) => volumeToApi(volume, version));
  const servers: Server[] = store.servers.map((server) => serverToApi(server, []));
  return { present, servers };
}

const times = Array.from({ length: 30 * 144 + 1 }, (_, i) => NOW - (30 * 144 - i) * TEN_MINUTES);

describe('the simulated past', () => {
  const { present, servers } = account('kr-west1');
  const past = [...simulatedPast('seed', { region: 'kr-west1', present, servers, times })];

  it('has a list per time and ends with the present objects themselves', () => {
    expect(past).toHaveLength(times.length);
    expect(past.at(-1)).toBe(present);
  });

  it('repeats the same list while nothing changes, and changes at a few hundred times', () => {
    const changes = past.filter((list, i) => i > 0 && list !== past[i - 1]).length;
    expect(changes).toBeGreaterThan(50);
    expect(changes).toBeLessThan(1000);
  });

  it('is the same for the same seed, and another for another seed', () => {
    const again = [...simulatedPast('seed', { region: 'kr-west1', present, servers, times })];
    expect(again.map((list) => list.length)).toEqual(past.map((list) => list.length));
    expect(JSON.stringify(again[100])).toBe(JSON.stringify(past[100]));
    const other = [...simulatedPast('another', { region: 'kr-west1', present, servers, times })];
    expect(JSON.stringify(other[100])).not.toBe(JSON.stringify(past[100]));
  });

  it('shows volumes created in the window only from their creation, and some that are gone now', () => {
    const first = new Set(past[0]?.map((volume) => volume.id));
    const newer = present.filter((volume) => Date.parse(volume.created_at) > times[0]!);
    expect(newer.length).toBeGreaterThan(0);
    expect(newer.every((volume) => !first.has(volume.id))).toBe(true);
    const now = new Set(present.map((volume) => volume.id));
    const gone = [...first].filter((id) => !now.has(id));
    expect(gone.length).toBeGreaterThanOrEqual(Math.round(1234 * 0.02) - 1);
  });

  it('keeps in-use ⇔ attached at every time, as SCP does', () => {
    const wrong: string[] = [];
    for (const list of new Set(past)) {
      for (const volume of list) {
        const attached = (volume.servers ?? []).length > 0;
        if ((volume.state === 'in-use' && !attached) || (volume.state === 'available' && attached)) {
          wrong.push(`${volume.id} ${volume.state}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('detaches, extends, renames and retypes some volumes over the month', () => {
    const start = new Map(past[0]?.map((volume) => [volume.id, volume]));
    const before = (volume: Volume) => start.get(volume.id);
    const kinds = {
      detached: present.filter((v) => before(v)?.state === 'in-use' && v.state === 'available').length,
      attached: present.filter((v) => before(v)?.state === 'available' && v.state === 'in-use').length,
      extended: present.filter((v) => (before(v)?.size ?? v.size) * 2 === v.size).length,
      renamed: present.filter((v) => before(v) && before(v)?.name !== v.name).length,
      retyped: present.filter((v) => before(v) && before(v)?.volume_type !== v.volume_type).length,
    };
    expect(Object.values(kinds).every((count) => count > 0)).toBe(true);
    expect(times.at(-1)! - times[0]!).toBe(30 * DAY);
  });
});
