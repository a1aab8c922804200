import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listVolumesPath } from '../../../scp/api-paths.ts';
import { parseView } from '../url-state/parse-view.ts';
import { isLocalSearch, pageParams } from '../url-state/view-params.ts';
import { detectLocale, LOCALE_TAGS } from '../../../i18n/locale.ts';
import type { EarlyList } from './early-list.ts';

/**
 * index.html's inline early request re-implements the app's URL rules in a few lines of plain
 * JS (it runs before any module). These tests run that very script against the app's parser
 * on many URLs, so the two cannot drift apart unnoticed.
 */
const html = readFileSync(resolve(import.meta.dirname, '../../../../index.html'), 'utf8');
const script = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)]
  .map((match) => match[1] ?? '')
  .find((body) => body.includes('__scpEarlyList'));
if (!script) throw new Error('index.html has no early-request script');

interface Sent {
  url: string;
  headers: Record<string, string>;
}

function runScript(search: string, stored: string | null = null, languages: string[] = ['en-US']) {
  const sent: Sent[] = [];
  const win: { __scpEarlyList?: EarlyList } = {};
  const fakeFetch = (url: string, init: { headers: Record<string, string> }) => {
    sent.push({ url, headers: init.headers });
    return new Promise(() => undefined);
  };
  const storage = { getItem: (key: string) => (key === 'scp-volumes.locale' ? stored : null) };
  const run = new Function('window', 'location', 'localStorage', 'navigator', 'fetch', script as string);
  run(win, { search }, storage, { languages }, fakeFetch);
  return { sent, early: win.__scpEarlyList };
}

/** What the app itself would request for this address, or null when it rejects a value. */
function appRequest(search: string): string | null {
  const { view, problems } = parseView(search);
  return problems.length > 0 || isLocalSearch(view) ? null : listVolumesPath(pageParams(view));
}

const pick = (...values: string[]) => fc.constantFrom(...values);
const value = fc.oneof(
  pick('', ' ', '20', '50', '1000', '33', '0', '1', '2', '07', ' 50 ', '5e1', '0x14', '-1', '1.5', '1000001'),
  pick(
    'true',
    'FALSE',
    'yes',
    'in-use',
    'error_backing-up',
    'error_nope',
    'Available',
    'errors',
    'transitional',
    'Errors',
    'a b',
    'x'.repeat(70),
    'é',
  ),
  pick('size:desc', 'name', 'name:asc,size:desc', 'size:up', 'size,size', 'bogus', 'size:desc:x', ','),
  pick("vol 'a'(1)*!", '한글 볼륨', 'a&b=c', '%41', '+plus+', ' padded '),
  pick('kr-west1', 'kr-east1', 'KR-west1', 'kr-west', 'all'),
  pick('contains', 'exact', 'Contains', 'part'),
  fc.string({ maxLength: 12 }),
);
const entry = fc.tuple(
  fc.oneof(
    pick('name', 'match', 'state', 'state_group', 'region', 'bootable', 'sort', 'page', 'per_page', 'volume'),
    pick('limit', 'x'),
  ),
  value,
);
const search = fc
  .array(entry, { maxLength: 6 })
  .map((entries) => (entries.length ? `?${new URLSearchParams(entries).toString()}` : ''));

describe('index.html early list request', () => {
  it('sends exactly the request the app would send, and nothing for a URL it rejects', () => {
    let accepted = 0;
    fc.assert(
      fc.property(search, (query) => {
        const expected = appRequest(query);
        if (expected !== null) accepted++;
        const { sent, early } = runScript(query);
        expect(sent.map((request) => request.url)).toEqual(expected === null ? [] : [expected]);
        expect(early?.url ?? null).toBe(expected);
      }),
      { numRuns: 2000 },
    );
    // Both sides of the rule are exercised, not just rejections.
    expect(accepted).toBeGreaterThan(300);
  });

  it.each([
    ['', '/api/v1/volumes?with_count=true&limit=20&offset=0'],
    [
      '?state=error&bootable=TRUE&sort=size:desc,name&page=3&per_page=50&name=%20a%27b%20&volume=v-1',
      '/api/v1/volumes?with_count=true&limit=50&sort=size%3Adesc%2Cname%3Adesc&offset=100&name=a%27b&state=error&bootable=true',
    ],
  ])('builds %j into %s', (query, url) => {
    expect(appRequest(query)).toBe(url);
    expect(runScript(query).sent.map((request) => request.url)).toEqual([url]);
  });

  it.each([
    '?per_page=30',
    '?sort=bogus:asc',
    '?page=0',
    '?state=a%20b',
    '?state=nope',
    '?state=Available',
    '?bootable=yes',
    '?volume=a/b',
    '?state_group=Errors',
    '?state_group=errors&state=error',
    '?match=part',
  ])('sends nothing for %s, which the app rejects', (query) => {
    expect(appRequest(query)).toBeNull();
    expect(runScript(query).sent).toEqual([]);
  });

  it('sends no exact-name request for a name in contains mode (the app searches locally)', () => {
    expect(runScript('?name=gitlab&match=contains').sent).toEqual([]);
    expect(appRequest('?name=gitlab&match=contains')).toBeNull();
    // Contains with no name to look for is the ordinary list.
    const plain = '/api/v1/volumes?with_count=true&limit=20&offset=0&state=error';
    expect(appRequest('?match=contains&state=error')).toBe(plain);
    expect(runScript('?match=contains&state=error').sent.map((request) => request.url)).toEqual([plain]);
  });

  it('asks in the language the app will use', () => {
    const cases: [string | null, string[]][] = [
      [null, ['en-US']],
      [null, ['ko-KR', 'en']],
      [null, ['fr-FR', 'ko']],
      ['en', ['ko-KR']],
      ['ko', ['en-US']],
      ['xx', ['de']],
    ];
    for (const [stored, languages] of cases) {
      const { sent } = runScript('', stored, languages);
      expect(sent[0]?.headers['Accept-Language']).toBe(LOCALE_TAGS[detectLocale(stored, languages)]);
    }
  });
});
