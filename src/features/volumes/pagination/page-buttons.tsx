import { usePageChromeMessages } from '../../../i18n/page-chrome-messages.ts';
import { Icon } from '../../../components/icon.tsx';
import { compactIconButton } from '../../../components/button-classes.ts';

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
          className={compactIconButton}
        >
          <Icon className="size-4">
            <path d={PATHS[target]} strokeLinecap="round" strokeLinejoin="round" />
          </Icon>
        </button>
      ))}
    </div>
  );
}
