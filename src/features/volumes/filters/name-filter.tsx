import { useEffect, useRef, useState, type Ref } from 'react';
import { usePageChromeMessages } from '../../../i18n/page-chrome-messages.ts';
import { fieldClass } from './field-classes.ts';
import { FilterField } from './filter-field.tsx';

const DEBOUNCE_MS = 350;

/**
 * The name box keeps a local draft (the only filter state outside the URL) and commits it
 * after a pause. The first commit of a typing burst adds a history entry, later ones replace
 * it, so Back undoes the search in one step instead of letter by letter.
 */
export function NameFilter({
  value,
  onCommit,
  inputRef,
  contains,
}: {
  value: string | null;
  /** Contains mode: a part of a name, id or server, searched locally. */
  contains: boolean;
  onCommit: (name: string | null, replace: boolean) => void;
  inputRef?: Ref<HTMLInputElement>;
}) {
  const chrome = usePageChromeMessages();
  const [draft, setDraft] = useState(value ?? '');
  const [seen, setSeen] = useState(value);
  const [committed, setCommitted] = useState(value);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const pushed = useRef(false);

  // A pending commit must not land on a page that has gone (or in the next test).
  useEffect(() => () => clearTimeout(timer.current), []);

  // The URL changed under us (Back, Clear filters, a chip): show it, unless it is our own echo.
  if (value !== seen) {
    setSeen(value);
    if (value !== committed) {
      setDraft(value ?? '');
      setCommitted(value);
    }
  }

  const commit = (text: string) => {
    clearTimeout(timer.current);
    const next = text.trim() || null;
    if (next === value) return;
    setCommitted(next);
    onCommit(next, pushed.current);
    pushed.current = true;
  };

  return (
    <FilterField id="volume-name-filter" label={chrome.filters.name}>
      <input
        ref={inputRef}
        id="volume-name-filter"
        type="search"
        autoComplete="off"
        spellCheck={false}
        value={draft}
        placeholder={contains ? chrome.filters.namePlaceholderContains : chrome.filters.namePlaceholder}
        aria-describedby="volume-name-hint"
        onChange={(event) => {
          const text = event.target.value;
          setDraft(text);
          clearTimeout(timer.current);
          timer.current = setTimeout(() => commit(text), DEBOUNCE_MS);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit(draft);
        }}
        onFocus={() => {
          pushed.current = false;
        }}
        onBlur={() => commit(draft)}
        className={`${fieldClass} w-52`}
      />
      <span
        id="volume-name-hint"
        className="max-w-52 text-[11px] leading-tight text-zinc-500 dark:text-zinc-400"
      >
        {contains ? chrome.filters.nameHintContains : chrome.filters.nameHint}
      </span>
    </FilterField>
  );
}
