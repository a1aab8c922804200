import { useDrawerMessages } from '../../../i18n/drawer-messages.ts';

const ROWS = [0, 1, 2, 3, 4, 5, 6, 7];

/** Stand-in while ShowVolume loads for a volume that is not on the current page. */
export function DrawerSkeleton() {
  const drawer = useDrawerMessages();
  return (
    <div role="status" aria-busy="true" className="px-5 py-4">
      <span className="sr-only">{drawer.loading}</span>
      <div aria-hidden="true" className="animate-pulse space-y-3 motion-reduce:animate-none">
        <div className="h-4 w-24 rounded bg-zinc-200 dark:bg-zinc-800" />
        {ROWS.map((row) => (
          <div key={row} className="flex gap-4">
            <div className="h-3.5 w-32 rounded bg-zinc-100 dark:bg-zinc-800/70" />
            <div className="h-3.5 flex-1 rounded bg-zinc-100 dark:bg-zinc-800/70" />
          </div>
        ))}
        <div className="mt-6 h-4 w-28 rounded bg-zinc-200 dark:bg-zinc-800" />
        <div className="h-16 rounded bg-zinc-100 dark:bg-zinc-800/70" />
      </div>
    </div>
  );
}
