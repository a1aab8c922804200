import { drawer as en } from './en/drawer.ts';
import { drawer as ko } from './ko/drawer.ts';
import { lazySection } from './lazy-section.ts';

/** The drawer's strings; only the lazily loaded drawer imports this module. */
export const useDrawerMessages = lazySection({ en, ko });
