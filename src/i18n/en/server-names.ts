/** Server names in the table's Attached to cell (a lazily loaded chunk: see ../lazy-section.ts). */
export const serverNames = {
  lookupFailed: 'Name unavailable',
};
