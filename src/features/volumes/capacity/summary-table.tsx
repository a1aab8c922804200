import type { ReactNode } from 'react';

export interface SummaryColumn {
  label: string;
  align: 'left' | 'right';
}

/** The panel's small tables: a caption, one header row, and the caller's body rows. */
export function SummaryTable({
  caption,
  columns,
  children,
}: {
  caption: string;
  columns: readonly SummaryColumn[];
  children: ReactNode;
}) {
  return (
    <table className="w-full text-xs tabular-nums">
      <caption className="py-1 text-left font-semibold">{caption}</caption>
      <thead className="text-zinc-600 dark:text-zinc-400">
        <tr>
          {columns.map((column) => (
            <th
              key={column.label}
              scope="col"
              className={`${column.align === 'right' ? 'text-right' : 'text-left'} font-medium`}
            >
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}
