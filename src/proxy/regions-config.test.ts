import { describe, expect, it } from 'vitest';
import { readRegions } from './regions-config.ts';

const simulator = { region: 'kr-west1', scpEnv: 'e', keys: false, endpointOverride: false };
const scp = { ...simulator, keys: true };

describe('readRegions', () => {
  it('defaults to both simulated regions without keys, and to SCP_REGION alone with keys', () => {
    expect(readRegions({}, simulator).regions).toEqual(['kr-west1', 'kr-east1']);
    expect(readRegions({}, scp).regions).toEqual(['kr-west1']);
    expect(readRegions({ SCP_REGION: 'kr-east1' }, { ...simulator, region: 'kr-east1' }).regions).toEqual([
      'kr-east1',
    ]);
  });

  it('reads SCP_REGIONS in order, spaces allowed around the commas', () => {
    expect(readRegions({ SCP_REGIONS: ' kr-east1 , kr-west1 ' }, scp).regions).toEqual([
      'kr-east1',
      'kr-west1',
    ]);
  });

  it.each([['kr_west1'], ['KR-WEST1'], ['kr-west1,,kr-east1'], ['kr-west1;kr-east1'], ['https://x']])(
    'refuses SCP_REGIONS=%s, naming the variable and the bad entry',
    (value) => {
      expect(() => readRegions({ SCP_REGIONS: value }, scp)).toThrow(/SCP_REGIONS/);
    },
  );

  it('refuses a repeated region and several regions with SCP_ENDPOINT', () => {
    expect(() => readRegions({ SCP_REGIONS: 'kr-west1,kr-west1' }, scp)).toThrow(/twice/);
    expect(() =>
      readRegions({ SCP_REGIONS: 'kr-west1,kr-east1' }, { ...scp, endpointOverride: true }),
    ).toThrow(/SCP_ENDPOINT/);
  });

  it('warns about a region the environment does not publish', () => {
    expect(readRegions({ SCP_REGIONS: 'kr-west1,kr-south1' }, scp).warnings[0]).toMatch(/kr-south1/);
  });
});
