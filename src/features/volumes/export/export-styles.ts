/** Small neutral toolbar buttons, light and dark, matching the toolbar's other buttons. */
export const buttonClass =
  'inline-flex h-7 items-center gap-1 border border-zinc-200 bg-white px-2.5 text-xs font-medium shadow-xs ' +
  'text-zinc-700 hover:bg-zinc-50 focus-visible:relative focus-visible:outline-2 ' +
  'focus-visible:outline-offset-1 focus-visible:outline-blue-500 disabled:cursor-not-allowed disabled:opacity-50 ' +
  'dark:border-zinc-800 dark:bg-zinc-900 dark:text-zinc-200 dark:hover:bg-zinc-800';
