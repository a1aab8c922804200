/**
 * The button looks, in one place, so every control of a kind has the same size, colours and
 * focus ring in light and dark. Class strings rather than a component: the buttons differ in
 * what they are (links, menu toggles, segments of a group) but not in how they look.
 */

/** The ring a focused control shows: solid, 2 px, blue-500 (≥3:1 on white and on zinc-950). */
export const focusRing = 'focus-visible:outline-2 focus-visible:outline-blue-500';

/** Small neutral toolbar buttons (Columns, Export, Views), square-cornered for button groups. */
export const toolbarButtonSegment =
  'inline-flex h-7 items-center gap-1 border border-zinc-200 bg-white px-2.5 text-xs font-medium shadow-xs ' +
  'text-zinc-700 hover:bg-zinc-50 focus-visible:relative focus-visible:outline-offset-1 ' +
  `${focusRing} disabled:cursor-not-allowed disabled:opacity-50 ` +
  'dark:border-zinc-800 dark:bg-zinc-900 dark:text-zinc-200 dark:hover:bg-zinc-800';

/** A toolbar button on its own. */
export const toolbarButton = `${toolbarButtonSegment} rounded-md`;

/** Text buttons of panels and the drawer; the caller adds the colours of its variant. */
export const textButton = `rounded-md px-3 py-1.5 text-sm font-medium focus-visible:outline-offset-2 ${focusRing}`;

/** Square icon buttons (drawer header). */
export const iconButton =
  `inline-flex size-8 items-center justify-center rounded-md text-zinc-600 hover:bg-zinc-100 hover:text-zinc-900 ${focusRing} ` +
  'disabled:cursor-not-allowed disabled:opacity-40 disabled:hover:bg-transparent dark:text-zinc-300 dark:hover:bg-zinc-800 dark:hover:text-white';

/** Compact icon buttons of the header and the pagination bar. */
export const compactIconButton =
  `inline-flex size-7 items-center justify-center rounded-md text-zinc-600 hover:bg-zinc-100 hover:text-zinc-900 ${focusRing} ` +
  'disabled:opacity-35 disabled:hover:bg-transparent dark:text-zinc-300 dark:hover:bg-zinc-800 dark:hover:text-zinc-100';
