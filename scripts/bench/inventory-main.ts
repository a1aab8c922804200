// `npm run bench:inventory`: only the inventory's section of `npm run bench`, written into
// docs/PERFORMANCE.md (its section) and docs/performance.json (its key), so the inventory's
// figures can be refreshed without a whole bench run.  [-- --quick]: smaller, prints only.
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { format, resolveConfig } from 'prettier';
import { inventoryMarkdown, INVENTORY_HEADING } from './inventory-markdown.ts';
import { measureInventory } from './inventory.ts';
import { describeMachine, loadAverageNow } from './machine.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const { values: args } = parseArgs({ options: { quick: { type: 'boolean', default: false } } });
const load = loadAverageNow();
const started = performance.now();
const result = await measureInventory({ quick: args.quick, log: (line) => console.log(line) });
console.log(
  `\ninventory bench: ${Math.round((performance.now() - started) / 1000)} s, load ${load} at start`,
);
if (!args.quick) {
  const machine = describeMachine('-', load);
  const markdownPath = resolve(ROOT, 'docs/PERFORMANCE.md');
  const doc = await readFile(markdownPath, 'utf8');
  const section = inventoryMarkdown(result, machine);
  const start = doc.indexOf(INVENTORY_HEADING);
  // The section runs to the next heading of its level or above.
  const end = start === -1 ? -1 : doc.slice(start + INVENTORY_HEADING.length).search(/\n#{1,3} /);
  const next =
    start === -1
      ? doc.replace(
          '\n## Figures behind design decisions',
          `\n${section}\n## Figures behind design decisions`,
        )
      : doc.slice(0, start) +
        section +
        (end === -1 ? '' : doc.slice(start + INVENTORY_HEADING.length + end + 1));
  // Generated, and prettier-ignored (.prettierignore): written as the whole bench writes it.
  await writeFile(markdownPath, next);
  const jsonPath = resolve(ROOT, 'docs/performance.json');
  const options = (await resolveConfig(jsonPath)) ?? {};
  const json = JSON.parse(await readFile(jsonPath, 'utf8')) as Record<string, unknown>;
  json.inventory = { machine, ...result };
  await writeFile(jsonPath, await format(JSON.stringify(json), { ...options, filepath: jsonPath }));
  console.log('wrote the inventory section of docs/PERFORMANCE.md and docs/performance.json');
}
