import { useQuery } from '@tanstack/react-query';
import { useChangesMessages } from '../../../../i18n/changes-messages.ts';
import { useI18n } from '../../../../i18n/i18n-context.ts';
import { volumeSchema } from '../../../../scp/volume-schema.ts';
import { inventoryQueries } from '../../inventory/inventory-queries.ts';
import { DrawerSkeleton } from '../drawer-skeleton.tsx';
import { OverviewSection } from '../overview-section.tsx';
import { VolumeNotFound } from '../volume-not-found.tsx';
import { HistorySection } from './history-section.tsx';

/**
 * ShowVolume answered 404. When the inventory knows the volume, the drawer shows it as
 * deleted: its last known state and its history; otherwise (inventory off, never seen) the
 * plain "not found".
 */
export function DeletedVolume({ volumeId, onBack }: { volumeId: string; onBack: () => void }) {
  const t = useChangesMessages();
  const { fmt } = useI18n();
  const status = useQuery(inventoryQueries.status());
  const on = status.data?.enabled === true;
  // No history to ask for while the inventory is off: the plain "not found" at once.
  const query = useQuery({ ...inventoryQueries.history(volumeId), enabled: on });
  if (status.isPending || (on && query.isPending)) return <DrawerSkeleton />;
  if (!query.data) return <VolumeNotFound volumeId={volumeId} onBack={onBack} />;
  const last = query.data.versions[0];
  const parsed = last ? volumeSchema.safeParse({ ...last.volume, region: query.data.region }) : null;
  return (
    <div className="pb-6">
      <div
        role="status"
        data-testid="deleted-volume"
        className="m-5 space-y-1 rounded-md bg-red-50 p-4 text-sm ring-1 ring-red-600/20 ring-inset dark:bg-red-500/10 dark:ring-red-400/30"
      >
        <h3 className="font-semibold text-red-800 dark:text-red-200">{t.deleted.title}</h3>
        <p className="text-red-800 dark:text-red-100">{t.deleted.body(fmt.absolute(query.data.last_seen))}</p>
      </div>
      {parsed?.success && <OverviewSection volume={parsed.data} region={query.data.region} />}
      <HistorySection volumeId={volumeId} />
    </div>
  );
}
