/**
 * Body cell classes. The name column sticks to the left edge when the table scrolls
 * sideways (a half-width window), so it needs its own opaque background per row state.
 */
const BASE =
  'border-b border-zinc-100 px-3 py-1 align-middle text-[13px] dark:border-zinc-800/70 group-hover/row:bg-zinc-50 group-focus/row:bg-blue-50 dark:group-hover/row:bg-zinc-900 dark:group-focus/row:bg-blue-950/60';
/**
 * The sticky cell is painted above its row (z-index), so it hides the row's focus outline
 * (volume-row.tsx); it draws its three edges of the ring itself, same width and colour.
 * Spelt out in full: Tailwind finds classes by reading the source, not by running it.
 */
const STICKY_FOCUS =
  'group-focus-visible/row:shadow-[inset_2px_0_0_var(--color-blue-600),inset_0_2px_0_var(--color-blue-600),inset_0_-2px_0_var(--color-blue-600)] ' +
  'dark:group-focus-visible/row:shadow-[inset_2px_0_0_var(--color-blue-400),inset_0_2px_0_var(--color-blue-400),inset_0_-2px_0_var(--color-blue-400)]';
const STICKY =
  'sticky left-0 z-10 bg-white dark:bg-zinc-950 shadow-[inset_-1px_0_0_var(--color-zinc-100)] dark:shadow-[inset_-1px_0_0_var(--color-zinc-800)] ' +
  STICKY_FOCUS;

export function cellClass(columnId: string, align: 'end' | undefined): string {
  return `${BASE}${columnId === 'name' ? ` ${STICKY}` : ''}${align === 'end' ? ' text-right' : ''}`;
}
