/**
 * Everything that reads the inventory, in one lazy chunk: the Changes page (app.tsx) and the
 * drawer's History section and deleted-volume view (drawer-body.tsx). One chunk rather than
 * three: code they share would otherwise become extra chunks, and the bundler then moved more
 * out of the initial bundle into preloaded chunks of their own, over the budget (measured: 120.2
 * to 121.4 kB gzip against 119.95 kB now). The price is an import cycle made of lazy imports
 * only (the page opens the drawer, whose History section is in this chunk), allowed where it runs.
 */
// eslint-disable-next-line import-x/no-cycle -- a cycle through lazy imports only (drawer → inventory chunk → Changes page → drawer), each loaded once; one chunk keeps the initial bundle in budget (inventory-views.tsx)
export { ChangesPage } from './changes-page.tsx';
export { DeletedVolume } from '../volumes/drawer/history/deleted-volume.tsx';
export { HistorySection } from '../volumes/drawer/history/history-section.tsx';
