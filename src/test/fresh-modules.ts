import { vi } from 'vitest';

// Test files run without isolation (vitest.config.ts): the files on one worker share the
// packages loaded from node_modules, and in the dom project one jsdom window. The project's own
// modules are evaluated afresh for each file, before it is imported, so no module state (caches,
// the i18n catalogues, the first-rows flag, a simulator's data) carries over from another file.
vi.resetModules();
