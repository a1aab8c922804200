/**
 * Body cell classes. The name column sticks to the left edge when the table scrolls
 * sideways (a half-width window), so it needs its own opaque background per row state.
 */
const BASE =
  'border-b border-zinc-100 px-3 py-1 align-middle text-[13px] dark:border-zinc-800/70 group-hover/row:bg-zinc-50 group-focus/row:bg-blue-50 dark:group-hover/row:bg-zinc-900 dark:group-focus/row:bg-blue-950/60';
const STICKY =
  'sticky left-0 z-10 bg-white dark:bg-zinc-950 shadow-[inset_-1px_0_0_var(--color-zinc-100)] dark:shadow-[inset_-1px_0_0_var(--color-zinc-800)]';

export function cellClass(columnId: string, align: 'end' | undefined): string {
  return `${BASE}${columnId === 'name' ? ` ${STICKY}` : ''}${align === 'end' ? ' text-right' : ''}`;
}
