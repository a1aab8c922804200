import { lazy, Suspense } from 'react';
import type { Volume } from '../../../scp/volume-schema.ts';

// Most visits never open a volume: the drawer is its own chunk, fetched on first open.
// eslint-disable-next-line import-x/no-cycle -- a cycle through lazy imports only (drawer → inventory chunk → Changes page → drawer): see changes/inventory-views.tsx
export const loadDrawer = () => import('../drawer/volume-drawer.tsx');
const VolumeDrawer = lazy(() => loadDrawer().then((module) => ({ default: module.VolumeDrawer })));

export function DrawerHost({
  volumeId,
  region,
  pageVolumes,
  onNavigate,
  onClose,
}: {
  volumeId: string | null;
  /** Where to ask for it when no page row says (the Changes page knows it from the change). */
  region?: string | undefined;
  pageVolumes: Volume[];
  onNavigate: (id: string) => void;
  onClose: () => void;
}) {
  if (!volumeId) return null;
  return (
    <Suspense fallback={null}>
      <VolumeDrawer
        volumeId={volumeId}
        region={region}
        pageVolumes={pageVolumes}
        onNavigate={onNavigate}
        onClose={onClose}
      />
    </Suspense>
  );
}
