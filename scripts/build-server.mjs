// `npm run build`, second half: compiles the production server (src/server/main.ts and what it
// imports from src/proxy, src/scp, src/simulator) to plain JavaScript in dist-server/, so
// `npm run serve` and the container run it with Node alone — no Vite, no tsx at run time.
// Packages stay external: they come from node_modules (production dependencies only).
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'vite';

// --out: another folder (the e2e suite builds its own copy beside the preview server's).
const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist-server' } } });

const result = await build({
  configFile: false,
  envDir: false,
  publicDir: false,
  logLevel: 'warn',
  build: {
    ssr: true,
    target: 'node20',
    outDir: values.out,
    emptyOutDir: true,
    minify: false,
    rolldownOptions: {
      input: { main: 'src/server/main.ts', 'hash-password': 'src/server/hash-password.ts' },
      output: { format: 'esm', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});

// The container prunes development dependencies, and the server must not carry build-time or
// test code: lint fences the sources (eslint.config.js), this checks what was actually built.
const { dependencies = {} } = JSON.parse(readFileSync('package.json', 'utf8'));
const builtins = new Set(builtinModules);
const packageOf = (id) =>
  id
    .split('/')
    .slice(0, id.startsWith('@') ? 2 : 1)
    .join('/');
const problems = [];
for (const output of [result].flat()) {
  for (const chunk of output.output) {
    if (chunk.type !== 'chunk') continue;
    for (const id of chunk.moduleIds) {
      const path = relative(process.cwd(), id);
      if (/^src\/(vite|test)\//.test(path)) problems.push(`${chunk.fileName} bundles ${path}`);
    }
    for (const id of chunk.imports) {
      if (id.startsWith('chunks/') || id.startsWith('node:') || builtins.has(id)) continue;
      if (!(packageOf(id) in dependencies))
        problems.push(`${chunk.fileName} imports ${id}, not a production dependency`);
    }
  }
}
if (problems.length > 0) {
  console.error(`The production server must reach no build-time or test code:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`built the production server in ${values.out}/`);
