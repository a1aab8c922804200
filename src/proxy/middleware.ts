import type { IncomingMessage, ServerResponse } from 'node:http';

/** A Connect middleware, or (called without `next`) a plain Node request handler. */
export type Middleware = (
  req: IncomingMessage,
  res: ServerResponse,
  next?: (error?: unknown) => void,
) => void;

export interface MiddlewareOptions {
  /** The request targets it answers; under Connect, any other goes on to `next`. */
  owns: (rawUrl: string | undefined) => boolean;
  handler: (req: IncomingMessage, res: ServerResponse) => Promise<void>;
  /** Says that a request failed (the handler threw); the response then ends with a 500, or is cut off. */
  report: (error: unknown, req: IncomingMessage) => void;
  /** Under Connect, hand a failure to `next` (the host's error page) instead. */
  failuresToNext?: boolean;
}

/** The proxy's and the inventory's mount: one handler on the paths it owns, a failure never unanswered. */
export function middleware({ owns, handler, report, failuresToNext = false }: MiddlewareOptions): Middleware {
  return (req, res, next) => {
    if (next && !owns(req.url)) return next();
    handler(req, res).catch((error: unknown) => {
      if (next && failuresToNext) return next(error);
      report(error, req);
      if (res.headersSent) res.destroy();
      else res.writeHead(500).end();
    });
  };
}
