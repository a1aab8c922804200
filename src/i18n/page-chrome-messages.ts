import { pageChrome as en } from './en/page-chrome.ts';
import { pageChrome as ko } from './ko/page-chrome.ts';
import { lazySection } from './lazy-section.ts';

/** The strings of the page around the table (toolbar, paging, notices, shortcuts), all lazily loaded. */
export const usePageChromeMessages = lazySection({ en, ko });
