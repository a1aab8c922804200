import { usePageChromeMessages } from '../../../i18n/page-chrome-messages.ts';

const PATHS = {
  first: 'M11.5 4 7.5 8l4 4M5 4v8',
  previous: 'M10 4 6 8l4 4',
  next: 'm6 4 4 4-4 4',
  last: 'm4.5 4 4 4-4 4M11 4v8',
} as const;

type Target = keyof typeof PATHS;

/** First / Previous / Next / Last, named for screen readers and tests by their full names. */
export function PageButtons({
  canPrevious,
  canNext,
  canLast,
  onGo,
}: {
  canPrevious: boolean;
  canNext: boolean;
  canLast: boolean;
  onGo: (target: Target) => void;
}) {
  const chrome = usePageChromeMessages();
  const enabled: Record<Target, boolean> = {
    first: canPrevious,
    previous: canPrevious,
    next: canNext,
    last: canLast,
  };
  return (
    <div className="flex items-center gap-0.5">
      {(Object.keys(PATHS) as Target[]).map((target) => (
        <button
          key={target}
          type="button"
          aria-label={chrome.pagination[target]}
          title={chrome.pagination[target]}
          disabled={!enabled[target]}
          onClick={() => onGo(target)}
          className="inline-flex size-7 items-center justify-center rounded-md text-zinc-600 hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-blue-500 disabled:opacity-35 disabled:hover:bg-transparent dark:text-zinc-300 dark:hover:bg-zinc-800"
        >
          <svg
            aria-hidden="true"
            viewBox="0 0 16 16"
            className="size-4"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.5"
          >
            <path d={PATHS[target]} strokeLinecap="round" strokeLinejoin="round" />
          </svg>
        </button>
      ))}
    </div>
  );
}
