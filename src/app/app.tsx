import type { QueryClient } from '@tanstack/react-query';
import { VolumesPage } from '../features/volumes/page/volumes-page.tsx';
import { AppHeader } from './app-header.tsx';
import { Providers } from './providers.tsx';

/** A full-height shell: the table scrolls inside the page, so its header can stay in view. */
export function App({ queryClient }: { queryClient?: QueryClient }) {
  return (
    <Providers queryClient={queryClient}>
      <div className="flex h-dvh min-h-[28rem] flex-col">
        <AppHeader />
        <main className="min-h-0 flex-1">
          <VolumesPage />
        </main>
      </div>
    </Providers>
  );
}
