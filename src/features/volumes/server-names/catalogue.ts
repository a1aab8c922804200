import { serverNames as en } from '../../../i18n/en/server-names.ts';
import { serverNames as ko } from '../../../i18n/ko/server-names.ts';
import { useLazySection } from '../../../i18n/lazy-section.ts';

const CATALOGUE = { en, ko };

export type ServerNamesMessages = typeof en;

export function useServerNamesMessages(): ServerNamesMessages {
  return useLazySection(CATALOGUE);
}
