import type { ComponentProps } from 'react';
import { ConnectionBadge as Badge } from './connection-badge.tsx';
import { PageNav } from './page-nav.tsx';
import { LanguageSwitch } from './language-switch.tsx';
import { ThemeToggle } from './theme-toggle.tsx';

/**
 * The header's page links, badge and controls: not needed for the first table, so loaded
 * beside it (app-header.tsx). The links come first, after the app's name.
 */
export function ConnectionBadge(props: ComponentProps<typeof Badge>) {
  return (
    <>
      <PageNav />
      <Badge {...props} />
    </>
  );
}

export function HeaderControls() {
  return (
    <div className="ml-auto flex shrink-0 items-center gap-2">
      <LanguageSwitch />
      <ThemeToggle />
    </div>
  );
}

export { SkipLinks } from './skip-links.tsx';
