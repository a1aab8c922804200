import { isHTTPError, isNetworkError, isTimeoutError, SchemaValidationError } from 'ky';
import { REQUEST_ID_HEADER } from '../scp/proxy-error.ts';
import { describeErrorBody } from '../scp/error-body.ts';

export type ApiErrorKind =
  | 'http' // an HTTP error status from SCP or the proxy
  | 'network' // the proxy (the dev server) could not be reached
  | 'timeout' // no answer in time
  | 'invalid-response' // an answer the schema rejects
  | 'unknown';

/** Every failure the UI shows, in one shape: what happened, SCP's words, and the id to quote. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly kind: ApiErrorKind;
  readonly status: number | null;
  readonly code: string | null;
  readonly title: string | null;
  readonly requestId: string | null;
  /** True when the proxy itself answered (the request never reached SCP or SCP was unreachable). */
  readonly fromProxy: boolean;
  /** How long SCP asked to wait before trying again (Retry-After on a 429 or 503), else null. */
  readonly retryAfterMs: number | null;
  /** When the error arrived (epoch ms): with retryAfterMs, when the next try is due. */
  readonly at: number;

  constructor(init: {
    kind: ApiErrorKind;
    message: string;
    status?: number | null;
    code?: string | null;
    title?: string | null;
    requestId?: string | null;
    fromProxy?: boolean;
    retryAfterMs?: number | null;
  }) {
    super(init.message);
    this.kind = init.kind;
    this.status = init.status ?? null;
    this.code = init.code ?? null;
    this.title = init.title ?? null;
    this.requestId = init.requestId ?? null;
    this.fromProxy = init.fromProxy ?? false;
    this.retryAfterMs = init.retryAfterMs ?? null;
    this.at = Date.now();
  }
}

/** Retry-After is delta-seconds or an HTTP date (RFC 9110 §10.2.3); anything else is ignored. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (value === null || value.trim() === '') return null;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // An HTTP date names its weekday and month; Date.parse alone would take "-5" as a year.
  const date = /[A-Za-z]{3}/.test(text) ? Date.parse(text) : Number.NaN;
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

export function normaliseError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (isHTTPError(error)) {
    const described = describeErrorBody(error.data);
    // What was thrown stays its cause: a caller may read the response's headers (the drawer
    // reads the region a lookup names).
    const normalised = new ApiError({
      kind: 'http',
      status: error.response.status,
      code: described.code,
      title: described.title,
      message: described.message ?? (error.response.statusText || `HTTP ${error.response.status}`),
      requestId: described.requestId ?? error.response.headers.get(REQUEST_ID_HEADER),
      fromProxy: described.fromProxy,
      retryAfterMs:
        error.response.status === 429 || error.response.status === 503
          ? parseRetryAfter(error.response.headers.get('Retry-After'))
          : null,
    });
    normalised.cause = error;
    return normalised;
  }
  if (isTimeoutError(error)) {
    return new ApiError({ kind: 'timeout', message: 'The request timed out.' });
  }
  if (isNetworkError(error)) {
    return new ApiError({ kind: 'network', message: error.message || 'Network error' });
  }
  // A 2xx body that is not JSON at all (ky's .json() → JSON.parse): unreadable, not a crash.
  if (error instanceof SyntaxError) {
    return new ApiError({ kind: 'invalid-response', message: error.message });
  }
  if (error instanceof SchemaValidationError) {
    return new ApiError({ kind: 'invalid-response', message: error.message });
  }
  // zod/mini throws `$ZodError`, classic zod `ZodError`; both carry `issues`.
  if (error instanceof Error && (error.name === '$ZodError' || error.name === 'ZodError')) {
    return new ApiError({ kind: 'invalid-response', message: describeIssues(error) ?? error.message });
  }
  return new ApiError({ kind: 'unknown', message: error instanceof Error ? error.message : String(error) });
}

/** "volumes: expected array" rather than a JSON dump of the issue list. */
function describeIssues(error: Error): string | null {
  if (!('issues' in error) || !Array.isArray(error.issues)) return null;
  const parts = error.issues.map((issue: { path?: unknown[]; message?: string }) => {
    const path = Array.isArray(issue.path) && issue.path.length > 0 ? issue.path.join('.') : '(body)';
    return `${path}: ${issue.message ?? 'invalid'}`;
  });
  return parts.length > 0 ? parts.join('; ') : null;
}
