import { describe, expect, it } from 'vitest';
import {
  checkOptions,
  DEFAULT_SIMULATOR_OPTIONS,
  SimulatorConfigError,
  simulatorOptionsFromEnv,
} from './options.ts';
import { resolveOptions } from './server.ts';

describe('simulatorOptionsFromEnv', () => {
  it('uses the documented defaults when nothing is set, blank values included', () => {
    expect(simulatorOptionsFromEnv({})).toEqual({
      host: '127.0.0.1',
      port: 4010,
      accessKey: 'SIMULATORACCESSKEY000000',
      secretKey: 'simulator-secret-key-not-a-real-one',
      seed: 'scp-simulator',
      region: 'kr-west1',
      volumeCount: 1234,
      latencyMs: 0,
      failRate: 0,
      churn: false,
      epoch: null,
    });
    expect(simulatorOptionsFromEnv({ SCP_SIMULATOR_PORT: '', SCP_SIMULATOR_ACCESS_KEY: '  ' })).toEqual(
      DEFAULT_SIMULATOR_OPTIONS,
    );
  });

  it('reads every SCP_SIMULATOR_* variable', () => {
    expect(
      simulatorOptionsFromEnv({
        SCP_SIMULATOR_PORT: '4999',
        SCP_SIMULATOR_ACCESS_KEY: 'AK',
        SCP_SIMULATOR_SECRET_KEY: 'SK',
        SCP_SIMULATOR_SEED: 'demo-2',
        SCP_SIMULATOR_REGION: 'kr-east1',
        SCP_SIMULATOR_VOLUMES: '100000',
        SCP_SIMULATOR_LATENCY_MS: '250',
        SCP_SIMULATOR_FAIL_RATE: '0.1',
        SCP_SIMULATOR_CHURN: '1',
        SCP_SIMULATOR_EPOCH: '2026-11-20T09:30:00Z',
      }),
    ).toEqual({
      host: '127.0.0.1',
      port: 4999,
      accessKey: 'AK',
      secretKey: 'SK',
      seed: 'demo-2',
      region: 'kr-east1',
      volumeCount: 100000,
      latencyMs: 250,
      failRate: 0.1,
      churn: true,
      epoch: Date.UTC(2026, 10, 20, 9, 30),
    });
  });

  it.each([
    ['SCP_SIMULATOR_VOLUMES', 'abc'],
    ['SCP_SIMULATOR_VOLUMES', '-5'],
    ['SCP_SIMULATOR_VOLUMES', '1.5'],
    ['SCP_SIMULATOR_VOLUMES', '5000000'],
    ['SCP_SIMULATOR_PORT', '70000'],
    ['SCP_SIMULATOR_PORT', 'http'],
    ['SCP_SIMULATOR_LATENCY_MS', 'slow'],
    ['SCP_SIMULATOR_FAIL_RATE', '1.5'],
    ['SCP_SIMULATOR_FAIL_RATE', '10%'],
    ['SCP_SIMULATOR_CHURN', 'sometimes'],
    ['SCP_SIMULATOR_EPOCH', 'yesterday'],
    ['SCP_SIMULATOR_EPOCH', '2026-11-20T09:30:00'],
  ])('refuses %s=%s with a message naming the variable', (name, value) => {
    const read = () => simulatorOptionsFromEnv({ [name]: value });
    expect(read).toThrow(SimulatorConfigError);
    expect(read).toThrow(new RegExp(`^${name} must be .*, got "${value.replace('.', '\\.')}"\\.$`));
  });

  it.each([
    ['1', true],
    ['true', true],
    ['0', false],
    ['false', false],
  ])('reads SCP_SIMULATOR_CHURN=%s as %s', (value, expected) => {
    expect(simulatorOptionsFromEnv({ SCP_SIMULATOR_CHURN: value }).churn).toBe(expected);
  });
});

describe('resolveOptions', () => {
  it('lets options given in code win over the environment', () => {
    const options = resolveOptions(
      { port: 0, seed: 'code' },
      { SCP_SIMULATOR_PORT: '4999', SCP_SIMULATOR_SEED: 'env' },
    );
    expect(options).toMatchObject({ port: 0, seed: 'code' });
  });

  it('does not trip over a bad variable that a given option overrides, but reports the others', () => {
    expect(resolveOptions({ volumeCount: 10 }, { SCP_SIMULATOR_VOLUMES: 'abc' }).volumeCount).toBe(10);
    expect(() => resolveOptions({ port: 0 }, { SCP_SIMULATOR_VOLUMES: 'abc' })).toThrow(
      /SCP_SIMULATOR_VOLUMES/,
    );
  });

  it('ignores options given as undefined', () => {
    expect(resolveOptions({ port: undefined }, {}).port).toBe(4010);
  });

  it('checks options given in code too', () => {
    expect(() => checkOptions({ ...DEFAULT_SIMULATOR_OPTIONS, volumeCount: -1, failRate: 2 })).toThrow(
      /volumeCount must be .*failRate must be/,
    );
    expect(() => resolveOptions({ accessKey: '' }, {})).toThrow(SimulatorConfigError);
  });
});
