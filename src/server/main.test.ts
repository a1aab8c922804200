import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawRequest } from '../test/node/http.ts';
import { parsePasswordHash, verifyPassword } from './password.ts';
import { fixtureDist } from '../test/node/dashboard.ts';
import { buildServer, type BuiltServer } from '../test/node/built-server.ts';

/** The command line, as a real process: what `npm run serve` and the container run. */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
// Nothing from the developer's shell or .env.local: the simulator, no auth, loopback.
const CLEAN_ENV = {
  PATH: process.env.PATH,
  SCP_ACCESS_KEY: '',
  SCP_SECRET_KEY: '',
  SCP_ENDPOINT: '',
  SCP_SIMULATOR_VOLUMES: '50',
  SCP_DASHBOARD_AUTH: '',
  SCP_DASHBOARD_USERS: '',
  PORT: '',
  HOST: '',
  // The inventory would write into the project's .data: its process tests start their own.
  SCP_INVENTORY: 'off',
  DATABASE_URL: '',
};

let dist: Awaited<ReturnType<typeof fixtureDist>>;
let server: BuiltServer;
beforeAll(async () => {
  dist = await fixtureDist();
  server = buildServer();
});
afterAll(() => {
  dist.remove();
  server.remove();
});

function serve(args: string[], env: Record<string, string> = {}): ChildProcess {
  return spawn(process.execPath, [server.main, '--dist', dist.dir, ...args], {
    cwd: ROOT,
    env: { ...CLEAN_ENV, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function output(child: ChildProcess): { text: () => string; line: (pattern: RegExp) => Promise<string> } {
  let text = '';
  const waiters: (() => void)[] = [];
  const add = (chunk: Buffer): void => {
    text += chunk.toString();
    waiters.forEach((wake) => wake());
  };
  child.stdout?.on('data', add);
  child.stderr?.on('data', add);
  return {
    text: () => text,
    line: (pattern) =>
      new Promise((resolve, reject) => {
        const check = (): void => {
          const found = text.split('\n').find((candidate) => pattern.test(candidate));
          if (found) resolve(found);
        };
        waiters.push(check);
        child.once('exit', () => reject(new Error(`exited before printing ${pattern}:\n${text}`)));
        check();
      }),
  };
}

describe('npm run serve, as a process', () => {
  it('serves on the simulator, says so loudly, and exits 0 on SIGTERM', async () => {
    const child = serve(['--port', '0', '--host', '127.0.0.1']);
    const out = output(child);
    const started = await out.line(/serving .* on http:\/\/127\.0\.0\.1:\d+/);
    const port = Number(/:(\d+) /.exec(started)?.[1]);
    await out.line(/NO SCP KEYS CONFIGURED/);
    const status = await rawRequest(port, '/api/status');
    expect(JSON.parse(status.body)).toMatchObject({ mode: 'simulator' });
    expect((await rawRequest(port, '/readyz')).status).toBe(200);
    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
    expect(out.text()).toContain('[scp-dashboard] stopped');
  }, 30_000);

  it.each([
    [['--host', '0.0.0.0', '--port', '0'], {}, /Refusing to listen on 0\.0\.0\.0 without authentication/],
    [['--dist', '/nonexistent-dist'], {}, /not built\. Run `npm run build` first/],
    [['--port', '0'], { SCP_ACCESS_KEY: 'only-one' }, /SCP_SECRET_KEY is not set/],
  ])(
    'refuses to start with %j %j and says why (exit 1)',
    async (args, env, message) => {
      const child = serve(args, env);
      const out = output(child);
      const [code] = await once(child, 'exit');
      expect([code, out.text()]).toEqual([1, expect.stringMatching(message)]);
      expect(out.text()).not.toMatch(/serving/);
    },
    30_000,
  );
});

describe('npm run hash-password', () => {
  it('prints a scrypt hash that verifies the password, from an argument or standard input', async () => {
    const fromArg = spawnSync('npm', ['run', '--silent', 'hash-password', '--', 'correct horse'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    const fromStdin = spawnSync(process.execPath, [server.hashPassword], {
      cwd: ROOT,
      input: 'battery staple\n',
      encoding: 'utf8',
    });
    const argHash = parsePasswordHash(fromArg.stdout);
    const stdinHash = parsePasswordHash(fromStdin.stdout);
    expect(fromArg.stdout).toMatch(/^scrypt\.16384\.8\.1\.[\w-]+\.[\w-]+\n$/);
    expect(argHash && (await verifyPassword('correct horse', argHash))).toBe(true);
    expect(stdinHash && (await verifyPassword('battery staple', stdinHash))).toBe(true);
    expect(stdinHash && (await verifyPassword('battery staple!', stdinHash))).toBe(false);
  }, 30_000);

  it('refuses a short password', () => {
    const res = spawnSync(process.execPath, [server.hashPassword, 'short'], { cwd: ROOT, encoding: 'utf8' });
    expect([res.status, res.stderr]).toEqual([1, expect.stringContaining('at least 8 characters')]);
  }, 30_000);
});
