import type { ReactNode } from 'react';

/** One term/value pair of a FieldList; stacks on narrow screens. */
export function Field({
  label,
  children,
  mono = false,
}: {
  label: ReactNode;
  children: ReactNode;
  mono?: boolean;
}) {
  return (
    <div className="grid grid-cols-1 gap-x-4 gap-y-0.5 py-1.5 sm:grid-cols-[11rem_minmax(0,1fr)]">
      <dt className={`text-zinc-500 dark:text-zinc-400 ${mono ? 'font-mono text-xs leading-5' : ''}`}>
        {label}
      </dt>
      <dd className="min-w-0 break-words text-zinc-900 dark:text-zinc-100">{children}</dd>
    </div>
  );
}
