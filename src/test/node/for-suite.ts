import { afterAll, beforeAll } from 'vitest';

/**
 * For the enclosing describe block (or the file): what `start` makes, started in its beforeAll
 * and closed in its afterAll. The object returned stands for it, so tests and later hooks use
 * it as the thing itself; before the beforeAll it throws, naming `what`.
 */
export function startedForSuite<T extends { close(): Promise<void> }>(
  what: string,
  start: () => Promise<T>,
): T {
  let running: T | undefined;
  beforeAll(async () => {
    running = await start();
  });
  afterAll(() => running?.close());
  return new Proxy({} as T, {
    get(_target, key) {
      if (!running) throw new Error(`${what} runs from its beforeAll on: use it in a test or a later hook`);
      const value: unknown = Reflect.get(running, key, running);
      return typeof value === 'function' ? value.bind(running) : value;
    },
  });
}
