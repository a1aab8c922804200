import { localSearch as en } from './en/local-search.ts';
import { localSearch as ko } from './ko/local-search.ts';
import { lazySection } from './lazy-section.ts';

/** The contains search's status line. */
export const useLocalSearchMessages = lazySection({ en, ko });
