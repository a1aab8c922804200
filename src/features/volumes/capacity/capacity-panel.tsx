import { useId } from 'react';
import { useStoredValue } from '../../../lib/stored-value.ts';
import { CapacityBody, type CapacityBodyProps } from './capacity-body.tsx';
import { capacityOpenStore } from './capacity-open.ts';
import { useCapacityMessages } from '../../../i18n/capacity-messages.ts';

/**
 * "Capacity": part of the lazily loaded page chrome, not of the first table. (Its body was a
 * chunk of its own, loaded on opening, but Rolldown then moved React out of the entry into a
 * shared chunk: more on first paint than it saved from a chunk that is not; docs/PERFORMANCE.md.)
 * A region above the table with a disclosure button as its heading. Closed by
 * default and remembered; while closed nothing is read.
 */
export function CapacityPanel(props: CapacityBodyProps) {
  const t = useCapacityMessages();
  const open = useStoredValue(capacityOpenStore);
  const headingId = useId();
  const bodyId = useId();
  return (
    <section
      aria-labelledby={headingId}
      className="shrink-0 rounded-lg border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-950"
    >
      <h2 id={headingId} className="text-sm font-semibold">
        <button
          type="button"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => capacityOpenStore.set(!open)}
          className="flex w-full items-center gap-1.5 rounded-lg px-3 py-1.5 text-left hover:bg-zinc-50 focus-visible:outline-2 focus-visible:outline-blue-500 dark:hover:bg-zinc-800"
        >
          <svg aria-hidden="true" viewBox="0 0 16 16" className="size-3.5" fill="currentColor">
            <path d={open ? 'M3.5 6 8 11l4.5-5z' : 'M6 3.5 11 8l-5 4.5z'} />
          </svg>
          {t.heading}
        </button>
      </h2>
      <div id={bodyId} hidden={!open}>
        {open && <CapacityBody {...props} />}
      </div>
    </section>
  );
}
