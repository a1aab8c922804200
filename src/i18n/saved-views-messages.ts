import { savedViews as en } from './en/saved-views.ts';
import { savedViews as ko } from './ko/saved-views.ts';
import { lazySection } from './lazy-section.ts';

/** The saved-views menu's strings. */
export const useSavedViewsMessages = lazySection({ en, ko });
