import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/** The token of an `Authorization: Bearer …` header; null when there is none. */
export function bearerToken(headers: IncomingHttpHeaders): string | null {
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(headers.authorization ?? '');
  return match?.[1] ?? null;
}

const digest = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest();

/**
 * Constant time, whatever the lengths: both sides are hashed to 32 bytes first, so neither how
 * much of the token matched nor how long it is shows in the time taken.
 */
export function tokenMatches(expected: string, given: string): boolean {
  return timingSafeEqual(digest(expected), digest(given));
}

/** Bearer's challenge, sent with every 401 of /metrics (beside the host's own, if any). */
export const BEARER_CHALLENGE = 'Bearer realm="SCP Volumes metrics"';
