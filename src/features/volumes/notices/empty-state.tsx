import { usePageChromeMessages } from '../../../i18n/page-chrome-messages.ts';
import { Icon } from '../../../components/icon.tsx';
import { Button } from '../../../components/button.tsx';

/** An empty account and "nothing matches" are different situations with different ways out. */
export function EmptyState({ filtered, onClear }: { filtered: boolean; onClear: () => void }) {
  const chrome = usePageChromeMessages();
  const t = chrome.empty;
  return (
    <div className="flex flex-col items-center gap-2 px-4 py-14 text-center">
      <Icon className="size-8 text-zinc-300 dark:text-zinc-700" viewBox="0 0 24 24">
        <ellipse cx="12" cy="6" rx="8" ry="3" />
        <path d="M4 6v12c0 1.7 3.6 3 8 3s8-1.3 8-3V6M4 12c0 1.7 3.6 3 8 3s8-1.3 8-3" />
      </Icon>
      <h2 className="text-sm font-semibold">{filtered ? t.noMatchTitle : t.accountTitle}</h2>
      <p className="max-w-sm text-[13px] text-zinc-500 dark:text-zinc-400">
        {filtered ? t.noMatchBody : t.accountBody}
      </p>
      {filtered && (
        <Button variant="secondary" onClick={onClear} className="mt-1">
          {chrome.filters.clear}
        </Button>
      )}
    </div>
  );
}
