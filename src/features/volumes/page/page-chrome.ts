/**
 * Everything around the table that the first rows do not need: one lazily loaded chunk,
 * requested on first render and so fetched alongside the first page of volumes. It keeps
 * the initial bundle to the framework, the data layer and the table.
 */
export { CapacityPanel } from '../capacity/capacity-panel.tsx';
export { ChangesAnnouncer } from '../freshness/changes-announcer.tsx';
export { PaginationBar } from '../pagination/pagination-bar.tsx';
export { RegionFailures } from '../notices/region-failures.tsx';
export { RetryNotice } from '../notices/retry-notice.tsx';
export { ViewNotice } from '../notices/view-notice.tsx';
export { EmptySlot } from './empty-slot.tsx';
export { KeyboardShortcuts } from './keyboard-shortcuts.tsx';
export { VolumesToolbar } from './volumes-toolbar.tsx';
// A page the API cannot give: its read (inventory/elsewhere-query.ts imports it from here, so
// it arrives with the chrome, which the first render asks for anyway). Its source line is the
// toolbar's (volumes-toolbar.tsx).
export { readElsewhere } from '../inventory/read-elsewhere.ts';
