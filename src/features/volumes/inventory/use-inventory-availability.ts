import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { InventoryStatus } from '../../../scp/inventory-schema.ts';
import { inventoryQueries } from './inventory-queries.ts';
import { availabilityOf, type InventoryAvailability } from './source.ts';

interface Settled {
  data: InventoryStatus | undefined;
  error: unknown;
}

/**
 * The inventory's availability, kept while its status is asked again. TanStack Query turns a
 * failed query that has no data back to pending at every re-check, so an unavailable inventory
 * read as "not known yet" for the length of each request: what depends on it (the Capacity
 * panel's own full read) was unmounted and started over.
 */
export function useInventoryAvailability(): InventoryAvailability | null {
  const status = useQuery(inventoryQueries.status());
  const [settled, setSettled] = useState<Settled>({ data: undefined, error: null });
  const answered = status.data !== undefined || status.error !== null;
  // The last answer, kept in state as React's "adjust state during render" pattern does.
  if (answered && (status.data !== settled.data || status.error !== settled.error)) {
    setSettled({ data: status.data, error: status.error });
  }
  return availabilityOf(status.data, status.error) ?? availabilityOf(settled.data, settled.error);
}
