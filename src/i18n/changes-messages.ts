import { changes as en } from './en/changes.ts';
import { changes as ko } from './ko/changes.ts';
import { lazySection } from './lazy-section.ts';

/** The Changes page's and the drawer's History strings (both lazily loaded). */
export const useChangesMessages = lazySection({ en, ko });
