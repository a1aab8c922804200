/** Small neutral toolbar buttons, light and dark. */
export const buttonClass =
  'inline-flex items-center gap-1 border border-zinc-300 bg-white px-2.5 py-1 text-xs font-medium ' +
  'text-zinc-700 hover:bg-zinc-50 focus-visible:relative focus-visible:outline-2 ' +
  'focus-visible:outline-offset-1 focus-visible:outline-blue-500 disabled:cursor-not-allowed disabled:opacity-50 ' +
  'dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-200 dark:hover:bg-zinc-800';
