import { KNOWN_REGIONS, REGION_NAME, SIMULATED_REGIONS } from '../scp/regions.ts';

export interface RegionSettings {
  /** Every region the dashboard lists, in the configured order; never empty. */
  regions: string[];
  warnings: string[];
}

/** config.ts turns it into a ProxyConfigError: the server refuses to start, saying why. */
export class RegionConfigError extends Error {
  override name = 'RegionConfigError';
}

/**
 * `SCP_REGIONS=kr-west1,kr-east1`. Unset: just SCP_REGION with keys (one account endpoint, as
 * before), and both simulated regions without keys unless SCP_REGION names one. SCP_ENDPOINT
 * names one host, so it serves one region only.
 */
export function readRegions(
  env: Readonly<Record<string, string | undefined>>,
  {
    region,
    scpEnv,
    keys,
    endpointOverride,
  }: { region: string; scpEnv: string; keys: boolean; endpointOverride: boolean },
): RegionSettings {
  const raw = env.SCP_REGIONS?.trim() ?? '';
  if (raw === '') {
    const single = env.SCP_REGION?.trim() ?? '';
    return { regions: keys || single !== '' ? [region] : [...SIMULATED_REGIONS], warnings: [] };
  }
  const regions = raw.split(',').map((name) => name.trim());
  const bad = regions.filter((name) => !REGION_NAME.test(name));
  if (bad.length > 0) {
    throw new RegionConfigError(
      `SCP_REGIONS must be region names separated by commas, such as "kr-west1,kr-east1"; ` +
        `not a region name: ${bad.map((name) => `"${name}"`).join(', ')}.`,
    );
  }
  const repeated = regions.find((name, i) => regions.indexOf(name) !== i);
  if (repeated !== undefined) throw new RegionConfigError(`SCP_REGIONS names "${repeated}" twice.`);
  if (keys && endpointOverride && regions.length > 1) {
    throw new RegionConfigError(
      'SCP_ENDPOINT names one host, so it serves one region: remove SCP_ENDPOINT to use SCP_REGIONS, ' +
        'or list one region.',
    );
  }
  const known = KNOWN_REGIONS[scpEnv];
  const unknown = known === undefined ? [] : regions.filter((name) => !known.includes(name));
  const warnings =
    keys && !endpointOverride && unknown.length > 0
      ? [
          `SCP_REGIONS: ${unknown.join(', ')} is not a published region of env "${scpEnv}" (${known?.join(', ')}).`,
        ]
      : [];
  return { regions, warnings };
}
