import { lazy, Suspense } from 'react';
import type { Volume } from '../../../scp/volume-schema.ts';

// Most visits never open a volume: the drawer is its own chunk, fetched on first open.
export const loadDrawer = () => import('../drawer/volume-drawer.tsx');
const VolumeDrawer = lazy(() => loadDrawer().then((module) => ({ default: module.VolumeDrawer })));

export function DrawerHost({
  volumeId,
  pageVolumes,
  onNavigate,
  onClose,
}: {
  volumeId: string | null;
  pageVolumes: Volume[];
  onNavigate: (id: string) => void;
  onClose: () => void;
}) {
  if (!volumeId) return null;
  return (
    <Suspense fallback={null}>
      <VolumeDrawer volumeId={volumeId} pageVolumes={pageVolumes} onNavigate={onNavigate} onClose={onClose} />
    </Suspense>
  );
}
