import { useDrawerMessages } from '../../../i18n/drawer-messages.ts';
import { useI18n } from '../../../i18n/i18n-context.ts';

/** An absent or null value: a quiet dash for the eye, words for screen readers. */
export function NotSet() {
  const { m } = useI18n();
  const drawer = useDrawerMessages();
  return (
    <span className="text-zinc-400 dark:text-zinc-500" title={drawer.notSet}>
      <span aria-hidden="true">{m.common.none}</span>
      <span className="sr-only">{drawer.notSet}</span>
    </span>
  );
}
