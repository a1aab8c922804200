/**
 * Shared look of the filter inputs: compact, bordered, dark-ready. The focus ring is full
 * colour: the 30 % one was ~1.3:1, under focus appearance's 3:1.
 */
export const fieldClass =
  'h-8 rounded-md border border-zinc-300 bg-white px-2 text-[13px] text-zinc-900 shadow-xs outline-none placeholder:text-zinc-400 focus:border-blue-500 focus:ring-2 focus:ring-blue-500 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100 dark:placeholder:text-zinc-500';
