import { startTransition, use, useLayoutEffect, useMemo, useState, type ReactNode } from 'react';
import { createFormatters } from '../lib/format.ts';
import type { Messages } from './messages.ts';
import { loadCatalogue, settledCatalogue } from './catalogues.ts';
import { I18nContext, type I18n } from './i18n-context.ts';
import { detectLocale, LOCALE_STORAGE_KEY, LOCALE_TAGS, readStoredLocale, type Locale } from './locale.ts';

/**
 * Suspends (once) while a catalogue that is not in the bundle loads; a Suspense boundary
 * above it shows nothing for those few milliseconds. Switching language is a transition,
 * so the page stays on screen in the old language until the new one has arrived.
 */
/** Locales that have been read through `use()` once: from then on always (see useCatalogue). */
const readThroughUse = new Set<Locale>();

/**
 * React requires a component that suspended on `use()` to call it again when it finishes, so a
 * locale that was ever read through `use()` always is (its settled promise answers at once). A
 * catalogue that had already arrived when first asked for (English, in the bundle; Korean
 * preloaded) is read directly: calling `use()` there made page renders in component tests wait
 * seconds for their first rows.
 */
function useCatalogue(locale: Locale): Messages {
  const settled = settledCatalogue(locale);
  if (settled && !readThroughUse.has(locale)) return settled;
  readThroughUse.add(locale);
  return use(loadCatalogue(locale));
}

export function I18nProvider({ children, initialLocale }: { children: ReactNode; initialLocale?: Locale }) {
  const [locale, setLocaleState] = useState<Locale>(() => initialLocale ?? detectLocale(readStoredLocale()));
  const m = useCatalogue(locale);

  // A layout effect runs before any passive one, so <html lang> is set before the first query
  // subscribes: it drives screen readers, hyphenation, and the Accept-Language the API client sends.
  useLayoutEffect(() => {
    document.documentElement.lang = LOCALE_TAGS[locale];
    document.title = m.common.appName;
  }, [locale, m]);

  const value = useMemo<I18n>(
    () => ({
      locale,
      setLocale: (next) => {
        startTransition(() => setLocaleState(next));
        try {
          localStorage.setItem(LOCALE_STORAGE_KEY, next);
        } catch {
          // Private mode or storage disabled: the choice lasts for this page only.
        }
      },
      m,
      fmt: createFormatters(LOCALE_TAGS[locale]),
    }),
    [locale, m],
  );

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
