import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { Suspense, useState, type ReactNode } from 'react';
import { I18nProvider } from '../i18n/i18n-provider.tsx';
import { createQueryClient } from './query-client.ts';

export function Providers({
  children,
  queryClient: given,
}: {
  children: ReactNode;
  queryClient?: QueryClient;
}) {
  const [queryClient] = useState(() => given ?? createQueryClient());
  return (
    <QueryClientProvider client={queryClient}>
      {/* Only while a non-English catalogue loads on first visit (see I18nProvider). */}
      <Suspense fallback={null}>
        <I18nProvider>{children}</I18nProvider>
      </Suspense>
    </QueryClientProvider>
  );
}
