import { http as mock, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { getServer, getStatus, getVolume, listVolumes } from './volume-endpoints.ts';
import { ApiError, normaliseError } from '../../../lib/api-error.ts';

// End to end through the real ky client: the shapes below are what reaches the browser.
const URL = 'http://localhost:3000/api/v1/volumes';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

function answer(body: BodyInit | null, status: number, headers: Record<string, string> = {}) {
  server.use(mock.get(URL, () => new HttpResponse(body, { status, headers })));
}

async function failure(): Promise<ApiError> {
  try {
    await listVolumes({ limit: 1 });
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    return error as ApiError;
  }
  throw new Error('expected the request to fail');
}

const json = { 'Content-Type': 'application/json' };

describe('error normalisation (scp-api.md §5)', () => {
  // Each JSON error shape SCP, its gateway or the proxy answers with, and what the browser reads.
  const JSON_ERRORS: {
    name: string;
    status: number;
    body: unknown;
    headers?: Record<string, string>;
    read: object;
  }[] = [
    {
      name: 'reads a service error with a string detail',
      status: 400,
      body: {
        errors: [
          {
            code: 'ValidationError',
            title: 'ValidationError',
            detail: 'limit must be <= 1000',
            status: 400,
            request_id: 'req-1',
            global_request_id: 'req-g1',
            links: [],
            related_resources: [],
            response: null,
          },
        ],
      },
      read: {
        kind: 'http',
        status: 400,
        code: 'ValidationError',
        title: 'ValidationError',
        message: 'limit must be <= 1000',
        requestId: 'req-1',
        fromProxy: false,
      },
    },
    {
      name: 'joins a list detail and falls back to the global request id',
      status: 403,
      body: {
        errors: [
          {
            code: 'Forbidden',
            title: 'Forbidden',
            detail: ['No permission.', 'Ask an admin.'],
            status: 403,
            global_request_id: 'req-g2',
          },
        ],
      },
      read: { status: 403, code: 'Forbidden', message: 'No permission. Ask an admin.', requestId: 'req-g2' },
    },
    {
      name: 'reads a gateway rejection and takes the request id from the proxy header',
      status: 401,
      body: {
        status: 'UNAUTHORIZED',
        name: 'Request was rejected by gateway',
        message: 'HmacValidFail: signature mismatch',
      },
      headers: { 'X-Request-Id': 'proxy-7' },
      read: {
        status: 401,
        code: 'UNAUTHORIZED',
        title: 'Request was rejected by gateway',
        message: 'HmacValidFail: signature mismatch',
        requestId: 'proxy-7',
      },
    },
    {
      name: 'reads a Spring-style unrouted path',
      status: 404,
      body: {
        timestamp: '2026-02-11T06:44:40Z',
        path: '/v1/volumez',
        status: 404,
        error: 'Not Found',
        requestId: 'spring-9',
      },
      read: { status: 404, code: 'Not Found', message: 'Not Found', requestId: 'spring-9' },
    },
    {
      name: "reads the proxy's own error and marks it as the proxy's",
      status: 504,
      body: {
        proxy_error: {
          status: 504,
          code: 'UpstreamTimeout',
          message: 'SCP did not answer within 15 s.',
          host: 'virtualserver.kr-west1.e.samsungsdscloud.com',
          request_id: 'p-1',
        },
      },
      read: {
        status: 504,
        code: 'UpstreamTimeout',
        message: 'SCP did not answer within 15 s.',
        requestId: 'p-1',
        fromProxy: true,
      },
    },
    {
      name: 'survives a JSON body that is not an object',
      status: 500,
      body: [1, 2],
      read: { status: 500, code: null },
    },
  ];
  for (const { name, status, body, headers, read } of JSON_ERRORS) {
    it(name, async () => {
      answer(JSON.stringify(body), status, { ...json, ...headers });
      expect(await failure()).toMatchObject(read);
    });
  }

  it('uses the title of an HTML error page', async () => {
    answer(
      '<!doctype html><html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>',
      502,
      {
        'Content-Type': 'text/html',
        'X-Request-Id': 'p-2',
      },
    );
    expect(await failure()).toMatchObject({
      status: 502,
      code: null,
      message: '502 Bad Gateway',
      requestId: 'p-2',
    });
  });

  it('keeps plain text, shortened', async () => {
    answer('upstream connect error '.repeat(40), 503, { 'Content-Type': 'text/plain' });
    const error = await failure();
    expect(error.status).toBe(503);
    expect(error.message.startsWith('upstream connect error')).toBe(true);
    expect(error.message.length).toBeLessThanOrEqual(301);
  });

  it('falls back to the status text for an empty body', async () => {
    answer(null, 500);
    const error = await failure();
    expect(error).toMatchObject({ kind: 'http', status: 500, code: null, requestId: null });
    expect(error.message).toMatch(/Internal Server Error|HTTP 500/);
  });

  it('reports an unreachable dashboard server as a network error', async () => {
    server.use(mock.get(URL, () => HttpResponse.error()));
    expect(await failure()).toMatchObject({ kind: 'network', status: null });
  });

  it('reports a body the schema rejects as an invalid response', async () => {
    answer(JSON.stringify({ volumes: 'none' }), 200, json);
    const error = await failure();
    expect(error).toMatchObject({ kind: 'invalid-response', status: null });
    expect(error.message).toMatch(/^volumes: /);
  });
});

describe('listVolumes', () => {
  it('keeps valid volumes and flags the invalid ones instead of failing the page', async () => {
    const good = {
      id: 'v1',
      state: 'available',
      size: 10,
      bootable: false,
      created_at: '2026-01-01T00:00:00Z',
    };
    answer(JSON.stringify({ count: 2, volumes: [good, { id: 'v2', state: 'available' }] }), 200, json);
    const list = await listVolumes({ limit: 2 });
    expect(list.count).toBe(2);
    expect(list.volumes.map((volume) => volume.id)).toEqual(['v1']);
    expect(list.invalid).toHaveLength(1);
    expect(list.invalid[0]).toMatchObject({ id: 'v2' });
    expect(list.invalid[0]?.problem).toMatch(/size/);
  });
});

describe('the paths of the route table (src/scp/endpoints.ts)', () => {
  it('asks the proxy for each endpoint, with the id encoded once', async () => {
    const asked: string[] = [];
    server.use(
      mock.get('http://localhost:3000/api/*', ({ request }) => {
        asked.push(new globalThis.URL(request.url).pathname);
        return HttpResponse.json({}, { status: 404 });
      }),
    );
    for (const call of [() => getVolume('v 1/x'), () => getServer('srv-1'), () => getStatus()]) {
      await expect(call()).rejects.toBeInstanceOf(ApiError);
    }
    expect(asked).toEqual(['/api/v1/volumes/v%201%2Fx', '/api/v1/servers/srv-1', '/api/status']);
  });
});

describe('normaliseError', () => {
  it('passes an ApiError through unchanged', () => {
    const error = new ApiError({ kind: 'http', message: 'x', status: 418 });
    expect(normaliseError(error)).toBe(error);
  });

  it('wraps anything else as unknown', () => {
    expect(normaliseError('boom')).toMatchObject({ kind: 'unknown', message: 'boom' });
  });
});
