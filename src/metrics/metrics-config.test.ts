import { describe, expect, it } from 'vitest';
import { MetricsConfigError, readMetricsConfig } from './metrics-config.ts';

describe('readMetricsConfig', () => {
  it('has neither a token nor a port by default, and blank values count as unset', () => {
    expect(readMetricsConfig({})).toEqual({ token: null, port: null });
    expect(readMetricsConfig({ SCP_METRICS_TOKEN: ' ', SCP_METRICS_PORT: '' })).toEqual({
      token: null,
      port: null,
    });
  });

  it('reads a token and a port', () => {
    const token = 'f'.repeat(64);
    expect(readMetricsConfig({ SCP_METRICS_TOKEN: token, SCP_METRICS_PORT: '9464' })).toEqual({
      token,
      port: 9464,
    });
  });

  it.each([
    ['a short token', { SCP_METRICS_TOKEN: 'short' }, /16 to 512 printable characters/],
    ['a token with a space', { SCP_METRICS_TOKEN: 'abcdefgh ijklmnopq' }, /without spaces/],
    ['a port that is not a number', { SCP_METRICS_PORT: 'http' }, /port number from 0 to 65535, got "http"/],
    ['a port out of range', { SCP_METRICS_PORT: '70000' }, /got "70000"/],
  ])('refuses %s, and never echoes a token', (_what, env, message) => {
    expect(() => readMetricsConfig(env)).toThrow(MetricsConfigError);
    expect(() => readMetricsConfig(env)).toThrow(message);
    if ('SCP_METRICS_TOKEN' in env) expect(() => readMetricsConfig(env)).not.toThrow(env.SCP_METRICS_TOKEN);
  });
});
