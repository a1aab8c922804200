import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeQuery, isListParamName, LIST_PARAM_NAMES, type ListParamName } from '../scp/list-query.ts';
import {
  answersJson,
  rawRequest,
  signatureVerifies,
  startServer,
  TEST_KEYS,
  type TestServer,
} from '../test/node/http.ts';
import { startTestProxy } from '../test/node/test-proxy.ts';
import { MAX_QUERY_LENGTH, routeRequest } from './route.ts';

/**
 * Property tests of the query path: browser encoding → proxy parsing → one re-encoding →
 * signature → what the upstream decodes. Whatever the values, SCP must see exactly what the
 * user asked for, under a signature that verifies, or the proxy must refuse with a 400.
 */
/** C0, DEL and C1: what the proxy refuses in a parameter. */
function hasControl(text: string): boolean {
  return [...text].some((char) => {
    const code = char.codePointAt(0) ?? 0;
    return code < 0x20 || (code >= 0x7f && code <= 0x9f);
  });
}

let upstream: TestServer;
let proxy: TestServer;

beforeAll(async () => {
  upstream = await startServer(answersJson(200, '{}'));
  proxy = await startTestProxy(upstream.url);
});

afterAll(async () => {
  await Promise.all([upstream.close(), proxy.close()]);
});

/** Every way a browser or a hand-written link may encode the same parameters. */
const ENCODERS: Record<string, (entries: [string, string][]) => string> = {
  encodeQuery: (entries) => encodeQuery(entries),
  URLSearchParams: (entries) => new URLSearchParams(entries).toString(),
  encodeURIComponent: (entries) =>
    entries.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&'),
};

const anyValue = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'grapheme-ascii', maxLength: 30 }),
  fc.constantFrom(
    '',
    ' ',
    '+',
    '%',
    '%20',
    '&',
    '=',
    '?',
    '#',
    "'",
    '!*()',
    'a b',
    '볼륨 1',
    '\r\n',
    '\u0000',
  ),
);
/** Query-shaped strings from the characters that matter: structure, escapes, controls, surrogates. */
const nastyQuery = fc.string({
  unit: fc.constantFrom(
    'name',
    'limit',
    '=',
    '&',
    '+',
    '%',
    '%2',
    '%zz',
    '%C3',
    '%A9',
    'a',
    '0',
    '\r',
    '\u0085',
    '\ud800',
    '\udc00',
    'é',
  ),
  maxLength: 20,
});
const paramsArb = fc.dictionary(fc.constantFrom(...LIST_PARAM_NAMES), anyValue, { maxKeys: 8 });
/** Parameters SCP does not know, which the proxy drops (a repeated known one is a 400 of its own). */
const extraArb = fc.array(
  fc.tuple(
    fc.stringMatching(/^[a-z_]{1,8}$/).filter((key) => !isListParamName(key)),
    anyValue,
  ),
  { maxLength: 3 },
);

/**
 * Hundreds of HTTP round trips per property: a bound for a machine busy with other work, not
 * a wait (each property ends as soon as its runs do).
 */
const PROPERTY_BOUND_MS = 60_000;

describe('routeRequest on any query string', () => {
  it('always answers with a route, never throws', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 80 }), nastyQuery), (raw) => {
        const route = routeRequest('GET', `/api/v1/volumes?${raw}`);
        expect(['forward', 'reject']).toContain(route.kind);
      }),
      { numRuns: 2000 },
    );
  });

  it('forwards a canonical query: forwarding it again changes nothing', () => {
    fc.assert(
      fc.property(paramsArb, extraArb, fc.constantFrom(...Object.keys(ENCODERS)), (params, extra, name) => {
        const encode = ENCODERS[name] ?? encodeQuery;
        const first = routeRequest('GET', `/api/v1/volumes?${encode([...Object.entries(params), ...extra])}`);
        if (first.kind !== 'forward') return;
        const again = routeRequest('GET', `/api${first.upstreamPath}`);
        expect(again).toEqual(first);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('the signing proxy, for any parameter values', () => {
  it(
    'hands SCP exactly the decoded values, under a signature that verifies, or refuses with 400',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          paramsArb,
          extraArb,
          fc.constantFrom(...Object.keys(ENCODERS)),
          async (params, extra, name) => {
            const encode = ENCODERS[name] ?? encodeQuery;
            const query = encode([...extra, ...Object.entries(params)]);
            const sentBefore = upstream.requests.length;
            const res = await rawRequest(proxy.port, `/api/v1/volumes?${query}`);

            const texts = [...Object.entries(params), ...extra].flat();
            if (texts.some(hasControl) || query.length > MAX_QUERY_LENGTH) {
              expect(res.status, query).toBe(400);
              expect(upstream.requests.length).toBe(sentBefore);
              return;
            }
            expect(res.status, query).toBe(200);
            const received = upstream.requests.at(-1);
            if (!received || upstream.requests.length !== sentBefore + 1) throw new Error('no upstream call');
            const seen = [...new URL(received.url, 'http://upstream').searchParams];
            const expected = LIST_PARAM_NAMES.filter((key: ListParamName) => (params[key] ?? '') !== '').map(
              (key) => [key, params[key]],
            );
            expect(seen, query).toEqual(expected);
            expect(signatureVerifies(received, TEST_KEYS.secretKey), query).toBe(true);
          },
        ),
        { numRuns: 300 },
      );
    },
    PROPERTY_BOUND_MS,
  );
});
