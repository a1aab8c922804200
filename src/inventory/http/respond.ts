import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';
import type { InventoryError } from '../../scp/inventory-schema.ts';

export type InventoryErrorCode =
  | 'NotFound'
  | 'MethodNotAllowed'
  | 'BadRequest'
  | 'InventoryDisabled'
  | 'InventoryUnavailable'
  | 'RunInProgress'
  | 'TooManyRuns';

const STATUS: Record<InventoryErrorCode, number> = {
  NotFound: 404,
  MethodNotAllowed: 405,
  BadRequest: 400,
  InventoryDisabled: 503,
  InventoryUnavailable: 503,
  RunInProgress: 409,
  TooManyRuns: 429,
};

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: OutgoingHttpHeaders,
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...headers,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(text);
}

/** `{ "inventory_error": { … } }` (src/scp/inventory-schema.ts), the proxy's error shape's sibling. */
export function sendError(
  res: ServerResponse,
  code: InventoryErrorCode,
  message: string,
  headers: OutgoingHttpHeaders,
  extra: Pick<InventoryError, 'parameter' | 'run_id'> = {},
): void {
  const status = STATUS[code];
  sendJson(res, status, { inventory_error: { status, code, message, ...extra } }, headers);
}
