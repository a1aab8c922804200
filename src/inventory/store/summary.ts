import { IDLE_DAYS } from '../../scp/inventory-routes.ts';
import type { InventorySummary } from '../../scp/inventory-schema.ts';
import type { InventoryDb } from './engine.ts';
import { ATTACHED, BOOTABLE, currentIndex, type Dictionary, ENCRYPTED, observations } from './read-model.ts';
import { asOf, comparator, firstK, matcher, type SearchFilters, volumesAt } from './search.ts';

const DAY_MS = 86_400_000;
/** The Capacity panel's "largest volumes". */
export const LARGEST = 10;

/** Count and GB per value; largest GB first, then by value, so equal answers read alike. */
class Groups<V extends string | boolean | null> {
  private readonly count: Float64Array;
  private readonly gb: Float64Array;
  constructor(
    private readonly label: (code: number) => V,
    size: number,
  ) {
    this.count = new Float64Array(size);
    this.gb = new Float64Array(size);
  }
  add(code: number, gb: number): void {
    this.count[code] = (this.count[code] as number) + 1;
    this.gb[code] = (this.gb[code] as number) + gb;
  }
  list(): { value: V; count: number; size_gb: number }[] {
    return [...this.count]
      .map((count, code) => ({ value: this.label(code), count, size_gb: this.gb[code] as number }))
      .filter((group) => group.count > 0)
      .sort((a, b) => b.size_gb - a.size_gb || String(a.value).localeCompare(String(b.value)));
  }
}

const byDictionary = (dict: Dictionary) =>
  new Groups((code) => dict.values[code] ?? null, dict.values.length);
const byFlag = () => new Groups((code) => code === 1, 2);

/**
 * The matching volumes (every filter of search) added up, in one pass over the read model: what
 * the browser's Capacity panel showed by reading every volume of the account itself.
 */
export async function summary(db: InventoryDb, input: SearchFilters, now: number): Promise<InventorySummary> {
  const [index, observed] = await Promise.all([currentIndex(db), observations(db)]);
  const matches = matcher(index, input, now);
  const total = { count: 0, size_gb: 0 };
  const unattached = { count: 0, size_gb: 0 };
  const idleSince = IDLE_DAYS.map((days) => now - days * DAY_MS);
  const idle = IDLE_DAYS.map((days) => ({ days, count: 0, size_gb: 0 }));
  const groups = {
    volume_type: byDictionary(index.volumeType),
    state: byDictionary(index.state),
    region: byDictionary(index.region),
    bootable: byFlag(),
    encrypted: byFlag(),
  };
  const matching: number[] = [];
  for (let i = 0; i < index.size; i++) {
    if (!matches(i)) continue;
    matching.push(i);
    const gb = index.sizeGb[i] as number;
    const flags = index.flags[i] as number;
    total.count++;
    total.size_gb += gb;
    groups.volume_type.add(index.volumeType.codes[i] as number, gb);
    groups.state.add(index.state.codes[i] as number, gb);
    groups.region.add(index.region.codes[i] as number, gb);
    groups.bootable.add(flags & BOOTABLE ? 1 : 0, gb);
    groups.encrypted.add(flags & ENCRYPTED ? 1 : 0, gb);
    if (flags & ATTACHED) continue;
    unattached.count++;
    unattached.size_gb += gb;
    const since = index.unattachedSince[i] as number;
    idleSince.forEach((before, r) => {
      if (since <= before) {
        const bucket = idle[r] as (typeof idle)[number];
        bucket.count++;
        bucket.size_gb += gb;
      }
    });
  }
  const largest = firstK(matching, LARGEST, comparator(index, [{ key: 'size_gb', direction: 'desc' }]));
  return {
    ...asOf(observed),
    total,
    unattached,
    by: {
      volume_type: groups.volume_type.list(),
      state: groups.state.list(),
      region: groups.region.list(),
      bootable: groups.bootable.list(),
      encrypted: groups.encrypted.list(),
    },
    idle,
    largest: await volumesAt(db, index, largest, now),
  };
}
