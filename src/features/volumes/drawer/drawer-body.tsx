import { lazy, Suspense } from 'react';
import { AttachmentsSection } from './attachments-section.tsx';
import { DrawerError } from './drawer-error.tsx';
import { DrawerSkeleton } from './drawer-skeleton.tsx';
import { ImageMetadataSection } from './image-metadata-section.tsx';
import { OverviewSection } from './overview-section.tsx';
import { RawJsonSection } from './raw-json-section.tsx';
import { SnapshotsSection } from './snapshots-section.tsx';
import type { VolumeDetail } from './use-volume-detail.ts';

// The inventory's parts (history, a deleted volume's last state): the inventory's chunk.
// eslint-disable-next-line import-x/no-cycle -- a cycle through lazy imports only (drawer → inventory chunk → Changes page → drawer), each loaded once; one chunk keeps the initial bundle in budget (inventory-views.tsx)
const inventoryViews = () => import('../../changes/inventory-views.tsx');
const HistorySection = lazy(() => inventoryViews().then((module) => ({ default: module.HistorySection })));
const DeletedVolume = lazy(() => inventoryViews().then((module) => ({ default: module.DeletedVolume })));

interface DrawerBodyProps {
  volumeId: string;
  /** Its read: the volume so far (a page row first), whether it is gone, and the query. */
  detail: Pick<VolumeDetail, 'volume' | 'notFound' | 'query'>;
  /** Where the volume lives, when known (volume-drawer.tsx). */
  region: string | undefined;
  onClose: () => void;
}

export function DrawerBody({ volumeId, detail, region, onClose }: DrawerBodyProps) {
  const { volume, notFound, query } = detail;
  if (notFound) {
    // A deleted volume: its last known state from the inventory, when it has one.
    return (
      <Suspense fallback={<DrawerSkeleton />}>
        <DeletedVolume volumeId={volumeId} onBack={onClose} />
      </Suspense>
    );
  }
  if (!volume) {
    if (query.isError) return <DrawerError query={query} region={region} />;
    return <DrawerSkeleton />;
  }
  return (
    <div className="pb-6">
      {/* The list's row is still worth showing: say plainly that it may be stale, and why. */}
      {query.isError && <DrawerError query={query} region={region} stale />}
      <OverviewSection volume={volume} region={region} />
      <AttachmentsSection attachments={volume.servers} region={region} />
      <SnapshotsSection key={volume.id} volumeId={volume.id} region={region} />
      <Suspense fallback={null}>
        <HistorySection volumeId={volume.id} />
      </Suspense>
      <ImageMetadataSection volume={volume} />
      <RawJsonSection volume={volume} />
    </div>
  );
}
