import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n/i18n-context.ts';
import { Icon } from './icon.tsx';

type CopyState = 'idle' | 'copied' | 'failed';

/**
 * Copies `value`, with visible feedback (icon + text) and a polite live announcement for
 * screen readers. `label` names what is copied: "Copy volume id".
 */
export function CopyButton({
  value,
  label,
  className = '',
  tabbable = true,
}: {
  value: string;
  label: string;
  className?: string;
  /** False inside a table row: the row is the Tab stop and the drawer copies the same value. */
  tabbable?: boolean;
}) {
  const { m } = useI18n();
  const [state, setState] = useState<CopyState>('idle');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  useEffect(() => () => clearTimeout(timer.current), []);

  async function copy(event: React.MouseEvent) {
    // Inside a clickable row: copying must not also open the drawer.
    event.stopPropagation();
    try {
      await navigator.clipboard.writeText(value);
      setState('copied');
    } catch {
      setState('failed');
    }
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setState('idle'), 1500);
  }

  const feedback = state === 'copied' ? m.common.copied : state === 'failed' ? m.common.copyFailed : '';

  return (
    <span className={`inline-flex items-center gap-1 ${className}`}>
      <button
        type="button"
        onClick={copy}
        tabIndex={tabbable ? undefined : -1}
        onKeyDown={(event) => event.stopPropagation()}
        aria-label={m.common.copyValue(label)}
        title={m.common.copyValue(label)}
        className="rounded p-0.5 text-zinc-400 hover:bg-zinc-100 hover:text-zinc-700 focus-visible:outline-2 focus-visible:outline-blue-500 dark:hover:bg-zinc-800 dark:hover:text-zinc-200"
      >
        {state === 'copied' ? <CheckIcon /> : <CopyIcon />}
      </button>
      <span role="status" aria-live="polite" className="text-xs text-emerald-600 dark:text-emerald-400">
        {feedback}
      </span>
    </span>
  );
}

function CopyIcon() {
  return (
    <Icon className="size-3.5">
      <rect x="5" y="5" width="9" height="9" rx="1.5" />
      <path d="M11 5V3.5A1.5 1.5 0 0 0 9.5 2h-6A1.5 1.5 0 0 0 2 3.5v6A1.5 1.5 0 0 0 3.5 11H5" />
    </Icon>
  );
}

function CheckIcon() {
  return <Icon className="size-3.5" strokeWidth="2" path="m3 8.5 3 3 7-7" />;
}
