import { canHoldSnapshots } from './generate-snapshots.ts';
import type { SimSnapshot } from './model.ts';
import { fits } from './quota.ts';
import { createRng, int, uuid, type Rng } from './random.ts';
import { SNAPSHOT_OPERATION_SECONDS, snapshotLeaves } from './snapshot-states.ts';
import type { VolumeStore } from './store.ts';

const SECOND_MS = 1000;

/**
 * The snapshots' share of churn (churn.ts): every snapshot caught mid-operation settles within
 * seconds to four minutes (deleting and unmanaging ones disappear), and each spawn takes one
 * snapshot of a settled volume, if the quota allows, and starts deleting another. A stream of
 * its own, so the volumes churn as they did before snapshots existed.
 */
export class SnapshotChurn {
  private readonly rng: Rng;
  /** Snapshot id → when its operation ends. */
  private readonly due = new Map<string, number>();

  constructor(
    private readonly store: VolumeStore,
    seed: string,
    start: number,
  ) {
    this.rng = createRng(`churn-snapshots:${seed}`);
    for (const snapshot of store.snapshots.list()) {
      const duration = SNAPSHOT_OPERATION_SECONDS[snapshot.status];
      if (duration) this.due.set(snapshot.id, start + this.seconds(duration));
    }
  }

  settle(now: number): void {
    for (const [id, at] of this.due) {
      if (at > now) continue;
      this.due.delete(id);
      const snapshot = this.store.snapshots.get(id);
      if (snapshot && snapshotLeaves(snapshot.status)) this.store.snapshots.remove(id);
      else this.store.snapshots.update(id, (s) => Object.assign(s, { status: 'available', updatedAt: at }));
    }
  }

  spawn(now: number): void {
    this.take(now);
    this.startDeleting(now);
  }

  private take(now: number): void {
    const volumes = this.store.volumes;
    for (let attempt = 0; attempt < 40 && volumes.length > 0; attempt++) {
      const index = int(this.rng, 0, volumes.length - 1);
      const volume = volumes[index];
      if (!volume || !this.store.exists(index) || !canHoldSnapshots(volume)) continue;
      if (volume.state !== 'available' && volume.state !== 'in-use') continue;
      const usage = this.store.usage();
      const limits = this.store.quotaLimits;
      // Cinder refuses a snapshot over quota: so does the account here.
      if (
        !fits(usage.snapshots, 1, limits.snapshots) ||
        !fits(usage.gigabytes, volume.size, limits.gigabytes)
      )
        return;
      const snapshot: SimSnapshot = {
        id: uuid(this.rng),
        volumeId: volume.id,
        name: `${volume.name || 'volume'}-snap-${new Date(now).toISOString().slice(0, 10).replaceAll('-', '')}`,
        description: null,
        size: volume.size,
        status: 'creating',
        createdAt: now,
        updatedAt: null,
        userId: volume.userId,
        metadata: {},
      };
      this.store.snapshots.add(snapshot);
      this.due.set(snapshot.id, now + this.seconds(SNAPSHOT_OPERATION_SECONDS.creating));
      return;
    }
  }

  private startDeleting(now: number): void {
    const all = this.store.snapshots.list();
    for (let attempt = 0; attempt < 40 && all.length > 0; attempt++) {
      const snapshot = all[int(this.rng, 0, all.length - 1)];
      if (!snapshot || snapshot.status !== 'available' || this.due.has(snapshot.id)) continue;
      this.store.snapshots.update(snapshot.id, (s) =>
        Object.assign(s, { status: 'deleting', updatedAt: now }),
      );
      this.due.set(snapshot.id, now + this.seconds(SNAPSHOT_OPERATION_SECONDS.deleting));
      return;
    }
  }

  private seconds(range: readonly [number, number] | undefined): number {
    const [min, max] = range ?? [15, 90];
    return int(this.rng, min, max) * SECOND_MS;
  }
}
