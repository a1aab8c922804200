import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { INITIAL_BUDGET_BYTES, initialAssets, measureBundle } from './bundle-size.mjs';

const HTML = `<!doctype html><html><head>
<script>var inline = 1;</script>
<script type="module" crossorigin src="/assets/index-abc.js"></script>
<link rel="modulepreload" crossorigin href="/assets/vendor-def.js">
<link rel="stylesheet" crossorigin href="/assets/index-ghi.css">
<link rel="icon" href="/favicon.svg">
<link rel="stylesheet" href="https://fonts.example.com/x.css">
</head><body><div id="root"></div></body></html>`;

let dirs: string[] = [];

async function fakeDist(files: Record<string, string | Buffer>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'bundle-size-test-'));
  dirs.push(dir);
  await mkdir(join(dir, 'assets'));
  await writeFile(join(dir, 'index.html'), HTML);
  for (const [name, body] of Object.entries(files)) await writeFile(join(dir, name), body);
  return dir;
}

afterEach(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  dirs = [];
});

describe('initialAssets', () => {
  it('lists the module entry, modulepreloads and stylesheets, but not icons, inline or remote files', () => {
    expect(initialAssets(HTML)).toEqual([
      { url: '/assets/index-abc.js', kind: 'entry' },
      { url: '/assets/vendor-def.js', kind: 'modulepreload' },
      { url: '/assets/index-ghi.css', kind: 'stylesheet' },
    ]);
  });
});

describe('measureBundle', () => {
  it('counts lazy chunks in the total but not in the initial size', async () => {
    const dir = await fakeDist({
      'assets/index-abc.js': 'export const a = 1;'.repeat(100),
      'assets/vendor-def.js': 'export const b = 2;'.repeat(100),
      'assets/index-ghi.css': 'body{color:red}'.repeat(100),
      'assets/drawer-lazy.js': 'export const c = 3;'.repeat(100),
    });
    const report = await measureBundle(dir);
    expect(report.initial.files.map((f) => f.file)).toEqual([
      'assets/index-abc.js',
      'assets/vendor-def.js',
      'assets/index-ghi.css',
    ]);
    expect(report.total.files).toHaveLength(4);
    expect(report.total.gzip).toBeGreaterThan(report.initial.gzip);
    expect(report.initial.gzip).toBeLessThan(report.initial.raw);
    expect(report.withinBudget).toBe(true);
  });

  it('fails the budget check, with exit code 1, when the initial assets are too large', async () => {
    // Random bytes do not compress, so the gzip size stays above the budget.
    const dir = await fakeDist({
      'assets/index-abc.js': randomBytes(INITIAL_BUDGET_BYTES + 1000),
      'assets/vendor-def.js': '',
      'assets/index-ghi.css': '',
    });
    expect((await measureBundle(dir)).withinBudget).toBe(false);
    const cli = spawnSync(process.execPath, ['scripts/check-bundle.mjs', '--dist', dir], {
      encoding: 'utf8',
    });
    expect(cli.status).toBe(1);
    expect(cli.stderr).toMatch(/over the 120\.0 kB budget/);
  });
});
