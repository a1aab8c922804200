import { useI18n } from '../../../i18n/i18n-context.ts';

/** An absent or null value: a quiet dash for the eye, words for screen readers. */
export function NotSet() {
  const { m } = useI18n();
  return (
    <span className="text-zinc-400 dark:text-zinc-500" title={m.drawer.notSet}>
      <span aria-hidden="true">{m.common.none}</span>
      <span className="sr-only">{m.drawer.notSet}</span>
    </span>
  );
}
