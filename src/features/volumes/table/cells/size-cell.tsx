import { useI18n } from '../../../../i18n/i18n-context.ts';

export function SizeCell({ gigabytes }: { gigabytes: number }) {
  const { fmt } = useI18n();
  return <span className="tabular-nums">{fmt.gigabytes(gigabytes)}</span>;
}
