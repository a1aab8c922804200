import { errorPanel as en } from '../../../i18n/en/error-panel.ts';
import { errorPanel as ko } from '../../../i18n/ko/error-panel.ts';
import { useLazySection } from '../../../i18n/lazy-section.ts';

const CATALOGUE = { en, ko };

/** The error panel's details in the current language, loaded with the panel, not before. */
export function useErrorPanelMessages(): typeof en {
  return useLazySection(CATALOGUE);
}
