import { lazy, Suspense } from 'react';
import type { VolumeDrawerProps } from '../drawer/volume-drawer.tsx';

// Most visits never open a volume: the drawer is its own chunk, fetched on first open.
// eslint-disable-next-line import-x/no-cycle -- a cycle through lazy imports only (drawer → inventory chunk → Changes page → drawer): see changes/inventory-views.tsx
export const loadDrawer = () => import('../drawer/volume-drawer.tsx');
const VolumeDrawer = lazy(() => loadDrawer().then((module) => ({ default: module.VolumeDrawer })));

/** The drawer while `?volume=` names one, nothing otherwise. */
export function DrawerHost({
  volumeId,
  ...drawer
}: Omit<VolumeDrawerProps, 'volumeId'> & { volumeId: string | null }) {
  if (!volumeId) return null;
  return (
    <Suspense fallback={null}>
      <VolumeDrawer volumeId={volumeId} {...drawer} />
    </Suspense>
  );
}
