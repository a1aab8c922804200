import type { InventorySummary } from '../../../scp/inventory-schema.ts';
import type { Volume } from '../../../scp/volume-schema.ts';
import type { CapacitySummary, Group, Tally } from '../capacity/summarise.ts';
import { toVolume } from './inventory-page.ts';

type Counted = { count: number; size_gb: number };
const tally = (counted: Counted | undefined): Tally => ({
  count: counted?.count ?? 0,
  gigabytes: counted?.size_gb ?? 0,
});
const groups = (list: readonly (Counted & { value: string | null })[]): Group[] =>
  list.map((group) => ({ key: group.value, ...tally(group) }));

/**
 * The inventory's summary (GET /api/inventory/summary) as the Capacity panel's figures, the
 * same shape the browser's own read adds up to (capacity/summarise.ts), so one view shows both.
 */
export function toCapacitySummary(answer: InventorySummary): CapacitySummary {
  const flag = (list: InventorySummary['by']['bootable'], value: boolean) =>
    tally(list.find((group) => group.value === value));
  const encryptedKnown = flag(answer.by.encrypted, true).count + flag(answer.by.encrypted, false).count;
  const encryptedKnownGb =
    flag(answer.by.encrypted, true).gigabytes + flag(answer.by.encrypted, false).gigabytes;
  return {
    total: tally(answer.total),
    byState: groups(answer.by.state),
    byType: groups(answer.by.volume_type),
    byRegion: groups(answer.by.region),
    bootable: { yes: flag(answer.by.bootable, true), no: flag(answer.by.bootable, false) },
    encrypted: {
      yes: flag(answer.by.encrypted, true),
      no: flag(answer.by.encrypted, false),
      unknown: {
        count: answer.total.count - encryptedKnown,
        gigabytes: answer.total.size_gb - encryptedKnownGb,
      },
    },
    unattached: tally(answer.unattached),
    largest: answer.largest.flatMap((row) => {
      const volume = toVolume(row, null);
      return volume.invalid === true ? [] : [volume as Volume];
    }),
  };
}
