import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy*/waitFor return as soon as their element appears: this is only the bound. The first
// test of a file also waits for its lazy chunks to be transformed, which with a test file on
// each core and a build beside them took longer than 5 s (the test's own bound is 30 s).
configure({ asyncUtilTimeout: 15_000 });

afterEach(() => {
  cleanup();
});
