import { DEFAULT_REGION } from './catalog.ts';
import { REGION_NAME } from '../scp/regions.ts';

/** How the simulator is configured. Shared with the signing proxy's Vite plugin (src/proxy). */
export interface SimulatorOptions {
  host: string;
  /** 0 picks a free port. */
  port: number;
  accessKey: string;
  secretKey: string;
  seed: string;
  /** The SCP region this simulator stands in for: its zones, and (but for kr-west1) its data. */
  region: string;
  volumeCount: number;
  latencyMs: number;
  failRate: number;
  churn: boolean;
  /**
   * The account's "now" (epoch ms): every timestamp is dated back from it. null: the start time,
   * so the account reads like a live one on any day. A host that keeps history of the account
   * (the inventory) pins it, so a restart serves the same account instead of shifting every date.
   */
  epoch: number | null;
}

/**
 * Demo credentials the simulator accepts unless SCP_SIMULATOR_ACCESS_KEY/SECRET_KEY say
 * otherwise. They are not secrets: they open nothing but this local fake.
 */
export const DEMO_ACCESS_KEY = 'SIMULATORACCESSKEY000000';
export const DEMO_SECRET_KEY = 'simulator-secret-key-not-a-real-one';

/** 1,234 volumes: about a thousand, and not a multiple of any usual page size. */
export const DEFAULT_SIMULATOR_OPTIONS: Readonly<SimulatorOptions> = {
  host: '127.0.0.1',
  port: 4010,
  accessKey: DEMO_ACCESS_KEY,
  secretKey: DEMO_SECRET_KEY,
  seed: 'scp-simulator',
  region: DEFAULT_REGION,
  volumeCount: 1234,
  latencyMs: 0,
  failRate: 0,
  churn: false,
  epoch: null,
};

export const MAX_VOLUME_COUNT = 1_000_000;
export const MAX_LATENCY_MS = 60_000;

/** The environment variable behind each option (host is not configurable: loopback only). */
export const SIMULATOR_ENV = {
  port: 'SCP_SIMULATOR_PORT',
  accessKey: 'SCP_SIMULATOR_ACCESS_KEY',
  secretKey: 'SCP_SIMULATOR_SECRET_KEY',
  seed: 'SCP_SIMULATOR_SEED',
  region: 'SCP_SIMULATOR_REGION',
  volumeCount: 'SCP_SIMULATOR_VOLUMES',
  latencyMs: 'SCP_SIMULATOR_LATENCY_MS',
  failRate: 'SCP_SIMULATOR_FAIL_RATE',
  churn: 'SCP_SIMULATOR_CHURN',
  epoch: 'SCP_SIMULATOR_EPOCH',
} as const satisfies Partial<Record<keyof SimulatorOptions, string>>;

/** A configuration mistake, worded for the person who made it (no stack trace needed). */
export class SimulatorConfigError extends Error {
  override readonly name = 'SimulatorConfigError';
}

/** Unset or empty variables take the defaults; a bad value names its variable. */
export function simulatorOptionsFromEnv(env: Record<string, string | undefined>): SimulatorOptions {
  const read = (name: string) => {
    const value = env[name]?.trim();
    return value === undefined || value === '' ? undefined : value;
  };
  const d = DEFAULT_SIMULATOR_OPTIONS;
  const e = SIMULATOR_ENV;
  return {
    host: d.host,
    port: wholeNumber(e.port, read(e.port), d.port, 0, 65535),
    accessKey: read(e.accessKey) ?? d.accessKey,
    secretKey: read(e.secretKey) ?? d.secretKey,
    seed: read(e.seed) ?? d.seed,
    region: region(e.region, read(e.region), d.region),
    volumeCount: wholeNumber(e.volumeCount, read(e.volumeCount), d.volumeCount, 0, MAX_VOLUME_COUNT),
    latencyMs: wholeNumber(e.latencyMs, read(e.latencyMs), d.latencyMs, 0, MAX_LATENCY_MS),
    failRate: fraction(e.failRate, read(e.failRate), d.failRate),
    churn: flag(e.churn, read(e.churn), d.churn),
    epoch: instant(e.epoch, read(e.epoch), d.epoch),
  };
}

/** Epoch milliseconds or an ISO 8601 date-time with a zone. */
function instant(name: string, raw: string | undefined, fallback: number | null): number | null {
  if (raw === undefined) return fallback;
  const value = /^\d+$/.test(raw) ? Number(raw) : /(Z|[+-]\d\d:?\d\d)$/i.test(raw) ? Date.parse(raw) : NaN;
  if (!Number.isSafeInteger(value) || value <= 0) {
    throw new SimulatorConfigError(
      `${name} must be epoch milliseconds or an ISO date-time with a zone (2026-11-20T09:30:00Z), got "${raw}".`,
    );
  }
  return value;
}

function wholeNumber(
  name: string,
  raw: string | undefined,
  fallback: number,
  min: number,
  max: number,
): number {
  if (raw === undefined) return fallback;
  const value = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!(value >= min && value <= max)) {
    throw new SimulatorConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}".`);
  }
  return value;
}

function fraction(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const value = /^\d*\.?\d+$/.test(raw) ? Number(raw) : NaN;
  if (!(value >= 0 && value <= 1)) {
    throw new SimulatorConfigError(`${name} must be a number from 0 to 1 (e.g. 0.1), got "${raw}".`);
  }
  return value;
}

/** A region becomes part of zone names (and, through the proxy, of a host name). */
function region(name: string, raw: string | undefined, fallback: string): string {
  if (raw === undefined) return fallback;
  if (!REGION_NAME.test(raw)) {
    throw new SimulatorConfigError(`${name} must be a region name such as "kr-east1", got "${raw}".`);
  }
  return raw;
}

function flag(name: string, raw: string | undefined, fallback: boolean): boolean {
  if (raw === undefined) return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
  throw new SimulatorConfigError(`${name} must be 1 or 0 (true or false), got "${raw}".`);
}

/** Checks options given in code (not from the environment), naming the option at fault. */
export function checkOptions(options: SimulatorOptions): SimulatorOptions {
  const problems: string[] = [];
  const whole = (value: number, min: number, max: number) =>
    Number.isInteger(value) && value >= min && value <= max;
  if (!whole(options.port, 0, 65535)) problems.push(`port must be 0–65535, got ${options.port}`);
  if (!whole(options.volumeCount, 0, MAX_VOLUME_COUNT)) {
    problems.push(`volumeCount must be 0–${MAX_VOLUME_COUNT}, got ${options.volumeCount}`);
  }
  if (!whole(options.latencyMs, 0, MAX_LATENCY_MS)) {
    problems.push(`latencyMs must be 0–${MAX_LATENCY_MS}, got ${options.latencyMs}`);
  }
  if (!(options.failRate >= 0 && options.failRate <= 1))
    problems.push(`failRate must be 0–1, got ${options.failRate}`);
  if (!options.accessKey || !options.secretKey) problems.push('accessKey and secretKey must not be empty');
  if (!options.host) problems.push('host must not be empty');
  if (!REGION_NAME.test(options.region))
    problems.push(`region must look like kr-east1, got "${options.region}"`);
  if (problems.length > 0)
    throw new SimulatorConfigError(`Invalid simulator options: ${problems.join('; ')}.`);
  return options;
}
