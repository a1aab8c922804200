import { useQuery } from '@tanstack/react-query';
import { lazy } from 'react';
import { AfterFirstRows } from '../components/after-first-rows.tsx';
import { Icon } from '../components/icon.tsx';
import { statusQueries } from '../features/volumes/api/volume-queries.ts';
import { useI18n } from '../i18n/i18n-context.ts';
import { useFirstRowsShown } from '../lib/first-rows.ts';

// The theme is already applied before first paint (index.html); the controls can follow the table.
export const controls = () => import('./header-controls.tsx');
const ConnectionBadge = lazy(() => controls().then((module) => ({ default: module.ConnectionBadge })));
const HeaderControls = lazy(() => controls().then((module) => ({ default: module.HeaderControls })));
// Skip links matter once there is a table to skip to: they arrive with the controls.
const SkipLinks = lazy(() => controls().then((module) => ({ default: module.SkipLinks })));

export function AppHeader() {
  const { m } = useI18n();
  // Asked for once the first rows are on screen: the list request goes first and alone.
  const status = useQuery({ ...statusQueries.current(), enabled: useFirstRowsShown() });
  return (
    // Narrow screens (360 px up): tighter gaps, no breadcrumb, a dot-only badge; nothing wraps.
    <header className="flex h-12 shrink-0 items-center gap-2 border-b border-zinc-200 px-4 sm:gap-3 dark:border-zinc-800">
      <AfterFirstRows fallback={null}>
        <SkipLinks />
      </AfterFirstRows>
      <Icon className="size-5 text-blue-600 dark:text-blue-400" strokeWidth="1.6" viewBox="0 0 20 20">
        <ellipse cx="10" cy="5" rx="6.5" ry="2.5" />
        <path d="M3.5 5v10c0 1.4 2.9 2.5 6.5 2.5s6.5-1.1 6.5-2.5V5M3.5 10c0 1.4 2.9 2.5 6.5 2.5s6.5-1.1 6.5-2.5" />
      </Icon>
      <h1 className="text-sm font-semibold tracking-tight whitespace-nowrap">{m.common.appName}</h1>
      {/* The page links (Volumes, Changes) arrive with the badge: header-controls.tsx. */}
      <AfterFirstRows fallback={null}>
        <ConnectionBadge data={status.data} isError={status.isError} />
        <HeaderControls />
      </AfterFirstRows>
    </header>
  );
}
