import { act, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
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
  const [{ I18nProvider }, { useI18n }, { loadCatalogue }] = await Promise.all([
    import('./i18n-provider.tsx'),
    import('./i18n-context.ts'),
    import('./catalogues.ts'),
  ]);
  return { I18nProvider, useI18n, loadCatalogue };
}

it('starts in a catalogue that is not loaded yet without React reporting misuse', async () => {
  const { I18nProvider, useI18n, loadCatalogue } = await appModules();
  const errors = vi.spyOn(console, 'error');
  function Title() {
    return <h1>{useI18n().m.common.appName}</h1>;
  }

  // A Korean browser's first visit: the provider suspends on mount until the chunk arrives.
  await act(async () => {
    render(
      <Suspense fallback="loading">
        <I18nProvider initialLocale="ko">
          <Title />
        </I18nProvider>
      </Suspense>,
    );
  });
  expect(screen.getByText('loading')).toBeInTheDocument();
  await act(() => loadCatalogue('ko'));

  expect(await screen.findByRole('heading', { name: 'SCP 볼륨' })).toBeInTheDocument();
  expect(errors).not.toHaveBeenCalled();
});

it('switches to a catalogue that is not loaded yet without React reporting misuse', async () => {
  const { I18nProvider, useI18n, loadCatalogue } = await appModules();
  const errors = vi.spyOn(console, 'error');
  function Title() {
    const { m, setLocale } = useI18n();
    return <button onClick={() => setLocale('ko')}>{m.common.appName}</button>;
  }
  render(
    <Suspense fallback="loading">
      <I18nProvider initialLocale="en">
        <Title />
      </I18nProvider>
    </Suspense>,
  );

  // English is in the bundle: no suspense, no fallback, on the first render.
  expect(screen.getByRole('button', { name: 'SCP Volumes' })).toBeInTheDocument();
  // The switch suspends on the Korean chunk; act() lets React retry once it has arrived.
  await act(async () => screen.getByRole('button').click());
  await act(() => loadCatalogue('ko'));

  expect(await screen.findByRole('button', { name: 'SCP 볼륨' })).toBeInTheDocument();
  expect(errors).not.toHaveBeenCalled();
});
