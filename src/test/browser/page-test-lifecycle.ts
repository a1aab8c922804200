import { act } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';
import {
  requests,
  server,
  serverListRequests,
  serverRequestRegions,
  serverRequests,
  snapshotRequests,
  volumeTypeRequests,
} from './fake-api.ts';
import { loadPageChunks } from './lazy-chunks.ts';

/**
 * The hooks every whole-page test file needs, registered once: the fake API listens, the lazy
 * page chrome is loaded before the first test (its first compile is slow), and each test
 * starts with no recorded requests, no stored preferences, no extra handlers and a bare URL.
 */
export function servePageTests(): void {
  beforeAll(async () => {
    server.listen({ onUnhandledRequest: 'bypass' });
    await loadPageChunks();
  });
  beforeEach(() => {
    requests.length = 0;
    serverRequests.length = 0;
    serverRequestRegions.length = 0;
    snapshotRequests.length = 0;
    volumeTypeRequests.length = 0;
    serverListRequests.length = 0;
    localStorage.clear();
  });
  afterEach(() => {
    server.resetHandlers();
    window.history.replaceState(null, '', '/');
  });
  afterAll(() => server.close());
}

/**
 * Fake clocks for the refresh intervals, in every test of the file; time still runs so msw and
 * React can settle. Returns `advance(ms)`: moves the clock on, letting every request and render
 * it triggers finish.
 */
export function fakeClock(): (ms: number) => Promise<void> {
  beforeEach(() => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
  });
  afterEach(() => {
    vi.useRealTimers();
  });
  return async (ms) => {
    await act(() => vi.advanceTimersByTimeAsync(ms));
  };
}
