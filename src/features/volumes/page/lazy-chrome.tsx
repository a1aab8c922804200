import { lazy, type ComponentType } from 'react';

/** One import() promise, several components (and the read of a page the API cannot give). */
export const loadChrome = () => import('./page-chrome.ts');
type Chrome = Awaited<ReturnType<typeof loadChrome>>;
type Parts = { [K in keyof Chrome]: Chrome[K] extends ComponentType<never> ? K : never }[keyof Chrome];
// A component of the chrome chunk, by name: one helper rather than a wrapper spelt out for each.
const part = <K extends Parts>(name: K) =>
  lazy(() => loadChrome().then((module) => ({ default: module[name] })));

export const VolumesToolbar = part('VolumesToolbar');
export const PaginationBar = part('PaginationBar');
export const RetryNotice = part('RetryNotice');
export const RegionFailures = part('RegionFailures');
export const ViewNotice = part('ViewNotice');
export const EmptySlot = part('EmptySlot');
export const KeyboardShortcuts = part('KeyboardShortcuts');
export const ChangesAnnouncer = part('ChangesAnnouncer');
export const CapacityPanel = part('CapacityPanel');
