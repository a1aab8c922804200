import { availableParallelism } from 'node:os';
import react from '@vitejs/plugin-react';
import { configDefaults, defineConfig } from 'vitest/config';

// The browser's folders; every other folder under src is Node's, a new one included.
const BROWSER = 'src/{app,features,components,lib,i18n}/**';

export default defineConfig({
  plugins: [react()],
  test: {
    // Vitest's default leaves one core to its main process (one worker on a 2-core machine), but
    // the main process mostly waits on the workers: every core runs a test file.
    maxWorkers: availableParallelism(),
    // Building a jsdom window and loading React, Testing Library, Vite or msw again for every
    // file was more than half of the unit tests' time. The files on one worker share them;
    // fresh-modules.ts gives each file fresh modules of its own, and setup-dom.ts a blank page.
    // A module mock would outlive its file this way, so lint forbids vi.mock (eslint.config.js).
    isolate: false,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          // One project after the other: a worker that alternated node and dom files would
          // build a new jsdom window at every switch.
          sequence: { groupOrder: 0 },
          setupFiles: ['src/test/fresh-modules.ts'],
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: [...configDefaults.exclude, BROWSER, '**/*.db.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          // Tests against real databases: the embedded engine and a PostgreSQL started once for
          // the whole run (or DATABASE_URL), and only when one of these files runs.
          name: 'db',
          environment: 'node',
          sequence: { groupOrder: 0 },
          setupFiles: ['src/test/fresh-modules.ts'],
          globalSetup: ['src/test/node/postgres-setup.ts'],
          include: ['src/**/*.db.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          sequence: { groupOrder: 1 },
          include: [`${BROWSER}/*.test.{ts,tsx}`],
          setupFiles: ['src/test/fresh-modules.ts', 'src/test/setup-dom.ts'],
          // A bound, not a wait: a page journey is several findBy* steps (each bounded in
          // setup-dom.ts) and passes as soon as they do. One bound for every dom test, wide
          // enough for a page's first test (cold lazy chunks) beside a build on 2 cores.
          testTimeout: 60_000,
        },
      },
    ],
  },
});
