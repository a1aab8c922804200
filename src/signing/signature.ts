import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * SCP's request-signing protocol (scp-api.md §2), shared by the one who signs (src/proxy) and
 * the one who verifies (src/simulator/auth.ts). It imports nothing else of ours, so neither
 * side has to import the other to agree on it.
 */

/** Headers that carry SCP's request signature. */
export const SCP_HEADERS = {
  accessKey: 'Scp-Accesskey',
  timestamp: 'Scp-Timestamp',
  clientType: 'Scp-ClientType',
  signature: 'Scp-Signature',
  apiVersion: 'Scp-Api-Version',
} as const;

export const CLIENT_TYPE = 'Openapi';

/** An SCP key pair: what signs a request, and what a verifier accepts. */
export interface Credentials {
  accessKey: string;
  secretKey: string;
}

export interface SignInput extends Credentials {
  method: string;
  /** The whole upstream URL exactly as sent on the wire: scheme, host, path and ?query if any. */
  url: string;
  timestamp: string;
}

export function signatureMessage({
  method,
  url,
  timestamp,
  accessKey,
}: Omit<SignInput, 'secretKey'>): string {
  return `${method.toUpperCase()}${url}${timestamp}${accessKey}${CLIENT_TYPE}`;
}

export function signature(input: SignInput): string {
  return createHmac('sha256', input.secretKey).update(signatureMessage(input), 'utf8').digest('base64');
}

/** Constant-time comparison, so a verifier does not leak how much of a signature matched. */
export function signatureMatches(expected: string, received: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(received);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The four signing headers for one request. Sign every request afresh: never reuse these. */
export function signedHeaders(
  input: Omit<SignInput, 'timestamp'>,
  now: () => number,
): Record<string, string> {
  const timestamp = String(now());
  return {
    [SCP_HEADERS.accessKey]: input.accessKey,
    [SCP_HEADERS.timestamp]: timestamp,
    [SCP_HEADERS.clientType]: CLIENT_TYPE,
    [SCP_HEADERS.signature]: signature({ ...input, timestamp }),
  };
}
