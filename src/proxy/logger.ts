/** Where the proxy writes its lines; Vite's logger fits, so does console. */
export interface ProxyLogger {
  info(message: string): void;
  warn(message: string): void;
}

const MAX_LOGGED_URL = 512;

/**
 * The one line per proxied request. It names the browser's path and query only: the upstream
 * request carries the key and the signature, and neither belongs in a log.
 */
export function requestLogLine(
  method: string,
  url: string,
  status: number | 'aborted',
  durationMs: number,
  requestId: string,
): string {
  const shown = url.length > MAX_LOGGED_URL ? `${url.slice(0, MAX_LOGGED_URL)}…` : url;
  return `[scp-proxy] ${method} ${shown} ${status} ${Math.round(durationMs)}ms id=${requestId}`;
}
