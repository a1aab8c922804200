import { deviceName } from './generate-servers.ts';
import type { SimAttachment, SimVolume } from './model.ts';
import { createRng, int, type Rng } from './random.ts';
import type { VolumeStore } from './store.ts';

const SECOND_MS = 1000;
const SPAWN_INTERVAL_MS = 20 * SECOND_MS;

/** creating → available, attaching → in-use, detaching → available. */
const MOVING_STATES: ReadonlySet<string> = new Set(['creating', 'attaching', 'detaching']);

/**
 * Life for demos (SCP_SIMULATOR_CHURN=1): volumes caught creating, attaching or detaching
 * finish within a minute or two, and every 20 s a few volumes start attaching or detaching,
 * so a refresh visibly changes the table. Time only moves when a request asks (`advance`).
 */
export class Churn {
  private readonly rng: Rng;
  private readonly due = new Map<number, number>();
  private nextSpawn: number;

  constructor(
    private readonly store: VolumeStore,
    seed: string,
    start: number,
  ) {
    this.rng = createRng(`churn:${seed}`);
    this.nextSpawn = start + SPAWN_INTERVAL_MS;
    store.volumes.forEach((volume, index) => {
      if (MOVING_STATES.has(volume.state)) this.due.set(index, start + int(this.rng, 15, 90) * SECOND_MS);
    });
  }

  advance(now: number): void {
    for (const [index, at] of this.due) {
      if (at > now) continue;
      this.due.delete(index);
      this.store.update(index, (volume) => settle(volume, at));
    }
    if (now >= this.nextSpawn) {
      this.spawn(now);
      this.nextSpawn = now + SPAWN_INTERVAL_MS;
    }
  }

  /** Starts as many attaches as detaches, so the state mix stays about the same over time. */
  private spawn(now: number): void {
    const volumes = this.store.volumes;
    const wanted = Math.min(20, Math.max(1, Math.round(volumes.length / 500)));
    let attaches = 0;
    let detaches = 0;
    for (let attempt = 0; attempt < wanted * 40 && attaches + detaches < 2 * wanted; attempt++) {
      const index = int(this.rng, 0, volumes.length - 1);
      const volume = volumes[index];
      if (!volume || volume.bootable || volume.multiattach || this.due.has(index)) continue;
      if (volume.state === 'available' && attaches < wanted) {
        const pending = this.pendingAttachment(volume, now);
        if (!pending) continue;
        this.begin(index, now, (v) => Object.assign(v, { state: 'attaching', pendingAttachment: pending }));
        attaches++;
      } else if (volume.state === 'in-use' && volume.servers.length === 1 && detaches < wanted) {
        this.begin(index, now, (v) => (v.state = 'detaching'));
        detaches++;
      }
    }
  }

  private begin(index: number, now: number, change: (volume: SimVolume) => void): void {
    this.store.update(index, (volume) => {
      change(volume);
      volume.modifiedAt = now;
    });
    this.due.set(index, now + int(this.rng, 10, 45) * SECOND_MS);
  }

  /** A server in the volume's zone, on its first free device (pending attaches included). */
  private pendingAttachment(volume: SimVolume, now: number): SimAttachment | null {
    const servers = this.store.servers.filter((server) => server.zone === volume.zone);
    if (servers.length === 0) return null;
    const server = servers[int(this.rng, 0, servers.length - 1)];
    if (!server) return null;
    const used = new Set<string>();
    for (const attached of this.store.volumesOf(server.id)) {
      for (const a of attached.servers) if (a.serverId === server.id) used.add(a.device);
    }
    for (const index of this.due.keys()) {
      const pending = this.store.volumes[index]?.pendingAttachment;
      if (pending?.serverId === server.id) used.add(pending.device);
    }
    let device = 1;
    while (used.has(deviceName(device))) device++;
    return { serverId: server.id, device: deviceName(device), attachedAt: now };
  }
}

/** Keeps the invariants: in-use has an attachment, available has none. */
function settle(volume: SimVolume, at: number): void {
  const pending = volume.pendingAttachment;
  volume.pendingAttachment = null;
  if (volume.state === 'attaching' && pending) {
    volume.state = 'in-use';
    volume.servers = [{ ...pending, attachedAt: at }];
  } else {
    volume.state = 'available';
    volume.servers = [];
  }
  volume.modifiedAt = Math.max(at, volume.createdAt);
}
