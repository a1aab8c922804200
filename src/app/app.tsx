import type { QueryClient } from '@tanstack/react-query';
import { VolumesPage } from '../features/volumes/page/volumes-page.tsx';
import { AppHeader } from './app-header.tsx';
import { Providers } from './providers.tsx';

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
          <VolumesPage />
        </main>
      </div>
    </Providers>
  );
}
