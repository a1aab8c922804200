import { pageChrome as en, type PageChromeMessages } from './en/page-chrome.ts';
import { useI18n } from './i18n-context.ts';
import { pageChrome as ko } from './ko/page-chrome.ts';
import type { Locale } from './locale.ts';

const CATALOGUE: Record<Locale, PageChromeMessages> = { en, ko };

/**
 * The strings of the page around the table in the current language. Only lazily loaded chrome
 * (toolbar, paging, notices, shortcuts) imports this module, so they (both languages) stay out
 * of the first bundle, as the drawer's and the export's do.
 */
export function usePageChromeMessages(): PageChromeMessages {
  return CATALOGUE[useI18n().locale];
}
