import { deviceName } from './generate-servers.ts';
import { MAX_VOLUME_SIZE_GB } from './catalog.ts';
import type { SimAttachment, SimVolume } from './model.ts';
import { createRng, int, type Rng } from './random.ts';
import { SnapshotChurn } from './snapshot-churn.ts';
import type { VolumeStore } from './store.ts';

const SECOND_MS = 1000;
const SPAWN_INTERVAL_MS = 20 * SECOND_MS;

/**
 * How long each transitional state lasts under churn, in seconds (min, max). Every state of
 * TRANSITIONAL_STATES is here, so a volume the UI polls on always settles and the polling stops;
 * quick operations take about a minute, data copies and maintenance a few.
 */
export const OPERATION_SECONDS: Readonly<Record<string, readonly [number, number]>> = {
  creating: [15, 90],
  attaching: [15, 90],
  detaching: [15, 90],
  deleting: [20, 60],
  extending: [30, 120],
  downloading: [60, 240],
  'backing-up': [60, 240],
  'restoring-backup': [60, 240],
  reverting: [60, 240],
  reserved: [60, 300],
  maintenance: [60, 300],
};

/** The longest any operation started by the data or by churn takes, in ms. */
export const LONGEST_OPERATION_MS =
  Math.max(...Object.values(OPERATION_SECONDS).map(([, max]) => max)) * 1000;

/**
 * Life for demos (SCP_SIMULATOR_CHURN=1): every volume caught in a transitional state settles
 * within a few minutes (deleting ones disappear), and every 20 s a few volumes start attaching
 * or detaching, so a refresh visibly changes the table; snapshots likewise (snapshot-churn.ts).
 * Time only moves when a request asks (`advance`).
 */
export class Churn {
  private readonly rng: Rng;
  private readonly due = new Map<number, number>();
  private readonly snapshots: SnapshotChurn;
  private nextSpawn: number;

  constructor(
    private readonly store: VolumeStore,
    seed: string,
    start: number,
  ) {
    this.rng = createRng(`churn:${seed}`);
    this.snapshots = new SnapshotChurn(store, seed, start);
    this.nextSpawn = start + SPAWN_INTERVAL_MS;
    store.volumes.forEach((volume, index) => {
      const duration = OPERATION_SECONDS[volume.state];
      if (duration) this.due.set(index, start + int(this.rng, ...duration) * SECOND_MS);
    });
  }

  advance(now: number): void {
    for (const [index, at] of this.due) {
      if (at > now) continue;
      this.due.delete(index);
      if (this.store.volumes[index]?.state === 'deleting') this.store.remove(index);
      else this.store.update(index, (volume) => settle(volume, at));
    }
    this.snapshots.settle(now);
    if (now >= this.nextSpawn) {
      this.spawn(now);
      this.snapshots.spawn(now);
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
      if (!volume || !this.store.exists(index) || volume.bootable || volume.multiattach) continue;
      if (this.due.has(index)) continue;
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

/**
 * Ends an operation the way SCP does, keeping the invariant in-use ⇔ attached: an attach adds
 * its server, a detach drops one, an extension grows the volume; every other operation (backup,
 * restore, revert, download, reservation, maintenance) leaves the attachments as they were.
 */
function settle(volume: SimVolume, at: number): void {
  if (volume.state === 'attaching' && volume.pendingAttachment) {
    volume.servers = [...volume.servers, { ...volume.pendingAttachment, attachedAt: at }];
  } else if (volume.state === 'detaching') {
    volume.servers = volume.servers.slice(0, -1);
  } else if (volume.state === 'extending') {
    volume.size = Math.min(MAX_VOLUME_SIZE_GB, volume.size * 2);
  }
  volume.pendingAttachment = null;
  volume.state = volume.servers.length > 0 ? 'in-use' : 'available';
  volume.modifiedAt = Math.max(at, volume.createdAt);
}
