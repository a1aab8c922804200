/**
 * SCP regions (scp-api.md §1): each is its own endpoint, `virtualserver.{region}.{env}…`.
 * Shared by the proxy's configuration, the simulator and the browser's region filter.
 */

/** `kr-west1`, `kr-south2`: lower-case words joined by '-', ending in a number. */
export const REGION_NAME = /^[a-z]{2,}(-[a-z]+)*\d+$/;

/** Regions published per environment; others are allowed (with a warning), as SCP grows. */
export const KNOWN_REGIONS: Readonly<Record<string, readonly string[]>> = {
  s: ['kr-west1', 'kr-east1'],
  e: ['kr-west1', 'kr-east1'],
  g: ['kr-south1', 'kr-south2', 'kr-south3'],
};

/** The regions the built-in simulator stands in for when none are configured. */
export const SIMULATED_REGIONS: readonly string[] = ['kr-west1', 'kr-east1'];

/** The `region` value asking for every configured region at once. */
export const ALL_REGIONS = 'all';
