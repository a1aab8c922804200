/**
 * The servers Playwright starts (see playwright.config.ts). All of them are the real Vite
 * dev/preview server with the real signing proxy in front of the real simulator.
 */
export const SERVERS = {
  /** `npm start` equivalent: dev server, no keys → built-in simulator. */
  dev: 'http://localhost:5301',
  /** `npm run build && npm run preview`: the built app, same proxy. */
  preview: 'http://localhost:5302',
  /** Dev server whose simulator fails every request (SCP_SIMULATOR_FAIL_RATE=1). */
  failing: 'http://localhost:5303',
  /** Dev server with wrong keys against a standalone simulator: every API call is a 401. */
  wrongKeys: 'http://localhost:5304',
} as const;

/** The standalone simulator behind `wrongKeys` (npm run simulator). */
export const STANDALONE_SIMULATOR = 'http://127.0.0.1:5310';
