import { capacity as en } from './en/capacity.ts';
import { capacity as ko } from './ko/capacity.ts';
import { lazySection } from './lazy-section.ts';

/** The Capacity panel's strings. */
export const useCapacityMessages = lazySection({ en, ko });
