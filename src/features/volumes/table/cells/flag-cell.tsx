import { useI18n } from '../../../../i18n/i18n-context.ts';

/** Yes / No, with a dot so a column of flags scans at a glance; unknown shows a dash. */
export function FlagCell({ value }: { value: boolean | null | undefined }) {
  const { m } = useI18n();
  if (value === null || value === undefined) {
    return <span className="text-zinc-400">{m.common.none}</span>;
  }
  return (
    <span className={value ? '' : 'text-zinc-500 dark:text-zinc-400'}>
      <span
        aria-hidden="true"
        className={`mr-1.5 inline-block size-1.5 rounded-full align-middle ${value ? 'bg-blue-500' : 'bg-zinc-300 dark:bg-zinc-600'}`}
      />
      {value ? m.common.yes : m.common.no}
    </span>
  );
}
