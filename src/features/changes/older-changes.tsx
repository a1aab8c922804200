import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { ChangeJson } from '../../scp/inventory-schema.ts';
import type { ChangesFilters } from '../volumes/inventory/inventory-endpoints.ts';
import { inventoryQueries } from '../volumes/inventory/inventory-queries.ts';
import { ChangeRows } from './changes-list.tsx';
import { InventoryNotice } from './inventory-notice.tsx';
import { useChangesMessages } from '../../i18n/changes-messages.ts';

/**
 * A page after the first ("Load older changes"): its rows in their own <tbody> of the one
 * table, and its next cursor handed up once it has arrived.
 */
export function OlderChanges({
  filters,
  cursor,
  lastSeen,
  onOpen,
  onNext,
}: {
  filters: ChangesFilters;
  cursor: string;
  lastSeen: number | null;
  onOpen: (change: ChangeJson) => void;
  onNext: (cursor: string, next: string | null) => void;
}) {
  const t = useChangesMessages();
  const query = useQuery(inventoryQueries.changes(filters, cursor));
  const next = query.data?.next_cursor;
  useEffect(() => {
    if (next !== undefined) onNext(cursor, next);
  }, [cursor, next, onNext]);
  if (query.data) return <ChangeRows changes={query.data.changes} lastSeen={lastSeen} onOpen={onOpen} />;
  return (
    <tbody>
      <tr>
        <td colSpan={4} className="px-3 py-2 text-sm text-zinc-600 dark:text-zinc-400">
          {query.isError ? (
            <InventoryNotice query={query} failed={t.failed} off={t.off} />
          ) : (
            <span role="status">{t.loadingMore}</span>
          )}
        </td>
      </tr>
    </tbody>
  );
}
