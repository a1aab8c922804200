import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';

// The files on one worker share one jsdom window (vitest.config.ts): each starts on a blank page,
// with no storage, a bare URL, and nothing the last file left on <html> and <body>.
beforeAll(() => {
  localStorage.clear();
  sessionStorage.clear();
  window.history.replaceState(null, '', '/');
  for (const element of [document.documentElement, document.body]) {
    for (const { name } of [...element.attributes]) element.removeAttribute(name);
  }
  document.body.replaceChildren();
  document.title = '';
});

// findBy*/waitFor return as soon as their element appears: this is only the bound. The first
// test of a file also waits for its lazy chunks to be transformed, which with a test file on
// each core and a build beside them took longer than 5 s (a test's own bound is 60 s,
// vitest.config.ts).
configure({ asyncUtilTimeout: 15_000 });

afterEach(() => {
  cleanup();
});
