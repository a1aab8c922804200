import type { IncomingMessage } from 'node:http';

/** Where the proxy writes its lines; Vite's logger fits, so does console. */
export interface ProxyLogger {
  info(message: string): void;
  warn(message: string): void;
  /**
   * The one line per request, for a host that adds something only it knows about the request
   * (src/server: who signed in). Without it the line goes to info, or to warn when `failed`.
   */
  request?(line: string, req: IncomingMessage, failed: boolean): void;
}

/** Logs a request's line through `request` when the host has it. */
export function logRequest(logger: ProxyLogger, line: string, req: IncomingMessage, failed: boolean): void {
  if (logger.request) logger.request(line, req, failed);
  else if (failed) logger.warn(line);
  else logger.info(line);
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
