import { generateAccount, type GenerateOptions } from './generate.ts';
import type { SimAccount, SimServer, SimVolume } from './model.ts';
import { SortIndex, type SortedOrder } from './sort-index.ts';
import type { SortTerm } from './sort-spec.ts';

/**
 * The simulated account: volumes and servers with the lookups the handler needs. Volumes
 * change only through `update` (churn), which keeps the server index and sort caches honest.
 */
export class VolumeStore {
  private readonly indexById = new Map<string, number>();
  private readonly serversById = new Map<string, SimServer>();
  /** Server id → indexes of the volumes that list it in `servers`. */
  private readonly attached = new Map<string, Set<number>>();
  private readonly sortIndex: SortIndex;

  constructor(private readonly account: SimAccount) {
    account.volumes.forEach((volume, index) => {
      this.indexById.set(volume.id, index);
      this.link(index);
    });
    for (const server of account.servers) this.serversById.set(server.id, server);
    this.sortIndex = new SortIndex(account.volumes);
  }

  static generate(options: GenerateOptions): VolumeStore {
    return new VolumeStore(generateAccount(options));
  }

  get volumes(): readonly SimVolume[] {
    return this.account.volumes;
  }

  get servers(): readonly SimServer[] {
    return this.account.servers;
  }

  indexOf(id: string): number | undefined {
    return this.indexById.get(id);
  }

  volume(id: string): SimVolume | undefined {
    const index = this.indexById.get(id);
    return index === undefined ? undefined : this.account.volumes[index];
  }

  server(id: string): SimServer | undefined {
    return this.serversById.get(id);
  }

  /** Volumes currently attached to a server, in id order (a stable answer for ShowServer). */
  volumesOf(serverId: string): SimVolume[] {
    const indexes = this.attached.get(serverId) ?? new Set<number>();
    return [...indexes]
      .map((index) => this.account.volumes[index])
      .filter((volume) => volume !== undefined)
      .sort((a, b) => (a.id < b.id ? -1 : 1));
  }

  sorted(terms: readonly SortTerm[]): SortedOrder {
    return this.sortIndex.sorted(terms);
  }

  /** Applies a change to one volume (state, attachments, modified_at) and drops what it stales. */
  update(index: number, change: (volume: SimVolume) => void): void {
    const volume = this.account.volumes[index];
    if (!volume) return;
    this.unlink(index);
    change(volume);
    this.link(index);
    this.sortIndex.invalidate(['state', 'modified_at']);
  }

  private link(index: number): void {
    for (const attachment of this.account.volumes[index]?.servers ?? []) {
      let set = this.attached.get(attachment.serverId);
      if (!set) this.attached.set(attachment.serverId, (set = new Set()));
      set.add(index);
    }
  }

  private unlink(index: number): void {
    for (const attachment of this.account.volumes[index]?.servers ?? []) {
      this.attached.get(attachment.serverId)?.delete(index);
    }
  }
}
