// `npm run serve`: starts the compiled production server, or says how to get one.
import { existsSync } from 'node:fs';

const entry = new URL('../dist-server/main.js', import.meta.url);
if (!existsSync(entry)) {
  console.error(
    'dist-server/main.js is missing: the server is not built. Run `npm run build` first, then `npm run serve`.',
  );
  process.exit(1);
}
await import(entry.href);
