/** The drawer's inventory parts, one lazy chunk (drawer-body.tsx): most drawers never need them first. */
export { DeletedVolume } from './deleted-volume.tsx';
export { HistorySection } from './history-section.tsx';
