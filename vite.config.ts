import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { inventoryMetricsSource } from './src/inventory/metrics-source.ts';
import { startBuiltInSimulator } from './src/simulator/built-in.ts';
import { simulatedHistory } from './src/simulator/history.ts';
import { earlyListScript } from './src/vite/early-list-script.ts';
import { immutableAssets } from './src/vite/immutable-assets.ts';
import { scpMetrics } from './src/vite/metrics.ts';
import { precompress } from './src/vite/precompress.ts';
import { scpSigningProxy } from './src/vite/signing-proxy.ts';

// GET /metrics (docs/DEPLOY.md, "Metrics"), counting what the signing proxy does.
const metrics = scpMetrics();

export default defineConfig({
  plugins: [
    react(),
    tailwindcss(),
    earlyListScript('src/features/volumes/api/early-list/script.ts'),
    metrics,
    scpSigningProxy({
      startSimulator: startBuiltInSimulator,
      inventory: { history: simulatedHistory },
      observer: metrics.proxyObserver,
      onInventory: (inventory) => metrics.registerInventory(inventoryMetricsSource(inventory)),
    }),
    precompress(),
    immutableAssets(),
  ],
  resolve: {
    alias: {
      // @tanstack/react-store asks for the shim, which carries a copy of useSyncExternalStore for
      // React 17; React 19 has its own, which the plain build uses (same API, 0.7 kB less initial JS).
      'use-sync-external-store/shim/with-selector': 'use-sync-external-store/with-selector',
    },
  },
  // /api answers with the account's data: keep it on loopback, and grant no other origin
  // (Vite's default CORS allows any localhost port) the right to read it.
  server: {
    host: 'localhost',
    cors: false,
    // Transformed while the server waits for its first visitor, not while that visitor waits.
    warmup: { clientFiles: ['./src/main.tsx'] },
  },
  preview: { host: 'localhost', cors: false },
  build: {
    rolldownOptions: {
      // zod's builders (z.object, z.union …) only make schemas: a schema nobody reads is
      // dropped, and with it any zod class only it used, which would otherwise join the first
      // bundle (zod's core is there for the first page).
      treeshake: { manualPureFunctions: ['z'] },
    },
  },
});
