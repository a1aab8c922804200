import type { Ref } from 'react';
import { StateBadge } from '../../../components/state-badge.tsx';
import { useDrawerMessages } from '../../../i18n/drawer-messages.ts';
import { useI18n } from '../../../i18n/i18n-context.ts';
import { stateLabel } from '../../../i18n/state-label.ts';
import { iconButton } from '../../../components/button-classes.ts';
import { Icon } from '../../../components/icon.tsx';

interface DrawerHeaderProps {
  titleId: string;
  headingRef: Ref<HTMLHeadingElement>;
  title: string;
  /** The id under the title, when the title is a name. */
  subtitle: string | null;
  state: string | null;
  onPrevious: (() => void) | null;
  onNext: (() => void) | null;
  onClose: () => void;
}

export function DrawerHeader({
  titleId,
  headingRef,
  title,
  subtitle,
  state,
  onPrevious,
  onNext,
  onClose,
}: DrawerHeaderProps) {
  const { m } = useI18n();
  const drawer = useDrawerMessages();
  const t = drawer;
  return (
    // A div, not <header>: in a portal at body level a <header> would be a second banner landmark.
    <div className="sticky top-0 z-10 flex items-start gap-3 border-b border-zinc-200 bg-white/95 px-5 py-3 backdrop-blur dark:border-zinc-800 dark:bg-zinc-900/95">
      <div className="min-w-0 flex-1">
        <h2
          id={titleId}
          ref={headingRef}
          tabIndex={-1}
          className="text-base font-semibold break-words outline-none"
        >
          {title}
        </h2>
        <div className="mt-1 flex flex-wrap items-center gap-2">
          {state !== null && <StateBadge state={state} label={stateLabel(m, state)} />}
          {subtitle && (
            <span className="font-mono text-xs break-all text-zinc-500 dark:text-zinc-400">{subtitle}</span>
          )}
        </div>
      </div>
      <div className="flex shrink-0 items-center gap-1" title={t.shortcutsHint}>
        <StepButton label={t.previous} shortcut="k" onStep={onPrevious} up />
        <StepButton label={t.next} shortcut="j" onStep={onNext} />
        <button
          type="button"
          onClick={onClose}
          title={`${t.close} (Esc)`}
          className={`${iconButton} ml-1 w-auto gap-1 px-2`}
        >
          <CloseIcon />
          <span className="text-sm">{t.close}</span>
        </button>
      </div>
    </div>
  );
}

/** To the volume above (`up`) or below in the table; disabled at either end of the page. */
function StepButton({
  label,
  shortcut,
  onStep,
  up = false,
}: {
  label: string;
  shortcut: 'j' | 'k';
  onStep: (() => void) | null;
  up?: boolean;
}) {
  return (
    <button
      type="button"
      aria-label={label}
      title={`${label} (${shortcut.toUpperCase()})`}
      aria-keyshortcuts={shortcut}
      disabled={!onStep}
      onClick={onStep ?? undefined}
      className={iconButton}
    >
      <Icon className="size-4" strokeWidth="1.75" path={up ? 'm4 10 4-4 4 4' : 'm4 6 4 4 4-4'} />
    </button>
  );
}

function CloseIcon() {
  return <Icon className="size-4" strokeWidth="1.75" path="m4 4 8 8M12 4l-8 8" />;
}
