import { ConnectionBadge } from './connection-badge.tsx';
import { LanguageSwitch } from './language-switch.tsx';
import { ThemeToggle } from './theme-toggle.tsx';

/** The header's badge and controls: not needed for the first table, so loaded beside it (app-header.tsx). */
export { ConnectionBadge };

export function HeaderControls() {
  return (
    <div className="ml-auto flex shrink-0 items-center gap-2">
      <LanguageSwitch />
      <ThemeToggle />
    </div>
  );
}

export { SkipLinks } from './skip-links.tsx';
export { PageNav } from './page-nav.tsx';
