import { generateAccount, type GenerateOptions } from './generate.ts';
import type { SimAccount, SimQuotaLimits, SimServer, SimVolume } from './model.ts';
import type { Usage } from './quota.ts';
import { SnapshotBook } from './snapshot-book.ts';
import { SortIndex, type SortedOrder } from './sort-index.ts';
import { DEFAULT_SORT, sortCacheKey, type SortTerm } from './sort-spec.ts';
import { filterCacheKey, matches, type VolumeFilter } from './volume-filter.ts';

/** Filtered orders kept at once; each is at most 4 bytes a volume. */
const FILTERED_CACHE_SIZE = 64;

/**
 * The simulated account: volumes and servers with the lookups the handler needs. Volumes are
 * held in id order, which makes the id tie-break of every sort free. They change only through
 * `update` and `remove` (churn), which keep the server index and the sort and filter caches
 * honest. A removed volume keeps its index (so no other index moves) but is found by no lookup.
 */
export class VolumeStore {
  private readonly indexById = new Map<string, number>();
  private readonly serversById = new Map<string, SimServer>();
  /** Server id → indexes of the volumes that list it in `servers`. */
  private readonly attached = new Map<string, Set<number>>();
  private readonly sortIndex: SortIndex;
  private readonly filteredCache = new Map<string, Int32Array>();
  private readonly removed = new Set<number>();
  /** Every volume ever held, by index: removed ones included (see `exists`). */
  readonly volumes: readonly SimVolume[];
  readonly servers: readonly SimServer[];
  readonly snapshots: SnapshotBook;
  readonly accountId: string;
  readonly quotaLimits: SimQuotaLimits;

  constructor(account: SimAccount) {
    this.volumes = sortById(account.volumes);
    this.servers = account.servers;
    this.snapshots = new SnapshotBook(account.snapshots);
    this.accountId = account.accountId;
    this.quotaLimits = account.quota;
    this.volumes.forEach((volume, index) => {
      this.indexById.set(volume.id, index);
      this.link(index);
    });
    for (const server of account.servers) this.serversById.set(server.id, server);
    this.sortIndex = new SortIndex(this.volumes, this.removed);
    this.sortIndex.warm(DEFAULT_SORT);
  }

  static generate(options: GenerateOptions): VolumeStore {
    return new VolumeStore(generateAccount(options));
  }

  /** Whether the volume at `index` exists (was not deleted). */
  exists(index: number): boolean {
    return index >= 0 && index < this.volumes.length && !this.removed.has(index);
  }

  indexOf(id: string): number | undefined {
    return this.indexById.get(id);
  }

  volume(id: string): SimVolume | undefined {
    const index = this.indexById.get(id);
    return index === undefined ? undefined : this.volumes[index];
  }

  server(id: string): SimServer | undefined {
    return this.serversById.get(id);
  }

  /** Volumes currently attached to a server, in id order (a stable answer for ShowServer). */
  volumesOf(serverId: string): SimVolume[] {
    const indexes = this.attached.get(serverId) ?? new Set<number>();
    return [...indexes]
      .map((index) => this.volumes[index])
      .filter((volume) => volume !== undefined)
      .sort((a, b) => (a.id < b.id ? -1 : 1));
  }

  sorted(terms: readonly SortTerm[]): SortedOrder {
    return this.sortIndex.sorted(terms);
  }

  /** The matching volumes' indexes in sort order, cached: paging a filter is then O(page). */
  filtered(terms: readonly SortTerm[], filter: VolumeFilter): Int32Array {
    const key = `${sortCacheKey(terms)}|${filterCacheKey(filter)}`;
    const cached = this.filteredCache.get(key);
    if (cached) {
      // Re-inserting keeps the Map in least-recently-used order for eviction.
      this.filteredCache.delete(key);
      this.filteredCache.set(key, cached);
      return cached;
    }
    const { order } = this.sorted(terms);
    const hits: number[] = [];
    for (const index of order) if (matches(this.volumes[index] as SimVolume, filter)) hits.push(index);
    const result = Int32Array.from(hits);
    this.filteredCache.set(key, result);
    const oldest = this.filteredCache.keys().next();
    if (this.filteredCache.size > FILTERED_CACHE_SIZE && !oldest.done)
      this.filteredCache.delete(oldest.value);
    return result;
  }

  /** Applies a change to one volume (state, attachments, size, modified_at) and drops what it stales. */
  update(index: number, change: (volume: SimVolume) => void): void {
    const volume = this.volumes[index];
    if (!volume || !this.exists(index)) return;
    this.unlink(index);
    change(volume);
    this.link(index);
    this.sortIndex.invalidate(['state', 'modified_at', 'size']);
    this.filteredCache.clear();
  }

  /** What the quota counts now: every volume and snapshot listed, whatever its state. */
  usage(): Usage {
    let volumes = 0;
    let gigabytes = this.snapshots.totalGigabytes;
    this.volumes.forEach((volume, index) => {
      if (this.removed.has(index)) return;
      volumes++;
      gigabytes += volume.size;
    });
    return { volumes, snapshots: this.snapshots.count, gigabytes };
  }

  /**
   * The volume is gone (a delete finished): no list, count, lookup or server shows it again,
   * and neither do its snapshots (a cascading delete, the only one Cinder allows with any).
   */
  remove(index: number): void {
    const volume = this.volumes[index];
    if (!volume || !this.exists(index)) return;
    for (const snapshot of [...this.snapshots.list(volume.id)]) this.snapshots.remove(snapshot.id);
    this.unlink(index);
    this.indexById.delete(volume.id);
    this.removed.add(index);
    this.sortIndex.invalidate([]);
    this.filteredCache.clear();
  }

  private link(index: number): void {
    for (const attachment of this.volumes[index]?.servers ?? []) {
      let set = this.attached.get(attachment.serverId);
      if (!set) this.attached.set(attachment.serverId, (set = new Set()));
      set.add(index);
    }
  }

  private unlink(index: number): void {
    for (const attachment of this.volumes[index]?.servers ?? []) {
      this.attached.get(attachment.serverId)?.delete(index);
    }
  }
}

/**
 * Id order without 100,000 string comparisons: a native numeric sort of (first 8 hex digits,
 * index) packed in one exact float, then the rare runs sharing a prefix sorted as strings.
 */
function sortById(volumes: readonly SimVolume[]): SimVolume[] {
  const n = volumes.length;
  const stride = 2 ** Math.max(1, Math.ceil(Math.log2(n + 1)));
  const packed = new Float64Array(n);
  volumes.forEach((volume, i) => (packed[i] = parseInt(volume.id.slice(0, 8), 16) * stride + i));
  packed.sort();
  const sorted = Array.from(packed, (key) => volumes[key % stride] as SimVolume);
  for (let start = 0; start < n;) {
    let end = start + 1;
    const prefix = Math.floor((packed[start] ?? 0) / stride);
    while (end < n && Math.floor((packed[end] ?? 0) / stride) === prefix) end++;
    if (end - start > 1) {
      const run = sorted.slice(start, end).sort((a, b) => (a.id < b.id ? -1 : 1));
      sorted.splice(start, run.length, ...run);
    }
    start = end;
  }
  return sorted;
}
