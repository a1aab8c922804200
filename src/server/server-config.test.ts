import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAuthConfig } from './auth-config.ts';
import { hashPassword } from './password.ts';
import { loadEnv, readServerConfig, SERVER_DEFAULTS } from './server-config.ts';

describe('readServerConfig', () => {
  it('defaults to localhost:8080 and dist/, with PORT/HOST over the defaults and flags over both', () => {
    expect(readServerConfig([], {})).toMatchObject({
      ...SERVER_DEFAULTS,
      distDir: expect.stringMatching(/dist$/),
    });
    expect(readServerConfig([], { PORT: '9000', HOST: '0.0.0.0' })).toMatchObject({
      port: 9000,
      host: '0.0.0.0',
    });
    expect(
      readServerConfig(['--port', '9100', '--host', '::1'], { PORT: '9000', HOST: '0.0.0.0' }),
    ).toMatchObject({ port: 9100, host: '::1' });
  });

  it.each([
    [['--port', 'eighty'], {}, /--port must be a port number/],
    [[], { PORT: '70000' }, /PORT must be a port number/],
    [['--prot', '1'], {}, /Unknown option '--prot'.*Usage: npm run serve/],
    [[], { SCP_DASHBOARD_AUTH: 'ldap' }, /SCP_DASHBOARD_AUTH must be one of basic, proxy, none/],
    [[], { SCP_DASHBOARD_AUTH: 'basic' }, /needs SCP_DASHBOARD_USERS/],
    [[], { SCP_DASHBOARD_AUTH: 'proxy' }, /needs SCP_DASHBOARD_TRUSTED_PROXIES/],
    [
      [],
      { SCP_DASHBOARD_AUTH: 'proxy', SCP_DASHBOARD_TRUSTED_PROXIES: '10.0.0.0/33' },
      /"10\.0\.0\.0\/33" is not/,
    ],
    [[], { SCP_DASHBOARD_AUTH: 'proxy', SCP_DASHBOARD_TRUSTED_PROXIES: 'proxy.local' }, /not an IP address/],
    [
      [],
      {
        SCP_DASHBOARD_USERS:
          'alice:scrypt.16384.8.1.iLx0qHCZMJd5Ip8PKgniZw.hyGnjjvyDGZrCVxHqfe9TOvqbgG0f77HtEiwUMgU8Qg',
        SCP_DASHBOARD_TRUSTED_PROXIES: 'lb.local',
      },
      /SCP_DASHBOARD_TRUSTED_PROXIES: "lb.local" is not an IP address/,
    ],
    [[], { SCP_DASHBOARD_USERS: 'alice:plaintext' }, /the hash of "alice" is not one hash-password makes/],
    [[], { SCP_DASHBOARD_USERS: 'no hash here' }, /comma-separated list of name:hash/],
  ])('refuses %j %j and says why', (argv, env, message) => {
    expect(() => readServerConfig(argv, env)).toThrow(message);
  });

  it('never echoes a hash it refuses', () => {
    expect(() =>
      readServerConfig([], { SCP_DASHBOARD_USERS: 'alice:scrypt.3.8.1.c2FsdHNhbHRzYWx0c2FsdA.x' }),
    ).toThrow(/^(?!.*scrypt\.3).*$/s);
  });
});

describe('readAuthConfig', () => {
  it('reads users and trusted proxies', async () => {
    const users = `alice:${await hashPassword('correct horse')}, bob:${await hashPassword('battery staple')}`;
    const basic = readAuthConfig({ SCP_DASHBOARD_USERS: users });
    expect(basic.mode === 'basic' && [...basic.users.keys()]).toEqual(['alice', 'bob']);
    const proxy = readAuthConfig({
      SCP_DASHBOARD_AUTH: 'proxy',
      SCP_DASHBOARD_TRUSTED_PROXIES: '10.0.0.5, 192.168.0.0/16, fd00::/8',
    });
    if (proxy.mode !== 'proxy') throw new Error('expected proxy mode');
    expect(proxy.header).toBe('x-forwarded-user');
    expect(proxy.trusted.check('10.0.0.5', 'ipv4')).toBe(true);
    expect(proxy.trusted.check('10.0.0.6', 'ipv4')).toBe(false);
    expect(proxy.trusted.check('192.168.44.1', 'ipv4')).toBe(true);
    expect(proxy.trusted.check('fd00::1', 'ipv6')).toBe(true);
  });

  it('tells an explicit SCP_DASHBOARD_AUTH=none from no configuration', () => {
    expect(readAuthConfig({})).toEqual({ mode: 'none', explicit: false });
    expect(readAuthConfig({ SCP_DASHBOARD_AUTH: 'none' })).toEqual({ mode: 'none', explicit: true });
  });
});

describe('loadEnv', () => {
  it('reads the .env files npm start reads, later files and then the environment winning', () => {
    const dir = mkdtempSync(join(tmpdir(), 'scp-serve-env-'));
    try {
      writeFileSync(join(dir, '.env'), 'SCP_REGION=kr-east1\nSCP_ENV=s\nPORT=1\n');
      writeFileSync(join(dir, '.env.local'), 'SCP_ENV=g\nPORT=2\n');
      writeFileSync(join(dir, '.env.development.local'), 'SCP_API_VERSION=9.9\n');
      expect(loadEnv(dir, { PORT: '3' })).toEqual({ SCP_REGION: 'kr-east1', SCP_ENV: 'g', PORT: '3' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
