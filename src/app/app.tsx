import type { QueryClient } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { VolumesPage } from '../features/volumes/page/volumes-page.tsx';
import { useLocationSearch } from '../lib/location-store.ts';
import { AppHeader } from './app-header.tsx';
import { Providers } from './providers.tsx';

// The Changes page reads the inventory: its own chunk, loaded through the header's (app-header.tsx).
const ChangesPage = lazy(() =>
  import('../features/changes/inventory-views.tsx').then((module) => ({ default: module.ChangesPage })),
);

/**
 * A full-height shell: the table scrolls inside the page, so its header can stay in view. On a
 * screen too short for the filters and a few rows (or with the Capacity panel open), the page
 * scrolls too: the table keeps a minimum height (volumes-table.tsx) instead of shrinking away.
 */
export function App({ queryClient }: { queryClient?: QueryClient }) {
  return (
    <Providers queryClient={queryClient}>
      <div className="flex h-dvh flex-col">
        <AppHeader />
        <main className="min-h-0 flex-1 overflow-y-auto">
          <Page />
        </main>
      </div>
    </Providers>
  );
}

/** `?view=changes` is the Changes page; anything else the volumes. */
function Page() {
  return new URLSearchParams(useLocationSearch()).get('view') === 'changes' ? (
    <Suspense fallback={null}>
      <ChangesPage />
    </Suspense>
  ) : (
    <VolumesPage />
  );
}
