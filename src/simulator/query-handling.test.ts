import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { encodeQuery, LIST_PARAM_NAMES } from '../scp/list-query.ts';
import { SORT_KEYS } from '../scp/sort-terms.ts';
import type { Volume } from '../scp/volume-schema.ts';
import { serveForSuite, type TestResponse } from '../test/node/simulator-client.ts';

/**
 * Property tests of ListVolumes' query handling: whatever arrives after `?`, the simulator
 * answers 200 or a 400 ValidationError (never a 500), and it reads the same parameters however
 * they were encoded, as SCP's Spring stack would.
 */
const api = serveForSuite({ volumeCount: 300 });
let ids: string[];
beforeAll(async () => {
  ids = (await api.ok<{ volumes: Volume[] }>('/v1/volumes?limit=1000')).volumes.map((v) => v.id);
});

/** Node sends a path only of 0x21–0xFF, and the parser takes only ASCII: escape the rest. */
function wireSafe(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code > 0x20 && code < 0x7f && char !== '#') out += char;
    else if (code >= 0xd800 && code <= 0xdfff) out += '%ED%A0%80';
    else out += encodeURIComponent(char);
  }
  return out;
}

/** Escapes only what must be (structure, +, %, non-ASCII): `?`, `/`, `:` and `,` stay raw. */
function looseEncode(text: string): string {
  let out = '';
  for (const char of text)
    out += /^[A-Za-z0-9\-._~!$'()*,;:@/?]$/.test(char) ? char : encodeURIComponent(char);
  return out;
}

const ENCODERS = {
  strict: (entries: [string, string][]) => encodeQuery(entries),
  form: (entries: [string, string][]) => new URLSearchParams(entries).toString(),
  loose: (entries: [string, string][]) =>
    entries.map(([key, value]) => `${looseEncode(key)}=${looseEncode(value)}`).join('&'),
};

const tricky = fc.constantFrom(
  ...['', '-1', '0', '1e3', '0x10', '１０', 'NaN', 'Infinity', ' 5', '5 ', '9007199254740993'],
  ...['99999999999999999999', 'True', 'TRUE', 'false', ',', ':', 'name:', ':asc', 'name:asc:desc'],
  ...['name,,size', '__proto__', 'constructor', 'toString', 'a?b', '?', '%', '%zz', '+', '&', '='],
);
const sortSpec = fc
  .array(
    fc.tuple(
      fc.oneof(fc.constantFrom(...SORT_KEYS), fc.string({ maxLength: 6 })),
      fc.constantFrom('', ':asc', ':desc', ':up', ':', '::asc'),
    ),
    { maxLength: 4 },
  )
  .map((terms) => terms.map(([key, direction]) => key + direction).join(','));
const value = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 24 }),
  fc.integer({ min: -5, max: 2000 }).map(String),
  tricky,
  sortSpec,
  fc.constant('MARKER'),
);
const entries = fc.array(
  fc.tuple(fc.oneof(fc.constantFrom(...LIST_PARAM_NAMES), fc.string({ maxLength: 8 }), tricky), value),
  { maxLength: 6 },
);

/** A marker placeholder becomes a real id of the account, so paging is exercised too. */
const withMarkers = (list: [string, string][], pick: number): [string, string][] =>
  list.map(([key, v]) => [key, v === 'MARKER' ? (ids[pick % ids.length] ?? '') : v]);

function expectAnswered(response: TestResponse, query: string): void {
  expect([200, 400], `${response.status} for ?${query}: ${response.text}`).toContain(response.status);
  expect(response.json, query).not.toBeNull();
  if (response.status === 400) expect(response.json).toMatchObject({ errors: [{ code: 'ValidationError' }] });
  else expect(Array.isArray((response.json as { volumes: unknown }).volumes), query).toBe(true);
}

/** The answer without the per-request ids, which differ on every call. */
function comparable(response: TestResponse): string {
  return `${response.status} ${response.text.replace(/"(global_)?request_id":"[^"]*"/g, '')}`;
}

/**
 * Hundreds of HTTP round trips per property: a bound for a machine busy with other work, not
 * a wait (each property ends as soon as its runs do).
 */
const PROPERTY_BOUND_MS = 60_000;

describe('ListVolumes query handling', () => {
  const QUERIES: { what: string; queries: fc.Arbitrary<string> }[] = [
    { what: 'any query string', queries: fc.string({ unit: 'binary', maxLength: 60 }).map(wireSafe) },
    {
      what: 'any combination of parameters and values',
      queries: fc.tuple(entries, fc.nat()).map(([list, pick]) => ENCODERS.strict(withMarkers(list, pick))),
    },
  ];
  for (const { what, queries } of QUERIES) {
    it(
      `answers ${what} with 200 or a 400 ValidationError, never a 500`,
      async () => {
        await fc.assert(
          fc.asyncProperty(queries, async (query) => {
            expectAnswered(await api.get(`/v1/volumes?${query}`), query);
          }),
          { numRuns: 200 },
        );
      },
      PROPERTY_BOUND_MS,
    );
  }

  it(
    'gives the same answer however the same parameters are encoded (raw ? and : included)',
    async () => {
      await fc.assert(
        fc.asyncProperty(entries, fc.nat(), async (list, pick) => {
          // encodeQuery leaves empty values out by design; the others would send them.
          const params = withMarkers(list, pick).filter(([, v]) => v !== '');
          const [strict, form, loose] = await Promise.all(
            Object.values(ENCODERS).map((encode) => api.get(`/v1/volumes?${encode(params)}`)),
          );
          const expected = comparable(strict as TestResponse);
          expect(comparable(form as TestResponse), ENCODERS.form(params)).toBe(expected);
          expect(comparable(loose as TestResponse), ENCODERS.loose(params)).toBe(expected);
        }),
        { numRuns: 200 },
      );
    },
    PROPERTY_BOUND_MS,
  );

  it(
    'answers any id of ShowVolume or ShowServer, and any other path, without a 500',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom('/v1/volumes/', '/v1/servers/', '/v1/', '/', '/v1/volumes/x/'),
          fc.oneof(
            fc.string({ unit: 'binary', maxLength: 40 }),
            fc.constantFrom('..', '%2e%2e', '%zz', '%00', ''),
          ),
          async (prefix, raw) => {
            const path = prefix + wireSafe(raw).replaceAll('?', '%3F');
            const response = await api.get(path);
            expect([200, 404], `${response.status} for ${path}: ${response.text}`).toContain(response.status);
            expect(response.json, path).not.toBeNull();
          },
        ),
        { numRuns: 200 },
      );
    },
    PROPERTY_BOUND_MS,
  );

  it('reads a raw "?" inside the query as part of a value, not as the end of the query', async () => {
    const page = await api.ok<{ count?: number; volumes: Volume[] }>(
      '/v1/volumes?limit=3&x=?&with_count=false',
    );
    expect([page.volumes.length, page.count]).toEqual([3, undefined]);
    expect((await api.get('/v1/volumes?sort=name:asc?')).status).toBe(400);
  });
});
