import { useId, useLayoutEffect, useRef } from 'react';
import { toolbarButton } from '../../../components/button-classes.ts';
import { useSavedViewsMessages } from '../../../i18n/saved-views-messages.ts';

/**
 * Asks before a save or a rename replaces another view of the same name. Focus moves to
 * Cancel, the harmless answer, and the group's label (the question) is read with it.
 */
export function ConfirmReplace({
  name,
  onReplace,
  onCancel,
}: {
  name: string;
  onReplace: () => void;
  onCancel: () => void;
}) {
  const t = useSavedViewsMessages();
  const questionId = useId();
  const cancel = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => cancel.current?.focus(), []);
  return (
    <div
      role="group"
      aria-labelledby={questionId}
      className="flex flex-wrap items-center gap-2 rounded-md bg-amber-50 p-2 text-amber-950 dark:bg-amber-950/30 dark:text-amber-100"
    >
      <p id={questionId} className="w-full">
        {t.replaceQuestion(name)}
      </p>
      <button type="button" onClick={onReplace} className={toolbarButton}>
        {t.replace}
      </button>
      <button ref={cancel} type="button" onClick={onCancel} className={toolbarButton}>
        {t.cancel}
      </button>
    </div>
  );
}
