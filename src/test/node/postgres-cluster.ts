/**
 * A real PostgreSQL for the tests and the bench, found or installed by the test command itself
 * (toolchain notes): DATABASE_URL when given; else a throwaway cluster from Debian's binaries
 * (/usr/lib/postgresql/<version>/bin), installed with apt-get when they are missing and this
 * process may (root). The cluster lives in a temporary folder owned by the `postgres` user when
 * running as root (PostgreSQL refuses to run as root), listens on 127.0.0.1 only, on a free
 * port, trusts local connections, and is removed by `stop()`.
 */
import { spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { aptInstall, canApt } from '../../../scripts/apt-install.mjs';
import { freePorts } from '../../../scripts/free-ports.mjs';

export interface RunningPostgres {
  url: string;
  /** Where it came from, for the log line. */
  source: string;
  stop(): void;
}

const ROOT = '/usr/lib/postgresql';

function binDir(): string | null {
  if (!existsSync(ROOT)) return null;
  const versions = readdirSync(ROOT)
    .filter((name) => existsSync(join(ROOT, name, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] === undefined ? null : join(ROOT, versions[0], 'bin');
}

function ensureBinaries(): string {
  const found = binDir();
  if (found) return found;
  if (canApt()) {
    console.log('No PostgreSQL for the inventory tests; installing Debian’s postgresql with apt-get…');
    if (aptInstall('postgresql')) {
      const installed = binDir();
      if (installed) return installed;
    }
  }
  throw new Error(
    [
      'The inventory tests need PostgreSQL, and none could be found or installed.',
      'Fix one of these, then run the tests again:',
      '  • sudo apt-get install -y postgresql     (Debian/Ubuntu: the tests start their own cluster)',
      '  • export DATABASE_URL=postgres://user@host:5432/db   (a database the tests may create schemas in)',
    ].join('\n'),
  );
}

const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** Runs a PostgreSQL program, as the postgres user when we are root. */
function run(bin: string, program: string, args: string[]): void {
  const command = asRoot ? 'runuser' : join(bin, program);
  const full = asRoot ? ['-u', 'postgres', '--', join(bin, program), ...args] : args;
  const result = spawnSync(command, full, { encoding: 'utf8', timeout: 60_000 });
  if (result.status !== 0) {
    throw new Error(`${program} failed (exit ${result.status}): ${result.stderr || result.stdout}`);
  }
}

function postgresUser(): { uid: number; gid: number } {
  const uid = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
  const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
  if (uid.status !== 0)
    throw new Error('Running as root, but there is no `postgres` user to run PostgreSQL as.');
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

export async function startPostgres(env: NodeJS.ProcessEnv = process.env): Promise<RunningPostgres> {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, source: 'DATABASE_URL', stop: () => {} };
  const bin = ensureBinaries();
  const dir = mkdtempSync(join(tmpdir(), 'scp-inventory-pg-'));
  if (asRoot) {
    const { uid, gid } = postgresUser();
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  const [port] = (await freePorts(1)) as [number];
  try {
    run(bin, 'initdb', ['-D', data, '-A', 'trust', '-U', 'app', '--no-sync', '-E', 'UTF8']);
    // No fsync: a test cluster that loses power is thrown away anyway. Sockets stay in the folder.
    const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
    run(bin, 'pg_ctl', ['-D', data, '-o', options, '-l', join(dir, 'log'), '-w', 'start']);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    url: `postgresql://app@127.0.0.1:${port}/postgres`,
    source: `a throwaway cluster (${bin}) on port ${port}`,
    stop: () => {
      try {
        run(bin, 'pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
