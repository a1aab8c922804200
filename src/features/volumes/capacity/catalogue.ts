import { capacity as en } from '../../../i18n/en/capacity.ts';
import { capacity as ko } from '../../../i18n/ko/capacity.ts';
import { useLazySection } from '../../../i18n/lazy-section.ts';

const CATALOGUE = { en, ko };

export type CapacityMessages = typeof en;

export function useCapacityMessages(): CapacityMessages {
  return useLazySection(CATALOGUE);
}
