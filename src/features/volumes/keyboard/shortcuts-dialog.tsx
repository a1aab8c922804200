import { useEffect, useRef } from 'react';
import { useI18n } from '../../../i18n/i18n-context.ts';
import { usePageChromeMessages } from '../../../i18n/page-chrome-messages.ts';

/**
 * The shortcut list, in a native modal <dialog>: focus trap, Esc and the backdrop come from
 * the browser. Loaded lazily: most visits never open it.
 */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const { m } = useI18n();
  const chrome = usePageChromeMessages();
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal?.();
  }, []);

  return (
    <dialog
      ref={ref}
      aria-labelledby="shortcuts-title"
      onClose={onClose}
      onClick={(event) => {
        if (event.target === event.currentTarget) ref.current?.close();
      }}
      className="m-auto w-[min(24rem,calc(100vw-2rem))] rounded-xl border border-zinc-200 bg-white p-0 text-zinc-900 shadow-2xl backdrop:bg-zinc-950/40 dark:border-zinc-800 dark:bg-zinc-900 dark:text-zinc-100"
    >
      <div className="flex items-center justify-between border-b border-zinc-200 px-4 py-3 dark:border-zinc-800">
        <h2 id="shortcuts-title" className="text-sm font-semibold">
          {chrome.shortcuts.title}
        </h2>
        <button
          type="button"
          autoFocus
          onClick={() => ref.current?.close()}
          className="rounded px-2 py-0.5 text-xs text-zinc-500 hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-blue-500 dark:hover:bg-zinc-800"
        >
          {m.common.close}
        </button>
      </div>
      <dl className="divide-y divide-zinc-100 px-4 py-1 text-[13px] dark:divide-zinc-800">
        {chrome.shortcuts.items.map((item) => (
          <div key={item.label} className="flex items-center justify-between gap-4 py-2">
            <dt className="text-zinc-600 dark:text-zinc-300">{item.label}</dt>
            <dd className="flex gap-1">
              {item.keys.map((key) => (
                <kbd
                  key={key}
                  className="min-w-6 rounded border border-zinc-300 bg-zinc-50 px-1.5 py-0.5 text-center font-mono text-xs shadow-[0_1px_0_var(--color-zinc-300)] dark:border-zinc-700 dark:bg-zinc-800 dark:shadow-[0_1px_0_var(--color-zinc-700)]"
                >
                  {key}
                </kbd>
              ))}
            </dd>
          </div>
        ))}
      </dl>
    </dialog>
  );
}
