import { exportMessages as en } from './en/export.ts';
import { exportMessages as ko } from './ko/export.ts';
import { lazySection } from './lazy-section.ts';

/** The export's strings; only the lazily loaded export menu and the walk's progress bar import this module. */
export const useExportMessages = lazySection({ en, ko });
