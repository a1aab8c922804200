import type { Credentials } from '../signing/signature.ts';
import { readRegions, type RegionSettings } from './regions-config.ts';

/**
 * Environment → validated proxy configuration. Pure: the Vite plugin passes in the merged
 * environment (process.env over .env files) and turns a thrown ProxyConfigError into a failed
 * start, so a half-configured proxy never runs.
 */
export type ProxyEnv = Readonly<Record<string, string | undefined>>;

export interface ProxyConfig {
  /** null: no keys at all, so the plugin runs the built-in simulator instead of calling SCP. */
  credentials: Credentials | null;
  /** Base URL without a trailing slash. */
  endpoint: string;
  /** null when SCP_ENDPOINT overrides the region/env host. */
  region: string | null;
  /** Every region listed (SCP_REGIONS; regions-config.ts), the first one the default. Never empty. */
  regions: string[];
  env: string | null;
  apiVersion: string;
  timeoutMs: number;
  /** Not fatal, but worth a line in the server log. */
  warnings: string[];
}

export class ProxyConfigError extends Error {
  override name = 'ProxyConfigError';
}

export const CONFIG_DEFAULTS = {
  region: 'kr-west1',
  env: 'e',
  apiVersion: '1.3',
  timeoutMs: 15_000,
} as const;

const MAX_TIMEOUT_MS = 600_000;
// Region and env become DNS labels of the endpoint host.
const DNS_LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;
const API_VERSION = /^\d{1,3}\.\d{1,3}$/;
// Keys go into a header and into the HMAC: whitespace there is always a copy-paste accident.
const KEY_CHARS = /^[\x21-\x7e]+$/;

/** Empty and blank values count as unset, as `KEY=` lines in .env files are common. */
function read(env: ProxyEnv, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === '' ? undefined : value;
}

export function scpEndpoint(region: string, env: string): string {
  return `https://virtualserver.${region}.${env}.samsungsdscloud.com`;
}

/** Validates a base URL (SCP_ENDPOINT or the simulator's) and drops its trailing slash. */
export function normalizeEndpoint(value: string, name = 'SCP_ENDPOINT'): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ProxyConfigError(
      `${name} is not a URL: "${value}". Give a full base URL such as http://127.0.0.1:4010`,
    );
  }
  if (url.username || url.password) {
    throw new ProxyConfigError(`${name} must not contain a user name or password.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ProxyConfigError(`${name} must be an http:// or https:// URL, got "${value}".`);
  }
  if (url.search || url.hash || value.includes('?') || value.includes('#')) {
    throw new ProxyConfigError(`${name} must be a base URL without ?query or #fragment, got "${value}".`);
  }
  return url.href.replace(/\/+$/, '');
}

function readCredentials(env: ProxyEnv): Credentials | null {
  const accessKey = read(env, 'SCP_ACCESS_KEY');
  const secretKey = read(env, 'SCP_SECRET_KEY');
  if (accessKey === undefined && secretKey === undefined) return null;
  if (accessKey === undefined || secretKey === undefined) {
    const [missing, present] =
      accessKey === undefined ? ['SCP_ACCESS_KEY', 'SCP_SECRET_KEY'] : ['SCP_SECRET_KEY', 'SCP_ACCESS_KEY'];
    throw new ProxyConfigError(
      `${missing} is not set but ${present} is. Set both (in .env.local or the environment) to call SCP, ` +
        'or neither to use the built-in simulator.',
    );
  }
  for (const [name, value] of [
    ['SCP_ACCESS_KEY', accessKey],
    ['SCP_SECRET_KEY', secretKey],
  ] as const) {
    // Never echo the value: it is a secret.
    if (!KEY_CHARS.test(value)) {
      throw new ProxyConfigError(`${name} contains spaces or control characters; check how it was pasted.`);
    }
  }
  return { accessKey, secretKey };
}

function readLabel(env: ProxyEnv, name: string, fallback: string): string {
  const value = read(env, name) ?? fallback;
  if (!DNS_LABEL.test(value)) {
    throw new ProxyConfigError(
      `${name} must be a lower-case host name label such as "${fallback}", got "${value}".`,
    );
  }
  return value;
}

function readTimeout(env: ProxyEnv): number {
  const raw = read(env, 'SCP_PROXY_TIMEOUT_MS');
  if (raw === undefined) return CONFIG_DEFAULTS.timeoutMs;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < 1 || value > MAX_TIMEOUT_MS) {
    throw new ProxyConfigError(
      `SCP_PROXY_TIMEOUT_MS must be a whole number of milliseconds from 1 to ${MAX_TIMEOUT_MS}, got "${raw}".`,
    );
  }
  return value;
}

export function readProxyConfig(env: ProxyEnv): ProxyConfig {
  const credentials = readCredentials(env);
  const region = readLabel(env, 'SCP_REGION', CONFIG_DEFAULTS.region);
  const scpEnv = readLabel(env, 'SCP_ENV', CONFIG_DEFAULTS.env);
  const apiVersion = read(env, 'SCP_API_VERSION') ?? CONFIG_DEFAULTS.apiVersion;
  if (!API_VERSION.test(apiVersion)) {
    throw new ProxyConfigError(
      `SCP_API_VERSION must look like "${CONFIG_DEFAULTS.apiVersion}" (major.minor), got "${apiVersion}".`,
    );
  }
  const timeoutMs = readTimeout(env);
  const endpointOverride = read(env, 'SCP_ENDPOINT');
  const endpoint =
    endpointOverride === undefined ? scpEndpoint(region, scpEnv) : normalizeEndpoint(endpointOverride);
  const overridden = endpointOverride !== undefined;

  let regions: RegionSettings;
  try {
    regions = readRegions(env, { region, scpEnv, keys: credentials !== null, endpointOverride: overridden });
  } catch (error) {
    throw new ProxyConfigError(error instanceof Error ? error.message : String(error));
  }
  const warnings: string[] = [...regions.warnings];
  if (credentials === null && overridden) {
    warnings.push(
      'SCP_ENDPOINT is set but no keys are: using the built-in simulator. ' +
        'To use the endpoint, set SCP_ACCESS_KEY and SCP_SECRET_KEY as well.',
    );
  }
  return {
    credentials,
    endpoint,
    region: overridden ? null : region,
    regions: regions.regions,
    env: overridden ? null : scpEnv,
    apiVersion,
    timeoutMs,
    warnings,
  };
}
