import { QueryClient, QueryClientProvider, type DefaultOptions } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { I18nProvider } from '../../i18n/i18n-provider.tsx';
import type { Locale } from '../../i18n/locale.ts';

export interface RenderOptions {
  locale?: Locale;
  /** Over the defaults below, e.g. the app's own retry policy for a test of retries. */
  queries?: DefaultOptions['queries'];
}

/** Fresh cache per test, no retries (a failure shows at once), in the chosen language. */
export function renderWithProviders(ui: ReactElement, { locale = 'en', queries }: RenderOptions = {}) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false, ...queries } },
  });
  function Wrapper({ children }: { children: ReactNode }) {
    return (
      <QueryClientProvider client={queryClient}>
        <I18nProvider initialLocale={locale}>{children}</I18nProvider>
      </QueryClientProvider>
    );
  }
  return { queryClient, ...render(ui, { wrapper: Wrapper }) };
}
