import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { IndexHtmlTransformHook } from 'vite';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseView } from '../features/volumes/url-state/parse-view.ts';
import { isLocalSearch, pageParams } from '../features/volumes/url-state/view-params.ts';
import { listVolumesPath } from '../scp/api-paths.ts';
import { compileInlineScript, EARLY_LIST_PLACEHOLDER, earlyListScript } from './early-list-script.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const ENTRY = 'src/features/volumes/api/early-list/script.ts';

let code: string;
beforeAll(async () => {
  ({ code } = await compileInlineScript(ENTRY, ROOT));
});

interface Sent {
  url: string;
  language: string | undefined;
}

/** Runs the compiled script as index.html would, against stand-ins for what it reads and calls. */
function runScript(search: string, stored: string | null = null, languages = ['en-US']) {
  const sent: Sent[] = [];
  const offers: ((event: { detail: { early?: { url: string; lang: string } } }) => void)[] = [];
  const fetchStub = (url: string, init: { headers: Record<string, string> }) => {
    sent.push({ url, language: init.headers['Accept-Language'] });
    return new Promise(() => undefined);
  };
  const documentStub = {
    addEventListener: (_name: string, listener: (typeof offers)[number]) => offers.push(listener),
  };
  const storage = { getItem: (key: string) => (key === 'scp-volumes.locale' ? stored : null) };
  const run = new Function('location', 'navigator', 'localStorage', 'fetch', 'document', 'setTimeout', code);
  run({ search }, { languages }, storage, fetchStub, documentStub, () => undefined);
  const claim = (): { url: string; lang: string } | undefined => {
    const detail: { early?: { url: string; lang: string } } = {};
    offers.forEach((offer) => offer({ detail }));
    return detail.early;
  };
  return { sent, offers, claim };
}

/** What the app itself asks for first at this address, or null when it sends no early request. */
function appRequest(search: string): string | null {
  const { view, problems } = parseView(search);
  return problems.length > 0 || isLocalSearch(view) ? null : listVolumesPath(pageParams(view));
}

describe('the early list script, compiled from the app’s own modules', () => {
  it('is one classic script: no import or export, nothing left to load', () => {
    expect(() => new Function(code)).not.toThrow();
    expect(code).not.toMatch(/\bimport\s*\(|<\/script/i);
  });

  it.each([
    '',
    '?state=error&bootable=TRUE&sort=size:desc,name&page=3&per_page=50&name=%20a%27b%20&volume=v-1',
    '?region=kr-east1&state_group=errors&sort=created_at',
    "?name=vol%20'a'(1)*!&match=exact",
    '?match=contains&state=error',
  ])('sends the app’s own first request for %j, and offers it once', (search) => {
    const { sent, offers, claim } = runScript(search);
    const expected = appRequest(search);
    expect(expected).not.toBeNull();
    expect(sent).toEqual([{ url: expected, language: 'en-US' }]);
    expect(offers).toHaveLength(1);
    expect(claim()).toMatchObject({ url: expected, lang: 'en-US' });
  });

  it.each([
    '?per_page=30',
    '?sort=bogus:asc',
    '?page=0',
    '?state=Available',
    '?state_group=errors&state=error',
    '?name=gitlab&match=contains',
    '?size=7',
  ])('sends and offers nothing for %s, which the app rejects or searches locally', (search) => {
    expect(appRequest(search)).toBeNull();
    const { sent, offers } = runScript(search);
    expect(sent).toEqual([]);
    expect(offers).toEqual([]);
  });

  it('asks in the language the app will use: the stored choice, else the browser’s, else English', () => {
    const cases: [string | null, string[], string][] = [
      [null, ['ko-KR', 'en'], 'ko-KR'],
      [null, ['fr-FR', 'ko'], 'ko-KR'],
      ['en', ['ko-KR'], 'en-US'],
      ['ko', ['en-US'], 'ko-KR'],
      ['xx', ['de'], 'en-US'],
    ];
    for (const [stored, languages, tag] of cases) {
      expect(runScript('', stored, languages).sent[0]?.language).toBe(tag);
    }
  });
});

describe('earlyListScript, the Vite plugin', () => {
  const transform = async (html: string): Promise<string> => {
    const plugin = earlyListScript(ENTRY);
    (plugin.configResolved as (config: { root: string }) => void)({ root: ROOT });
    const hook = plugin.transformIndexHtml as IndexHtmlTransformHook;
    return (await hook.call({} as never, html, {} as never)) as string;
  };

  it('puts the compiled script where index.html holds its place', async () => {
    const html = readFileSync(resolve(ROOT, 'index.html'), 'utf8');
    expect(html.split(EARLY_LIST_PLACEHOLDER)).toHaveLength(2);
    const out = await transform(html);
    expect(out).not.toContain(EARLY_LIST_PLACEHOLDER);
    expect(out).toContain(`<script>${code}</script>`);
  });

  it('refuses a page without the placeholder rather than leave the request out', async () => {
    await expect(transform('<!doctype html><head></head>')).rejects.toThrow(/data-early-list/);
  });
});
