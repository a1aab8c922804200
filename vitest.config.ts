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
          // A bound, not a wait: a page journey is several findBy* steps of up to 5 s each
          // (setup-dom.ts) and passes as soon as they do; 5 s for the whole test failed them on
          // a busy 2-core machine.
          testTimeout: 30_000,
        },
      },
    ],
  },
});
