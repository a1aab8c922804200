import type { IncomingMessage } from 'node:http';
import {
  CLIENT_TYPE,
  type Credentials,
  SCP_HEADERS,
  signature,
  signatureMatches,
} from '../signing/signature.ts';
import { gatewayText, type Text } from './messages.ts';

/** SCP publishes no tolerance; five minutes is the usual gateway window (scp-api.md §2). */
export const TIMESTAMP_TOLERANCE_MS = 5 * 60_000;

export function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The URL the client signed, rebuilt from what arrived: scheme + Host + the raw path and query,
 * byte for byte. Re-encoding it here would hide exactly the bugs this check exists to catch.
 */
export function receivedUrl(req: IncomingMessage): string {
  return `http://${header(req, 'host') ?? ''}${req.url ?? '/'}`;
}

/** Checks a request the way SCP's gateway does. Returns the rejection, or null when it passes. */
export function rejectUnsigned(req: IncomingMessage, credentials: Credentials, now: number): Text | null {
  const accessKey = header(req, SCP_HEADERS.accessKey);
  if (!accessKey) return gatewayText.missingAccessKey;
  if (accessKey !== credentials.accessKey) return gatewayText.unknownAccessKey;
  const received = header(req, SCP_HEADERS.signature);
  if (!received) return gatewayText.missingSignature;
  if (header(req, SCP_HEADERS.clientType) !== CLIENT_TYPE) return gatewayText.badClientType;
  const timestamp = header(req, SCP_HEADERS.timestamp) ?? '';
  if (!/^\d{1,15}$/.test(timestamp)) return gatewayText.badTimestamp;
  if (Math.abs(now - Number(timestamp)) > TIMESTAMP_TOLERANCE_MS) return gatewayText.staleTimestamp;
  const expected = signature({
    method: req.method ?? 'GET',
    url: receivedUrl(req),
    timestamp,
    accessKey,
    secretKey: credentials.secretKey,
  });
  return signatureMatches(expected, received) ? null : gatewayText.signatureMismatch;
}
