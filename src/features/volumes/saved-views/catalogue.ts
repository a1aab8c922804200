import { savedViews as en } from '../../../i18n/en/saved-views.ts';
import { savedViews as ko } from '../../../i18n/ko/saved-views.ts';
import { useLazySection } from '../../../i18n/lazy-section.ts';

const CATALOGUE = { en, ko };

export type SavedViewsMessages = typeof en;

export function useSavedViewsMessages(): SavedViewsMessages {
  return useLazySection(CATALOGUE);
}
