/**
 * Figures behind design decisions in the code, measured once when each decision was made. The
 * code says why and points here, so no comment carries a number that goes stale; performanceMarkdown
 * prints this section unchanged. Add a row when a comment would otherwise quote a measurement.
 */
export const DESIGN_FIGURES = `## Figures behind design decisions

Measured when each decision was made (the commit named), not rerun by the bench; the comment at
the place says why. A change near one of these is worth measuring again
(\`node scripts/check-bundle.mjs\`, \`npm run bench\`).

| Decision | Where | Figure | Measured |
|---|---|---|---|
| ky is loaded after the first rows, not in the initial bundle | \`src/lib/http.ts\` | ky ≈ 8 kB gzip | e062ded |
| Long pages render a window of rows by arithmetic, no virtualisation library | \`src/features/volumes/table/use-window-range.ts\` | a library ≈ 10 kB gzip | a1fc8cf |
| The Capacity panel's body is part of the page chrome's chunk, not its own | \`src/features/volumes/capacity/capacity-panel.tsx\` | its own chunk moved React into a shared chunk: +0.8 kB gzip on first paint for 3.6 kB saved from a lazy chunk | 980a862 |
| The full read's progress store imports no React | \`src/features/volumes/all-volumes/read-progress.ts\` | a React import split React out of a shared chunk: +0.2 kB gzip initial | 53eb352 |
| The focused row's ring is plain CSS | \`src/index.css\` | as utilities ≈ 0.1 kB gzip more initial | 092f6fb |
| The sort comparator lives apart from the sort syntax | \`src/scp/sort-order.ts\`, \`sort-terms.ts\` | ≈ 1 kB raw in the initial bundle | 0781c52 |
| Intl is warmed up while the bundle loads | the early list script (\`src/features/volumes/api/early-list/script.ts\`) | a page's first Intl use loads ICU data: 50–90 ms in this machine's Chromium | 876428a |
| A full read walks each region by marker and k-way merges in the browser | \`src/features/volumes/all-volumes/read-account.ts\` | 100,000 volumes over two regions: 102 upstream requests and 9.5 s, against 7,098 and 20 s for the all-regions list paged by offset (\`scripts/bench/full-read.ts\`, load ≈ 10) | #23 |
| A contains search reads server names with ListServers | \`src/features/volumes/all-volumes/read-server-names.ts\` | the same account: 27 requests and 3.9 s, against 25,345 ShowServer and 38–53 s | #23 |
| Ids match a contains term from their start (anywhere from 8 characters) | \`src/features/volumes/all-volumes/match-term.ts\` | "db" over 2,468 volumes: 481 matches, 207 only inside a volume id and 99 only on a server id (issue #23) | — |
| The upstream client is node:http over keep-alive agents, not fetch | \`src/proxy/upstream-client.ts\` | at 50 connections, fetch (undici) cost ~1 ms of CPU per proxied request against ~0.2 ms for node:http. undici's own Pool.dispatch (an npm dependency) measured 35–90 µs of client CPU per request against 75–120 µs for node:http (client alone, 50 in flight, load ≈ 15): a possible ~10 % of the proxy's CPU, not taken for a dependency | — , #22 |
| The server log carries the request's user explicitly, not in AsyncLocalStorage | \`src/server/log.ts\` | on Node 20 an active AsyncLocalStorage adds ~0.1 µs to every promise of the process: 5 µs of the dashboard's and the proxy's JavaScript per proxied request (38.6 → 33.3 µs, I/O faked, min of 7 × 20,000) | #22 |
| Log lines are written once per turn of the event loop | \`src/server/log.ts\` | one write system call per line: 2 µs to /dev/null on this VM (page-table isolation on), more to a pipe, whose reader each write wakes | #22 |
| zod and the volume schemas are in the initial bundle | \`src/features/volumes/api/early-list/adopt.ts\` | ≈ 5 kB gzip (section 1's composition): the early answer is validated before the first render, so the table shows it without a loading state | — |
`;
