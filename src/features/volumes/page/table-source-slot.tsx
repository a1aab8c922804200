import { lazy, Suspense, type ComponentProps } from 'react';

const TableSourceLine = lazy(() =>
  import('../inventory/elsewhere-chunk.ts').then((module) => ({ default: module.TableSourceLine })),
);

/** Where the table's page came from, when not from the API (inventory/table-source-line.tsx). */
export function TableSourceSlot(props: ComponentProps<typeof TableSourceLine>) {
  return (
    <Suspense fallback={<div className="h-7 shrink-0" />}>
      <TableSourceLine {...props} />
    </Suspense>
  );
}
