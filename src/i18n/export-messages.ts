import { exportMessages as en, type ExportMessages } from './en/export.ts';
import { useI18n } from './i18n-context.ts';
import { exportMessages as ko } from './ko/export.ts';
import type { Locale } from './locale.ts';

const CATALOGUE: Record<Locale, ExportMessages> = { en, ko };

/**
 * The export's strings in the current language. Only the lazily loaded export menu imports
 * this module, so its strings (both languages) stay out of the first bundle, as the drawer's do.
 */
export function useExportMessages(): ExportMessages {
  return CATALOGUE[useI18n().locale];
}
