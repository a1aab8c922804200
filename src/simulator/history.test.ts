import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../scp/snapshot-schema.ts';
import type { Server, Volume } from '../scp/volume-schema.ts';
import { type PastTick, simulatedPast } from './history.ts';
import { serverToApi, snapshotToApi, volumeToApi } from './serialize.ts';
import { VolumeStore } from './store.ts';

const NOW = Date.UTC(2026, 10, 20, 9, 30);
const TEN_MINUTES = 600_000;
const DAY = 86_400_000;

function account(region: string) {
  const store = VolumeStore.generate({ seed: 'history-test', volumeCount: 1234, referenceTime: NOW, region });
  const version = { major: 1, minor: 3 };
  const present: Volume[] = store.volumes.map((volume) => volumeToApi(volume, version));
  const servers: Server[] = store.servers.map((server) => serverToApi(server, []));
  const snapshots: Snapshot[] = store.snapshots.list().map(snapshotToApi);
  return { present, servers, snapshots };
}

const times = Array.from({ length: 30 * 144 + 1 }, (_, i) => NOW - (30 * 144 - i) * TEN_MINUTES);

/** The account after each tick: what the inventory rebuilds from them. */
function replay(ticks: readonly PastTick[]): Map<string, Volume>[] {
  const account = new Map<string, Volume>();
  return ticks.map((tick) => {
    for (const volume of tick.volumes) account.set(volume.id, volume);
    for (const id of tick.gone) account.delete(id);
    return new Map(account);
  });
}

describe('the simulated past', () => {
  const { present, servers, snapshots } = account('kr-west1');
  const input = { region: 'kr-west1', present, servers, snapshots, times };
  const ticks = [...simulatedPast('seed', input)];
  const accounts = replay(ticks);
  const start = accounts[0] as Map<string, Volume>;

  it('has a tick per time, and leaves exactly the present objects', () => {
    expect(ticks).toHaveLength(times.length);
    const end = accounts.at(-1) as Map<string, Volume>;
    expect(end.size).toBe(present.length);
    expect(present.every((volume) => end.get(volume.id) === volume)).toBe(true);
  });

  it('changes at a few hundred times, and says nothing at the others', () => {
    const changing = ticks.slice(1).filter((tick) => tick.volumes.length + tick.gone.length > 0).length;
    expect(changing).toBeGreaterThan(50);
    expect(changing).toBeLessThan(1000);
  });

  it('is the same for the same seed, and another for another seed', () => {
    const again = [...simulatedPast('seed', input)];
    expect(JSON.stringify(again)).toBe(JSON.stringify(ticks));
    const other = [...simulatedPast('another', input)];
    expect(JSON.stringify(other)).not.toBe(JSON.stringify(ticks));
  });

  it('shows volumes created in the window only from their creation, and some that are gone now', () => {
    const newer = present.filter((volume) => Date.parse(volume.created_at) > (times[0] as number));
    expect(newer.length).toBeGreaterThan(0);
    expect(newer.every((volume) => !start.has(volume.id))).toBe(true);
    const now = new Set(present.map((volume) => volume.id));
    const gone = [...start.keys()].filter((id) => !now.has(id));
    expect(gone.length).toBeGreaterThanOrEqual(Math.round(1234 * 0.02) - 1);
  });

  it('keeps in-use ⇔ attached in every volume it shows, as SCP does', () => {
    const wrong = ticks
      .flatMap((tick) => tick.volumes)
      .filter((volume) => {
        const attached = (volume.servers ?? []).length > 0;
        return (volume.state === 'in-use' && !attached) || (volume.state === 'available' && attached);
      });
    expect(wrong).toEqual([]);
  });

  it('detaches, attaches, extends, renames and retypes some volumes over the month', () => {
    const before = (volume: Volume) => start.get(volume.id);
    const kinds = {
      detached: present.filter((v) => before(v)?.state === 'in-use' && v.state === 'available').length,
      attached: present.filter((v) => before(v)?.state === 'available' && v.state === 'in-use').length,
      extended: present.filter((v) => (before(v)?.size ?? v.size) * 2 === v.size).length,
      renamed: present.filter((v) => before(v) && before(v)?.name !== v.name).length,
      retyped: present.filter((v) => before(v) && before(v)?.volume_type !== v.volume_type).length,
    };
    expect(Object.values(kinds).every((count) => count > 0)).toBe(true);
    expect((times.at(-1) as number) - (times[0] as number)).toBe(30 * DAY);
  });

  it('ends with exactly the present snapshots, each taken when its created_at says, no larger than its volume then', () => {
    // One pass over the ticks, keeping the account and its snapshots as the inventory would.
    const volumes = new Map<string, Volume>();
    const held = new Map<string, Snapshot>();
    const first = new Set<string>();
    const takenAt = new Map<string, number>();
    const wrong: string[] = [];
    ticks.forEach((tick, i) => {
      for (const volume of tick.volumes) volumes.set(volume.id, volume);
      for (const id of tick.gone) volumes.delete(id);
      for (const id of tick.snapshotsGone) held.delete(id);
      for (const snapshot of tick.snapshots) {
        held.set(snapshot.id, snapshot);
        takenAt.set(snapshot.id, times[i] as number);
        const volume = volumes.get(snapshot.volume_id);
        if (!volume || snapshot.size > volume.size) wrong.push(`${snapshot.id} at ${i}`);
        if (i === 0) first.add(snapshot.id);
      }
    });
    expect(wrong).toEqual([]);
    expect([...held.keys()].sort()).toEqual(snapshots.map((snapshot) => snapshot.id).sort());
    expect(snapshots.every((snapshot) => held.get(snapshot.id) === snapshot)).toBe(true);
    const later = snapshots.filter((snapshot) => Date.parse(snapshot.created_at) > (times[0] as number));
    expect(later.length).toBeGreaterThan(10);
    for (const snapshot of later) {
      expect(first.has(snapshot.id)).toBe(false);
      const delay = (takenAt.get(snapshot.id) as number) - Date.parse(snapshot.created_at);
      expect(delay).toBeGreaterThanOrEqual(0);
      expect(delay).toBeLessThan(TEN_MINUTES);
    }
    const deleted = [...first].filter((id) => !held.has(id));
    expect(deleted.length).toBeGreaterThan(5);
    expect(deleted.length).toBeLessThan(100);
  });
});
