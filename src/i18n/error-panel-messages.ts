import { errorPanel as en } from './en/error-panel.ts';
import { errorPanel as ko } from './ko/error-panel.ts';
import { lazySection } from './lazy-section.ts';

/** The error panel's details, loaded with the panel, not before. */
export const useErrorPanelMessages = lazySection({ en, ko });
