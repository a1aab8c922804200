import { useI18n } from './i18n-context.ts';
import type { Locale } from './locale.ts';

/**
 * Strings of a lazily loaded feature live beside the main catalogues but outside them
 * (en/capacity.ts + ko/capacity.ts): the feature's chunk imports both, so the initial bundle
 * pays for neither. The Korean file is typed by the English one, as the main catalogue is.
 */
export function useLazySection<T>(section: Record<Locale, T>): T {
  return section[useI18n().locale];
}
