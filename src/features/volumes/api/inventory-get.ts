import { isHTTPError } from 'ky';
import {
  changesPageSchema,
  inventoryStatusSchema,
  volumeHistorySchema,
} from '../../../scp/inventory-schema.ts';
import { ApiError, normaliseError } from '../../../lib/api-error.ts';
import { http } from '../../../lib/http.ts';
import { shouldRetry } from '../../../lib/retry-policy.ts';

/**
 * The inventory's read API (src/scp/inventory-routes.ts) through the one ky client: each body
 * validated by its schema in src/scp/inventory-schema.ts (imported as is: only the lazy views
 * that read the inventory import this module), and each failure an ApiError whose `code` is the
 * inventory's own (`InventoryDisabled`, `InventoryUnavailable`, `NotFound`, …).
 */
// Named, not `import * as`: a namespace object made Rolldown move its runtime helpers out of the
// entry into a preloaded chunk of their own once the Capacity panel shared this module (+0.4 kB).
const schemas = { changesPageSchema, inventoryStatusSchema, volumeHistorySchema };
export type InventorySchemas = typeof schemas;

/** `{ "inventory_error": { status, code, message } }`, read without trusting its shape. */
function inventoryError(data: unknown): { code: string | null; message: string | null } {
  const body = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  const error = body.inventory_error;
  if (typeof error !== 'object' || error === null) return { code: null, message: null };
  const { code, message } = error as Record<string, unknown>;
  return {
    code: typeof code === 'string' ? code : null,
    message: typeof message === 'string' ? message : null,
  };
}

function failure(error: unknown): ApiError {
  if (!isHTTPError(error)) return normaliseError(error);
  const { code, message } = inventoryError(error.data);
  const base = normaliseError(error);
  if (code === null) return base;
  return new ApiError({
    kind: 'http',
    status: error.response.status,
    code,
    message: message ?? `HTTP ${error.response.status}`,
    requestId: base.requestId,
  });
}

async function call<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw failure(error);
  }
}

export function getInventory<T>(
  path: string,
  signal: AbortSignal | undefined,
  parse: (module: InventorySchemas, body: unknown) => T,
): Promise<T> {
  return call(async () => {
    const body = await http().then((client) => client.get(path, { signal }).json());
    return parse(schemas, body);
  });
}

/** The server runs without an inventory (SCP_INVENTORY=off): asking again changes nothing. */
export function isInventoryOff(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'InventoryDisabled';
}

/** The inventory is on but its database cannot answer now (503 with the reason). */
export function isInventoryUnavailable(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'InventoryUnavailable';
}

/**
 * The app's retry policy, but never for an inventory that is off or says why it cannot answer:
 * the reason is shown at once, with a button to ask again.
 */
export function retryInventory(failureCount: number, error: unknown): boolean {
  return !isInventoryOff(error) && !isInventoryUnavailable(error) && shouldRetry(failureCount, error);
}
