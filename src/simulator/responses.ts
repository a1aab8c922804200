import type { ServerResponse } from 'node:http';

export interface RequestIds {
  requestId: string;
  globalRequestId: string;
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

/** SCP's service envelope, as recorded from the live API (scp-api.md §5). */
export function sendServiceError(
  res: ServerResponse,
  status: number,
  code: string,
  detail: string,
  ids: RequestIds,
  headers: Record<string, string> = {},
) {
  sendJson(
    res,
    status,
    {
      errors: [
        {
          code,
          title: code,
          detail,
          status,
          request_id: ids.requestId,
          global_request_id: ids.globalRequestId,
          links: [],
          related_resources: [],
          response: null,
        },
      ],
    },
    headers,
  );
}

/** What the API gateway answers before the service ever sees the request. */
export function sendGatewayRejection(res: ServerResponse, message: string) {
  sendJson(res, 401, { status: 'UNAUTHORIZED', name: 'Request was rejected by gateway', message });
}

/** Unrouted paths fall through to the service framework's own (Spring) 404. */
export function sendSpringNotFound(res: ServerResponse, path: string, now: number, requestId: string) {
  sendJson(res, 404, {
    timestamp: new Date(now).toISOString(),
    path,
    status: 404,
    error: 'Not Found',
    requestId,
  });
}
