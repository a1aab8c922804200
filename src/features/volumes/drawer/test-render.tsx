import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { I18nProvider } from '../../../i18n/i18n-provider.tsx';
import type { Locale } from '../../../i18n/locale.ts';

/** A fresh cache per test, no retries (failures show at once), in the chosen language. */
export function renderWithProviders(ui: ReactElement, { locale = 'en' }: { locale?: Locale } = {}) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } },
  });
  // A wrapper (not a wrapped element) so that `rerender` keeps the same cache and language.
  function Wrapper({ children }: { children: ReactNode }) {
    return (
      <QueryClientProvider client={queryClient}>
        <I18nProvider initialLocale={locale}>{children}</I18nProvider>
      </QueryClientProvider>
    );
  }
  return { queryClient, ...render(ui, { wrapper: Wrapper }) };
}
