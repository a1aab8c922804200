import { lazy } from 'react';

// One import() promise, several components: they all arrive in the same chunk.
const chrome = () => import('./page-chrome.ts');

export const VolumesToolbar = lazy(() => chrome().then((module) => ({ default: module.VolumesToolbar })));
export const PaginationBar = lazy(() => chrome().then((module) => ({ default: module.PaginationBar })));
export const RetryNotice = lazy(() => chrome().then((module) => ({ default: module.RetryNotice })));
export const RegionFailures = lazy(() => chrome().then((module) => ({ default: module.RegionFailures })));
export const ViewNotice = lazy(() => chrome().then((module) => ({ default: module.ViewNotice })));
export const EmptySlot = lazy(() => chrome().then((module) => ({ default: module.EmptySlot })));
export const KeyboardShortcuts = lazy(() =>
  chrome().then((module) => ({ default: module.KeyboardShortcuts })),
);
export const ChangesAnnouncer = lazy(() => chrome().then((module) => ({ default: module.ChangesAnnouncer })));
export const CapacityPanel = lazy(() => chrome().then((module) => ({ default: module.CapacityPanel })));
// Only a page read elsewhere (a contains search, the inventory's filters) needs its line: the
// chrome holds a slot that loads it, so the first bundle's preload map does not list its chunk.
export const TableSourceLine = lazy(() => chrome().then((module) => ({ default: module.TableSourceSlot })));
