import { useI18n } from '../../../i18n/i18n-context.ts';
import { NotSet } from './not-set.tsx';

/** Booleans as words (never a lone icon or colour); null or absent reads as "not set". */
export function YesNo({ value, yes, no }: { value: boolean | null | undefined; yes?: string; no?: string }) {
  const { m } = useI18n();
  if (value === null || value === undefined) return <NotSet />;
  return <span data-value={String(value)}>{value ? (yes ?? m.common.yes) : (no ?? m.common.no)}</span>;
}
