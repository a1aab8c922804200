import type { SimSnapshot } from './model.ts';

/** Newest first, ties by id descending: Cinder's default order, which ListSnapshots keeps. */
export function newerFirst(a: SimSnapshot, b: SimSnapshot): number {
  return b.createdAt - a.createdAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

/** Where `snapshot` goes in a list in newerFirst order (binary search). */
function placeOf(list: readonly SimSnapshot[], snapshot: SimSnapshot): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (newerFirst(list[mid] as SimSnapshot, snapshot) < 0) low = mid + 1;
    else high = mid;
  }
  return low;
}

function removeFrom(list: SimSnapshot[], snapshot: SimSnapshot): void {
  const at = list.indexOf(snapshot);
  if (at !== -1) list.splice(at, 1);
}

/**
 * The region's snapshots, kept in the one order ListSnapshots answers in, overall and per
 * volume (the drawer's query), with their count and GB for the quota.
 */
export class SnapshotBook {
  private readonly byId = new Map<string, SimSnapshot>();
  private readonly byVolume = new Map<string, SimSnapshot[]>();
  private readonly order: SimSnapshot[];
  private gigabytes = 0;

  constructor(snapshots: readonly SimSnapshot[]) {
    this.order = [...snapshots].sort(newerFirst);
    for (const snapshot of this.order) {
      this.byId.set(snapshot.id, snapshot);
      this.listOf(snapshot.volumeId).push(snapshot);
      this.gigabytes += snapshot.size;
    }
  }

  get(id: string): SimSnapshot | undefined {
    return this.byId.get(id);
  }

  /** Every snapshot, or one volume's, newest first. */
  list(volumeId?: string): readonly SimSnapshot[] {
    return volumeId === undefined ? this.order : (this.byVolume.get(volumeId) ?? []);
  }

  get count(): number {
    return this.order.length;
  }

  get totalGigabytes(): number {
    return this.gigabytes;
  }

  add(snapshot: SimSnapshot): void {
    if (this.byId.has(snapshot.id)) return;
    this.byId.set(snapshot.id, snapshot);
    this.order.splice(placeOf(this.order, snapshot), 0, snapshot);
    const own = this.listOf(snapshot.volumeId);
    own.splice(placeOf(own, snapshot), 0, snapshot);
    this.gigabytes += snapshot.size;
  }

  /** A status change or the like: nothing it changes moves the snapshot in the order. */
  update(id: string, change: (snapshot: SimSnapshot) => void): void {
    const snapshot = this.byId.get(id);
    if (snapshot) change(snapshot);
  }

  remove(id: string): void {
    const snapshot = this.byId.get(id);
    if (!snapshot) return;
    this.byId.delete(id);
    removeFrom(this.order, snapshot);
    removeFrom(this.listOf(snapshot.volumeId), snapshot);
    this.gigabytes -= snapshot.size;
  }

  private listOf(volumeId: string): SimSnapshot[] {
    let list = this.byVolume.get(volumeId);
    if (!list) this.byVolume.set(volumeId, (list = []));
    return list;
  }
}
