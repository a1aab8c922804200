import { describe, expect, it } from 'vitest';
import { generateAccount } from './generate.ts';
import { simulatorOptionsFromEnv, SimulatorConfigError } from './options.ts';

const base = { seed: 'regions', volumeCount: 300, referenceTime: Date.UTC(2026, 10, 20) };

describe('simulated regions', () => {
  it('gives each region its own volumes and servers, in its own zones', () => {
    const west = generateAccount({ ...base, region: 'kr-west1' });
    const east = generateAccount({ ...base, region: 'kr-east1' });
    const westIds = new Set(west.volumes.map((volume) => volume.id));
    expect(east.volumes.some((volume) => westIds.has(volume.id))).toBe(false);
    expect(new Set(west.volumes.map((volume) => volume.zone))).toEqual(
      new Set(['kr-west1-a', 'kr-west1-b', 'kr-west1-c']),
    );
    expect(east.volumes.every((volume) => volume.zone.startsWith('kr-east1-'))).toBe(true);
    expect(east.servers.every((server) => server.zone.startsWith('kr-east1-'))).toBe(true);
  });

  it('is deterministic per region, and the default region is the account it always was', () => {
    expect(generateAccount({ ...base, region: 'kr-east1' })).toEqual(
      generateAccount({ ...base, region: 'kr-east1' }),
    );
    expect(generateAccount({ ...base, region: 'kr-west1' })).toEqual(generateAccount(base));
  });

  it('reads SCP_SIMULATOR_REGION and refuses a malformed one by name', () => {
    expect(simulatorOptionsFromEnv({}).region).toBe('kr-west1');
    expect(simulatorOptionsFromEnv({ SCP_SIMULATOR_REGION: 'kr-east1' }).region).toBe('kr-east1');
    expect(() => simulatorOptionsFromEnv({ SCP_SIMULATOR_REGION: 'KR East' })).toThrow(SimulatorConfigError);
    expect(() => simulatorOptionsFromEnv({ SCP_SIMULATOR_REGION: 'KR East' })).toThrow(
      /SCP_SIMULATOR_REGION/,
    );
  });
});
