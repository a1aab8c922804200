import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The browser's folders. Everything else under src is Node's (the proxy, the simulator, the
// production server, the Vite wiring, and any module added next), so the fences below hold for
// a new folder without a change here.
const browserFolders = ['./app', './features', './components', './lib', './i18n'];
const browserApp = [...browserFolders.map((folder) => `./src${folder.slice(1)}`), './src/main.tsx'];
// The browser's test kit runs in jsdom beside the app: the same fence.
const browserCode = [...browserApp, './src/test/browser'];
// Every production file (tests and the test kits aside): none may import src/test.
const production = ['./src/!(test)/**/!(*.test).{ts,tsx}', './src/main.tsx'];
// What `npm run serve` runs: everything under src but the browser's, the build's (src/vite) and
// the test kits, tests aside. It runs with production dependencies only.
const serveFiles = ['src/**/*.ts'];
const notServed = ['src/{app,features,components,lib,i18n,vite,test}/**', 'src/**/*.test.ts'];
// Build-time packages, and src/vite (for vite.config.ts only), by import path.
const buildTime = '^(vite|vitest|rolldown)(/.*)?$|^@(vitejs|tailwindcss)/|^(\\.\\./)+vite/';

export default defineConfig([
  globalIgnores([
    'dist',
    'dist-server',
    'node_modules',
    'test-results',
    'playwright-report',
    'bench-results',
    'coverage',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'import-x': importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      // Imports name their files with the extension, so plain Node resolution finds them.
      'import-x/resolver': undefined,
      'import-x/resolver-next': [createNodeResolver()],
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // A loop between modules (and so between folders) means one idea has no single home.
      // Only our own modules can close a loop: packages are not followed (half of lint's time).
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      // One-way imports (style.md): the shared contract imports nothing of ours, browser code
      // never reaches Node-only code (it would drag node:crypto and the keys' config into the bundle).
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...browserCode.map((target) => ({
              target,
              from: './src',
              except: [...browserFolders, './scp', './test/browser', './index.css'],
              message:
                'Browser code imports only browser code and src/scp, never Node-only code (proxy, simulator, signing, server, vite, test/node, …).',
            })),
            {
              target: './src/scp',
              from: './src',
              except: ['./scp'],
              message: 'src/scp is the shared contract: it imports nothing else of ours.',
            },
            {
              target: './src/signing',
              from: './src',
              except: ['./signing'],
              message: 'src/signing is the signing protocol: it imports nothing else of ours.',
            },
            // The proxy signs and the simulator verifies, both through src/signing: neither knows
            // the other, so a run with real keys never loads the simulator (it is passed in).
            // Their tests may run one against the other.
            {
              target: './src/proxy/**/!(*.test).ts',
              from: './src/simulator',
              message: 'The proxy must not import the simulator: take a SimulatorStarter (create-proxy.ts).',
            },
            {
              target: './src/simulator/**/!(*.test).ts',
              from: './src/proxy',
              message:
                'The simulator must not import the proxy: shared rules live in src/signing or src/scp.',
            },
            {
              target: production,
              from: './src/test',
              message: 'Production code must not import the test kit (src/test).',
            },
            // The proxy reports to an observer (src/proxy/observer.ts) and the inventory implements
            // InventoryMetricsSource; the hosts connect both to src/metrics, so neither needs a
            // metrics library, and src/metrics needs neither them nor a host.
            {
              target: './src/proxy/**/!(*.test).ts',
              from: './src/metrics',
              message: 'The proxy must not import src/metrics: take a ProxyObserver (observer.ts).',
            },
            {
              target: './src/metrics',
              from: ['./src/server', './src/vite', './src/simulator', './src/inventory'],
              message: 'src/metrics knows no host and no inventory: the hosts pass it what it shows.',
            },
            // The proxy, the simulator and the inventory are mounted by their hosts (src/server,
            // src/vite) and know nothing of them.
            {
              target: ['./src/proxy', './src/simulator', './src/inventory', './src/scp', './src/signing'],
              from: ['./src/server', './src/vite'],
              message:
                'The proxy, the simulator and the inventory must not import their hosts (src/server, src/vite).',
            },
            // The inventory is mounted beside the proxy: the proxy, the simulator and the shared
            // contract never reach it (the browser reads it over HTTP), and it never loads the
            // simulator (its simulated past is passed in, like the proxy's SimulatorStarter).
            {
              target: ['./src/proxy', './src/simulator', './src/scp', './src/signing'],
              from: './src/inventory',
              message: 'Only the hosts mount the inventory: nothing else imports src/inventory.',
            },
            {
              target: './src/inventory/**/!(*.test).ts',
              from: './src/simulator',
              message:
                'The inventory must not import the simulator: take a HistorySource (history-source.ts).',
            },
            {
              target: ['./src/lib', './src/components'],
              from: ['./src/features', './src/app'],
              message: 'lib and components sit below features and app.',
            },
            {
              target: './src/i18n',
              from: ['./src/features', './src/app', './src/components'],
              message: 'i18n sits below features, components and app.',
            },
            {
              target: './src/features',
              from: './src/app',
              message: 'features must not import the app shell.',
            },
          ],
        },
      ],
    },
  },
  {
    files: serveFiles,
    ignores: notServed,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: buildTime,
              message:
                'The production server (npm run serve) runs without development dependencies and reaches no build-time code: no Vite or build tool here, and src/vite is for vite.config.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: [
      'src/proxy/**',
      'src/simulator/**',
      'src/inventory/**',
      'src/server/**',
      'src/vite/**',
      'src/signing/**',
      'src/metrics/**',
      'src/test/node/**',
    ],
    extends: [reactHooks.configs.flat.recommended, pluginQuery.configs['flat/recommended']],
    rules: {
      '@tanstack/query/prefer-query-options': 'error',
    },
  },
  {
    // Test files share one module registry per worker (vitest.config.ts, isolate: false), and a
    // module mock would outlive its file there.
    files: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='vi'][callee.property.name=/^(mock|doMock|hoisted)$/]",
          message:
            'test files share modules (vitest.config.ts): spy on the export (vi.spyOn) or pass the dependency in instead of mocking the module.',
        },
      ],
    },
  },
]);
