// Gzip size of what the first paint needs and of everything the build emitted. Deterministic
// (no timing), so `npm test` can hold the budget while `npm run bench` reports it.
import { readdir, readFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Initial JS + CSS, gzip. kB here means 1000 bytes, as Vite's build report prints it. */
export const INITIAL_BUDGET_BYTES = 120_000;

/**
 * Level 9: the smallest gzip a server or a build-time precompressor produces, and fixed, so the
 * figure does not move with server settings. `vite preview` itself compresses at zlib's default
 * (6), which is about 1 % larger.
 */
export const GZIP_LEVEL = 9;

const ATTRIBUTE = /([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g;

function attributes(tag) {
  const found = {};
  for (const match of tag.matchAll(ATTRIBUTE)) {
    found[match[1].toLowerCase()] = match[2] ?? match[3] ?? match[4] ?? '';
  }
  return found;
}

/**
 * The assets index.html makes the browser fetch before first paint: the module entry, every
 * `modulepreload` (Vite lists the entry's static imports there) and every stylesheet. Lazy
 * chunks are absent from index.html, so they count only in the total.
 */
export function initialAssets(html) {
  const assets = [];
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/gi)) {
    const attrs = attributes(tag);
    const isScript = /^<script/i.test(tag);
    if (isScript && attrs.type === 'module' && attrs.src) assets.push({ url: attrs.src, kind: 'entry' });
    if (!isScript && attrs.rel === 'modulepreload' && attrs.href)
      assets.push({ url: attrs.href, kind: 'modulepreload' });
    if (!isScript && attrs.rel === 'stylesheet' && attrs.href)
      assets.push({ url: attrs.href, kind: 'stylesheet' });
  }
  return assets.filter((asset) => !/^(?:[a-z]+:)?\/\//i.test(asset.url));
}

function sizes(bytes) {
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: GZIP_LEVEL }).length };
}

function sum(files) {
  return files.reduce((acc, f) => ({ raw: acc.raw + f.raw, gzip: acc.gzip + f.gzip }), { raw: 0, gzip: 0 });
}

async function listFiles(dir, prefix = '') {
  const out = [];
  for (const entry of await readdir(join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? posix.join(prefix, entry.name) : entry.name;
    if (entry.isDirectory()) out.push(...(await listFiles(dir, rel)));
    else out.push(rel);
  }
  return out;
}

/** Measures a built `dist` directory. */
export async function measureBundle(distDir) {
  const html = await readFile(join(distDir, 'index.html'), 'utf8');
  const initial = [];
  for (const asset of initialAssets(html)) {
    const file = asset.url.replace(/^\.?\//, '').split(/[?#]/)[0];
    initial.push({ file, kind: asset.kind, ...sizes(await readFile(join(distDir, file))) });
  }
  if (!initial.some((f) => f.kind === 'entry')) {
    throw new Error(
      `${join(distDir, 'index.html')} has no <script type="module" src>: is this a Vite build?`,
    );
  }
  const all = [];
  for (const file of await listFiles(distDir)) {
    if (!/\.(?:m?js|css)$/.test(file)) continue;
    all.push({
      file,
      kind: file.endsWith('.css') ? 'css' : 'js',
      ...sizes(await readFile(join(distDir, file))),
    });
  }
  return {
    gzipLevel: GZIP_LEVEL,
    budgetBytes: INITIAL_BUDGET_BYTES,
    initial: { files: initial, ...sum(initial) },
    total: { files: all, ...sum(all) },
    withinBudget: sum(initial).gzip <= INITIAL_BUDGET_BYTES,
  };
}

export function formatKb(bytes) {
  return `${(bytes / 1000).toFixed(1)} kB`;
}
