import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeOnly = ['./src/proxy', './src/simulator'];
const browserCode = ['./src/app', './src/features', './src/components', './src/lib', './src/i18n'];

export default defineConfig([
  globalIgnores(['dist', 'dist-server', 'node_modules', 'test-results', 'playwright-report', 'bench-results', 'coverage']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'import-x': importX },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // One-way imports (style.md): the shared contract imports nothing of ours, browser code
      // never reaches Node-only code (it would drag node:crypto and the keys' config into the bundle).
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...browserCode.map((target) => ({
              target,
              from: nodeOnly,
              message: 'Browser code must not import Node-only code (proxy, simulator).',
            })),
            {
              target: './src/scp',
              from: ['./src/app', './src/features', './src/components', './src/lib', './src/proxy', './src/simulator'],
              message: 'src/scp is the shared contract: it imports nothing else of ours.',
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
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/proxy/**', 'src/simulator/**'],
    extends: [reactHooks.configs.flat.recommended, pluginQuery.configs['flat/recommended']],
    rules: {
      '@tanstack/query/prefer-query-options': 'error',
    },
  },
]);
