import { useState } from 'react';
import { useI18n } from '../../../i18n/i18n-context.ts';
import { usePageChromeMessages } from '../../../i18n/page-chrome-messages.ts';
import { clampPage } from './page-math.ts';

/**
 * The page box. What is typed is a draft until Enter: leaving the box drops it, so the box
 * always shows the page on screen (a stale '7' read as "Page 7 of 2" after a filter change).
 * A page past the last goes to the last page (the bar then says so, onClamped), instead of
 * the browser's validation bubble and nothing else.
 */
export function PageJump({
  page,
  lastPage,
  className,
  onPage,
  onClamped,
}: {
  page: number;
  lastPage: number | null;
  className: string;
  onPage: (page: number) => void;
  /** A page past the last was asked for: the page number typed. */
  onClamped: (asked: number) => void;
}) {
  const { fmt } = useI18n();
  const t = usePageChromeMessages().pagination;
  const [draft, setDraft] = useState<string | null>(null);

  return (
    <form
      noValidate
      className="inline-flex items-center gap-1.5"
      onSubmit={(event) => {
        event.preventDefault();
        setDraft(null);
        if (draft === null) return;
        const target = clampPage(draft, lastPage);
        if (target === null) return;
        const asked = Number.parseInt(draft, 10);
        if (lastPage !== null && asked > lastPage) onClamped(asked);
        if (target !== page) onPage(target);
      }}
    >
      <label htmlFor="volume-page-jump">{t.page}</label>
      <input
        id="volume-page-jump"
        name="page"
        type="number"
        inputMode="numeric"
        min={1}
        value={draft ?? page}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={() => setDraft(null)}
        className={`${className} w-16 text-right`}
      />
      {lastPage !== null && <span className="tabular-nums">{t.ofPages(fmt.number(lastPage))}</span>}
    </form>
  );
}
