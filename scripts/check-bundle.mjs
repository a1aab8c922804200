// Holds the initial-bundle budget (issue: ≤ 120 kB gzip for the JS and CSS the first paint
// needs). Builds into a temporary directory, so it never races the `dist/` that `vite preview`
// or the browser tests are serving; `--dist <dir>` measures an existing build instead.
//   node scripts/check-bundle.mjs [--dist dist] [--json]
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { formatKb, INITIAL_BUDGET_BYTES, measureBundle } from './bench/bundle-size.mjs';

async function buildInto(outDir) {
  const { build } = await import('vite');
  await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
}

function printReport(report) {
  const rows = report.initial.files;
  const width = Math.max(...rows.map((r) => r.file.length), 10);
  for (const r of rows) {
    console.log(
      `  ${r.file.padEnd(width)}  ${r.kind.padEnd(13)} ${formatKb(r.raw).padStart(10)} raw  ${formatKb(r.gzip).padStart(9)} gzip`,
    );
  }
  console.log(
    `  initial (first paint): ${formatKb(report.initial.gzip)} gzip (level ${report.gzipLevel}), budget ${formatKb(INITIAL_BUDGET_BYTES)}`,
  );
  console.log(
    `  everything (${report.total.files.length} JS/CSS files): ${formatKb(report.total.gzip)} gzip`,
  );
}

async function main() {
  const { values } = parseArgs({
    options: { dist: { type: 'string' }, json: { type: 'boolean', default: false } },
  });
  let dir = values.dist;
  let temp;
  try {
    if (!dir) {
      temp = await mkdtemp(join(tmpdir(), 'scp-volumes-bundle-'));
      dir = temp;
      await buildInto(dir);
    }
    const report = await measureBundle(dir);
    if (values.json) console.log(JSON.stringify(report, null, 2));
    else printReport(report);
    if (!report.withinBudget) {
      console.error(
        `\n✗ The initial bundle is ${formatKb(report.initial.gzip)} gzip, over the ${formatKb(INITIAL_BUDGET_BYTES)} budget ` +
          `by ${formatKb(report.initial.gzip - INITIAL_BUDGET_BYTES)}. Lazy-load what the first table does not need ` +
          '(React.lazy / dynamic import()), or drop a dependency; see docs/PERFORMANCE.md.',
      );
      process.exitCode = 1;
    }
  } finally {
    if (temp) await rm(temp, { recursive: true, force: true });
  }
}

await main();
