import { fullRead as en } from './en/full-read.ts';
import { fullRead as ko } from './ko/full-read.ts';
import { lazySection } from './lazy-section.ts';

/** The full reads' shared strings: progress, read time, missing regions. */
export const useFullReadMessages = lazySection({ en, ko });
