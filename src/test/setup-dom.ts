import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy*/waitFor return as soon as their element appears; 1 s (the default) is only the bound,
// and on a 2-core machine shared with a build or the browser tests it was too tight.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => {
  cleanup();
});
