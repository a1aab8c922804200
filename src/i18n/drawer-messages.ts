import { drawer as en, type DrawerMessages } from './en/drawer.ts';
import { useI18n } from './i18n-context.ts';
import { drawer as ko } from './ko/drawer.ts';
import type { Locale } from './locale.ts';

const CATALOGUE: Record<Locale, DrawerMessages> = { en, ko };

/**
 * The drawer's strings in the current language. Only the lazily loaded drawer imports this
 * module, so its strings (both languages, about 2 kB gzip together) stay out of the first
 * bundle and are there, without another request, whenever the drawer is.
 */
export function useDrawerMessages(): DrawerMessages {
  return CATALOGUE[useI18n().locale];
}
