import type { InventoryBench } from './inventory.ts';
import type { Machine } from './machine.ts';

export const INVENTORY_HEADING = '### 8. Inventory';

/** The issue's budgets (#25): each read answer's p50, and the RSS a run adds at 100,000 volumes. */
export const INVENTORY_P50_MS = 50;
export const INVENTORY_RSS_MB = 200;

const table = (header: string[], rows: (string | number)[][]) =>
  [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');

/** The section of docs/PERFORMANCE.md, written by `npm run bench` and `npm run bench:inventory`. */
export function inventoryMarkdown(r: InventoryBench, machine?: Machine): string {
  const f = r.firstStart;
  const run = r.run;
  const added = Math.round((run.peakRssMB - run.rssBeforeMB) * 10) / 10;
  const slowest = Math.max(...r.queries.map((q) => q.p50Ms));
  return `${INVENTORY_HEADING}

The server-side inventory (src/inventory) on the embedded engine (SQLite through libsql)${
    machine
      ? `, measured by \`npm run bench:inventory\` on ${machine.date.slice(0, 10)} (commit ${machine.commit}, load ${machine.loadAverage.start} at start)`
      : ''
  }. Goals from issue #25: each read answer's p50 ≤ ${INVENTORY_P50_MS} ms on this engine (slowest: **${slowest} ms**), and a run adding at most ${INVENTORY_RSS_MB} MB RSS at 100,000 volumes (**${added} MB** at its peak).

**First start on \`npm start\`'s account** (2 regions × ${f.volumesPerRegion.toLocaleString('en-US')} volumes, no keys): the simulated past (${f.historyDays} days at the 10-minute interval) was written in ${f.backfillMs} ms, in the background: the server answers at once, and its first live run was done ${f.firstRunDoneMs} ms after the server was created. A restart on the same data answered in ${f.restartAnswersMs} ms and ${f.restartSimulatedAgain ? '**simulated again**' : 'simulated nothing again'}.

**One run over ${run.regions} regions × ${run.volumesPerRegion.toLocaleString('en-US')} volumes** on the simulator (each region in a process of its own; the inventory in another, its database empty before, so every volume is new — the most a run ever writes):

${table(
  ['Measure', 'Figure'],
  [
    ['Wall time', `${(run.wallMs / 1000).toFixed(1)} s`],
    ['Upstream requests', `${run.requests} (ListServers, ListSnapshots and ListVolumes, 1,000 a page)`],
    ['Inventory process RSS before → after', `${run.rssBeforeMB} → ${run.rssAfterMB} MB`],
    ['RSS at its peak (added by the run)', `${run.peakRssMB} MB (+${added} MB)`],
    [
      'The next run, nothing changed',
      `${(run.again.wallMs / 1000).toFixed(1)} s, ${run.again.requests} requests, ${run.again.changes} changes`,
    ],
  ],
)}

**${r.history.days} simulated days** on that account (10-minute runs from the simulator's churn model): ${r.history.runs.toLocaleString('en-US')} runs, ${r.history.versions.toLocaleString('en-US')} versions, ${r.history.changes.toLocaleString('en-US')} change events; the database takes **${r.history.databaseMB} MB**; reading the present and writing the past took ${r.history.backfillSeconds} s. On that data, sequential requests over loopback HTTP (JSON included), after two to warm up:

${table(
  ['Read', 'Request', 'p50', 'p95'],
  r.queries.map((q) => [
    q.label,
    `\`${q.path.replace(/\/volumes\/[^/]+\//, '/volumes/{id}/')}\``,
    `${q.p50Ms} ms`,
    `${q.p95Ms} ms`,
  ]),
)}
`;
}
