import { useI18n } from './i18n-context.ts';
import type { Locale } from './locale.ts';

/**
 * The hook of a section of strings that only a lazily loaded part of the page uses (the
 * drawer, the export, the Capacity panel, …): `export const useDrawerMessages =
 * lazySection({ en, ko })`, in a module of its own (i18n/<section>-messages.ts) that only that
 * part imports. Its chunk then carries both languages, so the initial bundle pays for neither
 * and a change of language needs no request. The Korean file is typed by the English one, as
 * the main catalogue is.
 */
export function lazySection<T>(section: Record<Locale, T>): () => T {
  return function useSection() {
    return section[useI18n().locale];
  };
}
