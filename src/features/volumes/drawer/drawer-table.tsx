import type { ReactNode } from 'react';

/** A data cell's padding in the drawer's tables; cells add their own typography. */
export const CELL = 'px-2 py-2 align-top';
const HEADER = 'px-2 py-1.5 text-left text-xs font-medium text-zinc-500 dark:text-zinc-400';

/** A drawer section's table: scrolls sideways on a narrow screen, captioned for screen readers. */
export function DrawerTable({
  caption,
  headers,
  children,
}: {
  caption: string;
  headers: readonly string[];
  /** The body's rows. */
  children: ReactNode;
}) {
  return (
    <div className="-mx-2 overflow-x-auto">
      <table className="w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-zinc-200 dark:border-zinc-800">
          <tr>
            {headers.map((label) => (
              <th key={label} scope="col" className={HEADER}>
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800/70">{children}</tbody>
      </table>
    </div>
  );
}
