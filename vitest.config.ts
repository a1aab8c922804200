import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  test: {
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
