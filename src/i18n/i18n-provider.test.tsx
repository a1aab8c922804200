import { act, render, screen } from '@testing-library/react';
import { Suspense, type ReactNode } from 'react';
import { afterEach, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  vi.resetModules();
});

/** The provider as the app gets it: Korean is not loaded until it is chosen. */
async function appModules() {
  // catalogues.ts preloads Korean only in MODE 'test'; any other mode is the app's case.
  vi.stubEnv('MODE', 'development');
  vi.resetModules();
  const [{ I18nProvider }, { useI18n }, { loadCatalogue, settledCatalogue }] = await Promise.all([
    import('./i18n-provider.tsx'),
    import('./i18n-context.ts'),
    import('./catalogues.ts'),
  ]);
  /** The provider under a Suspense boundary that shows 'loading' while a catalogue loads. */
  const suspended = (initialLocale: 'en' | 'ko', children: ReactNode) => (
    <Suspense fallback="loading">
      <I18nProvider initialLocale={initialLocale}>{children}</I18nProvider>
    </Suspense>
  );
  return { suspended, useI18n, loadCatalogue, settledCatalogue };
}

it('starts in a catalogue that is not loaded yet without React reporting misuse', async () => {
  const { suspended, useI18n, loadCatalogue, settledCatalogue } = await appModules();
  const errors = vi.spyOn(console, 'error');
  function Title() {
    return <h1>{useI18n().m.common.appName}</h1>;
  }

  // A Korean browser's first visit: the provider mounts before the chunk has arrived, and
  // suspends until it does. Whether the fallback shows at all depends on how fast the import
  // settles, so the test holds to what it controls: nothing was loaded when the provider mounted.
  expect(settledCatalogue('ko')).toBeUndefined();
  await act(async () => {
    render(suspended('ko', <Title />));
  });
  await act(() => loadCatalogue('ko'));

  expect(await screen.findByRole('heading', { name: 'SCP 볼륨' })).toBeInTheDocument();
  expect(errors).not.toHaveBeenCalled();
});

it('switches to a catalogue that is not loaded yet without React reporting misuse', async () => {
  const { suspended, useI18n, loadCatalogue } = await appModules();
  const errors = vi.spyOn(console, 'error');
  function Title() {
    const { m, setLocale } = useI18n();
    return <button onClick={() => setLocale('ko')}>{m.common.appName}</button>;
  }
  render(suspended('en', <Title />));

  // English is in the bundle: no suspense, no fallback, on the first render.
  expect(screen.getByRole('button', { name: 'SCP Volumes' })).toBeInTheDocument();
  // The switch suspends on the Korean chunk; act() lets React retry once it has arrived.
  await act(async () => screen.getByRole('button').click());
  await act(() => loadCatalogue('ko'));

  expect(await screen.findByRole('button', { name: 'SCP 볼륨' })).toBeInTheDocument();
  expect(errors).not.toHaveBeenCalled();
});
