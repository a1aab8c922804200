// `npm run build`, second half: compiles the production server (src/server/main.ts and what it
// imports from src/proxy, src/scp, src/simulator) to plain JavaScript in dist-server/, so
// `npm run serve` and the container run it with Node alone — no Vite, no tsx at run time.
// Packages stay external: they come from node_modules (production dependencies only).
import { parseArgs } from 'node:util';
import { build } from 'vite';

// --out: another folder (the e2e suite builds its own copy beside the preview server's).
const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist-server' } } });

await build({
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
console.log(`built the production server in ${values.out}/`);
