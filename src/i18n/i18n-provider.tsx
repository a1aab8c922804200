import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { createFormatters } from '../lib/format.ts';
import { en } from './en/index.ts';
import { I18nContext, type I18n } from './i18n-context.ts';
import { ko } from './ko/index.ts';
import { detectLocale, LOCALE_STORAGE_KEY, LOCALE_TAGS, readStoredLocale, type Locale } from './locale.ts';

const catalogues = { en, ko };

export function I18nProvider({ children, initialLocale }: { children: ReactNode; initialLocale?: Locale }) {
  const [locale, setLocaleState] = useState<Locale>(() => initialLocale ?? detectLocale(readStoredLocale()));

  useEffect(() => {
    // <html lang> drives screen readers, hyphenation, and the Accept-Language the API client sends.
    document.documentElement.lang = LOCALE_TAGS[locale];
  }, [locale]);

  const value = useMemo<I18n>(
    () => ({
      locale,
      setLocale: (next) => {
        setLocaleState(next);
        try {
          localStorage.setItem(LOCALE_STORAGE_KEY, next);
        } catch {
          // Private mode or storage disabled: the choice lasts for this page only.
        }
      },
      m: catalogues[locale],
      fmt: createFormatters(LOCALE_TAGS[locale]),
    }),
    [locale],
  );

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
