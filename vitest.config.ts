import { availableParallelism } from 'node:os';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  test: {
    // Vitest's default leaves one core to its main process (one worker on a 2-core machine), but
    // the main process mostly waits on the workers: every core runs a test file.
    maxWorkers: availableParallelism(),
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['src/{scp,signing,proxy,simulator,server}/**/*.test.ts', 'scripts/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['src/{app,features,components,lib,i18n}/**/*.test.{ts,tsx}'],
          setupFiles: ['src/test/setup-dom.ts'],
          // A bound, not a wait: a page journey is several findBy* steps (each bounded in
          // setup-dom.ts) and passes as soon as they do. One bound for every dom test, wide
          // enough for a page's first test (cold lazy chunks) beside a build on 2 cores.
          testTimeout: 60_000,
        },
      },
    ],
  },
});
