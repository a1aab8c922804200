export const INPUT =
  'h-7 min-w-0 flex-1 rounded-md border border-zinc-300 bg-white px-2 text-xs focus-visible:outline-2 ' +
  'focus-visible:outline-blue-500 dark:border-zinc-700 dark:bg-zinc-900';
