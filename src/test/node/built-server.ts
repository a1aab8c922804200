import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

export interface BuiltServer {
  /** `node <main> --dist …`: what `npm run serve` and the container image run. */
  main: string;
  hashPassword: string;
  remove(): void;
}

/**
 * The production server compiled the way `npm run build` compiles it (scripts/build-server.mjs),
 * into a folder of its own under node_modules, where its packages resolve. A test that starts
 * the server as a process runs what production runs, and each start costs Node about half the
 * CPU that tsx spends compiling the sources again (the unit tests start a dozen servers on two
 * cores). Built once per test file, in about half a second.
 */
export function buildServer(): BuiltServer {
  const parent = join(ROOT, 'node_modules', '.cache');
  mkdirSync(parent, { recursive: true });
  const dir = mkdtempSync(join(parent, 'scp-test-server-'));
  const built = spawnSync(process.execPath, ['scripts/build-server.mjs', '--out', dir], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (built.status !== 0) throw new Error(`building the server failed:\n${built.stdout}${built.stderr}`);
  return {
    main: join(dir, 'main.js'),
    hashPassword: join(dir, 'hash-password.js'),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
