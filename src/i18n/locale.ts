export const LOCALES = ['en', 'ko'] as const;
export type Locale = (typeof LOCALES)[number];

/** BCP 47 tags for Intl and for SCP's Accept-Language (the API knows only these two). */
export const LOCALE_TAGS: Record<Locale, string> = { en: 'en-US', ko: 'ko-KR' };

export const LOCALE_STORAGE_KEY = 'scp-volumes.locale';

export function isLocale(value: unknown): value is Locale {
  return value === 'en' || value === 'ko';
}

/** Stored choice first, then the browser's languages; English when nothing matches. */
export function detectLocale(
  stored: string | null,
  languages: readonly string[] = typeof navigator === 'undefined' ? [] : navigator.languages,
): Locale {
  if (isLocale(stored)) return stored;
  for (const language of languages) {
    const base = language.toLowerCase().split('-')[0];
    if (isLocale(base)) return base;
  }
  return 'en';
}

export function readStoredLocale(): string | null {
  try {
    return localStorage.getItem(LOCALE_STORAGE_KEY);
  } catch {
    return null;
  }
}
