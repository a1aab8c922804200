import { describe, expect, it } from 'vitest';
import { normalizeEndpoint, ProxyConfigError, readProxyConfig } from './config.ts';

const keys = { SCP_ACCESS_KEY: 'TESTACCESSKEY0123456789', SCP_SECRET_KEY: 'TESTSECRETKEY0123456789abcdef' };

function configError(env: Record<string, string>): string {
  try {
    readProxyConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ProxyConfigError);
    return (error as ProxyConfigError).message;
  }
  throw new Error('expected a ProxyConfigError');
}

describe('readProxyConfig', () => {
  it('defaults to kr-west1, env e, API 1.3 and a 15 s timeout', () => {
    expect(readProxyConfig(keys)).toEqual({
      credentials: { accessKey: keys.SCP_ACCESS_KEY, secretKey: keys.SCP_SECRET_KEY },
      endpoint: 'https://virtualserver.kr-west1.e.samsungsdscloud.com',
      region: 'kr-west1',
      regions: ['kr-west1'],
      env: 'e',
      apiVersion: '1.3',
      timeoutMs: 15000,
      warnings: [],
    });
  });

  it('builds the endpoint from SCP_REGION and SCP_ENV', () => {
    const config = readProxyConfig({ ...keys, SCP_REGION: 'kr-south1', SCP_ENV: 'g' });
    expect(config.endpoint).toBe('https://virtualserver.kr-south1.g.samsungsdscloud.com');
    expect([config.region, config.env]).toEqual(['kr-south1', 'g']);
  });

  it('lets SCP_ENDPOINT override region and env, which then read as null', () => {
    const config = readProxyConfig({
      ...keys,
      SCP_ENDPOINT: 'http://127.0.0.1:4010/',
      SCP_REGION: 'kr-east1',
    });
    expect(config.endpoint).toBe('http://127.0.0.1:4010');
    expect([config.region, config.env]).toEqual([null, null]);
  });

  it('means the simulator when neither key is set, blank values included', () => {
    expect(readProxyConfig({}).credentials).toBeNull();
    expect(readProxyConfig({ SCP_ACCESS_KEY: '', SCP_SECRET_KEY: '  ' }).credentials).toBeNull();
  });

  it('warns that SCP_ENDPOINT without keys is ignored', () => {
    expect(readProxyConfig({ SCP_ENDPOINT: 'http://127.0.0.1:4010' }).warnings).toEqual([
      expect.stringContaining('SCP_ENDPOINT is set but no keys are'),
    ]);
  });

  it('refuses a lone access key, naming the missing secret key', () => {
    const message = configError({ SCP_ACCESS_KEY: keys.SCP_ACCESS_KEY });
    expect(message).toMatch(/^SCP_SECRET_KEY is not set but SCP_ACCESS_KEY is/);
    expect(message).not.toContain(keys.SCP_ACCESS_KEY);
  });

  it('refuses a lone secret key, naming the missing access key, without echoing the secret', () => {
    const message = configError({ SCP_SECRET_KEY: keys.SCP_SECRET_KEY });
    expect(message).toMatch(/^SCP_ACCESS_KEY is not set but SCP_SECRET_KEY is/);
    expect(message).not.toContain(keys.SCP_SECRET_KEY);
  });

  it('trims keys and refuses one with inner spaces or control characters', () => {
    expect(readProxyConfig({ SCP_ACCESS_KEY: ' AK \n', SCP_SECRET_KEY: 'SK' }).credentials).toEqual({
      accessKey: 'AK',
      secretKey: 'SK',
    });
    const message = configError({ SCP_ACCESS_KEY: 'AK', SCP_SECRET_KEY: 'my secret' });
    expect(message).toMatch(/SCP_SECRET_KEY contains spaces or control characters/);
    expect(message).not.toContain('my secret');
  });

  it.each([
    ['SCP_API_VERSION', 'abc', /SCP_API_VERSION must look like "1.3".*"abc"/],
    ['SCP_API_VERSION', 'virtualserver 1.3', /SCP_API_VERSION must look like/],
    ['SCP_ENDPOINT', 'not a url', /SCP_ENDPOINT is not a URL: "not a url"/],
    ['SCP_ENDPOINT', 'ftp://example.com', /SCP_ENDPOINT must be an http:\/\/ or https:\/\/ URL/],
    ['SCP_ENDPOINT', 'http://example.com/?x=1', /without \?query or #fragment/],
    ['SCP_ENDPOINT', 'http://user:pw@example.com', /must not contain a user name or password/],
    ['SCP_REGION', 'kr west1', /SCP_REGION must be a lower-case host name label/],
    ['SCP_ENV', 'e.evil.com', /SCP_ENV must be a lower-case host name label/],
    ['SCP_PROXY_TIMEOUT_MS', '0', /SCP_PROXY_TIMEOUT_MS must be a whole number/],
    ['SCP_PROXY_TIMEOUT_MS', '1.5', /SCP_PROXY_TIMEOUT_MS must be a whole number/],
    ['SCP_PROXY_TIMEOUT_MS', '15s', /SCP_PROXY_TIMEOUT_MS must be a whole number/],
  ])('refuses %s=%s with a clear message', (name, value, expected) => {
    expect(configError({ ...keys, [name]: value })).toMatch(expected);
  });

  it('accepts a custom API version and timeout', () => {
    const config = readProxyConfig({ ...keys, SCP_API_VERSION: '1.2', SCP_PROXY_TIMEOUT_MS: '2500' });
    expect([config.apiVersion, config.timeoutMs]).toEqual(['1.2', 2500]);
  });
});

describe('normalizeEndpoint', () => {
  it('keeps a base path but drops trailing slashes and default ports', () => {
    expect(normalizeEndpoint('https://scp.example.com:443/base/')).toBe('https://scp.example.com/base');
    expect(normalizeEndpoint('HTTP://LOCALHOST:4010')).toBe('http://localhost:4010');
  });
});
