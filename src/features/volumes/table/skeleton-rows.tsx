const SKELETON_ROWS = Array.from({ length: 8 }, (_, index) => index);

/** Placeholder rows on first load: the table keeps its shape instead of jumping. */
export function SkeletonRows({ columnCount }: { columnCount: number }) {
  return SKELETON_ROWS.map((row) => (
    <tr key={row} aria-hidden="true">
      {Array.from({ length: columnCount }, (_, column) => (
        <td key={column} className="border-b border-zinc-100 px-3 py-3 dark:border-zinc-800/70">
          <div
            className="h-3 animate-pulse rounded bg-zinc-200/80 dark:bg-zinc-800"
            style={{ width: `${45 + ((row * 7 + column * 13) % 45)}%` }}
          />
        </td>
      ))}
    </tr>
  ));
}
