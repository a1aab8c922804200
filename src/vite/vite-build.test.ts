import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';

const temp = mkdtempSync(join(tmpdir(), 'scp-proxy-build-'));
const saved = { access: process.env.SCP_ACCESS_KEY, secret: process.env.SCP_SECRET_KEY };

afterAll(() => {
  for (const [name, value] of [
    ['SCP_ACCESS_KEY', saved.access],
    ['SCP_SECRET_KEY', saved.secret],
  ] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  rmSync(temp, { recursive: true, force: true });
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('a production build', () => {
  it('contains neither key, whether they come from the environment or a .env file', async () => {
    // One pair of keys in the environment, another in a .env file: neither may reach the bundle.
    const fromEnvironment = {
      SCP_ACCESS_KEY: 'BUILDTESTACCESSKEY7f3a9c',
      SCP_SECRET_KEY: 'BUILDTESTSECRETKEY1d8e6b42',
    };
    const fromEnvFile = {
      SCP_ACCESS_KEY: 'ENVFILEACCESSKEY5c2b7e',
      SCP_SECRET_KEY: 'ENVFILESECRETKEY9a4f0d31',
    };
    Object.assign(process.env, fromEnvironment);
    const envDir = join(temp, 'env');
    const outDir = join(temp, 'dist');
    mkdirSync(envDir);
    writeFileSync(
      join(envDir, '.env'),
      Object.entries(fromEnvFile)
        .map(([name, value]) => `${name}=${value}\n`)
        .join(''),
    );

    await build({
      configFile: fileURLToPath(new URL('../../vite.config.ts', import.meta.url)),
      envDir,
      logLevel: 'silent',
      build: { outDir, emptyOutDir: true },
    });

    const secrets = [...Object.values(fromEnvironment), ...Object.values(fromEnvFile)];
    const files = filesUnder(outDir);
    expect(files.some((file) => file.endsWith('.js'))).toBe(true);
    for (const file of files) {
      const text = readFileSync(file, 'latin1');
      for (const secret of secrets) expect(text, file).not.toContain(secret);
    }
  }, 30_000);
});
