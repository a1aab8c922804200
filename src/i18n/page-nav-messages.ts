import { pageNav as en } from './en/page-nav.ts';
import { pageNav as ko } from './ko/page-nav.ts';
import { lazySection } from './lazy-section.ts';

/** The header's page links. */
export const usePageNavMessages = lazySection({ en, ko });
