import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs, parseEnv } from 'node:util';
import { type AuthConfig, readAuthConfig } from './auth-config.ts';
import { type LogFormat, readLogFormat } from './log.ts';
import { ServerConfigError } from './server-config-error.ts';

export type Env = Readonly<Record<string, string | undefined>>;

export interface ServerConfig {
  host: string;
  port: number;
  distDir: string;
  auth: AuthConfig;
  logFormat: LogFormat;
  /** SCP_DASHBOARD_DRAIN_SECONDS: serving on after SIGTERM, /readyz 503 (lifecycle.ts). */
  drainDelayMs: number;
}

export const SERVER_DEFAULTS = { host: 'localhost', port: 8080, distDir: 'dist' } as const;

/**
 * The files `npm start` and `vite preview` read (production mode), later ones winning, and the
 * environment over all of them. Values are taken literally: unlike Vite, no `$NAME` expansion.
 */
const ENV_FILES = ['.env', '.env.local', '.env.production', '.env.production.local'];

export function loadEnv(dir: string, processEnv: Env): Env {
  const fromFiles: Record<string, string | undefined> = {};
  for (const name of ENV_FILES) {
    const file = join(dir, name);
    if (existsSync(file)) Object.assign(fromFiles, parseEnv(readFileSync(file, 'utf8')));
  }
  return { ...fromFiles, ...processEnv };
}

function readPort(text: string, from: string): number {
  const port = Number(text);
  if (!/^\d{1,5}$/.test(text.trim()) || port > 65535) {
    throw new ServerConfigError(`${from} must be a port number from 0 to 65535, got "${text}".`);
  }
  return port;
}

function readDrainSeconds(text: string): number {
  const seconds = Number(text);
  if (!/^\d{1,2}$/.test(text) || seconds > 60) {
    throw new ServerConfigError(
      `SCP_DASHBOARD_DRAIN_SECONDS must be a whole number from 0 to 60, got "${text}".`,
    );
  }
  return seconds;
}

/** `--port P --host H --dist DIR`, over PORT and HOST, over the defaults. */
export function readServerConfig(argv: readonly string[], env: Env): ServerConfig {
  let values: { port?: string; host?: string; dist?: string };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: { port: { type: 'string' }, host: { type: 'string' }, dist: { type: 'string' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new ServerConfigError(
      `${error instanceof Error ? error.message : String(error)}. Usage: npm run serve -- [--port 8080] [--host localhost]`,
    );
  }
  const envPort = env.PORT?.trim() || undefined;
  const port =
    values.port !== undefined
      ? readPort(values.port, '--port')
      : envPort !== undefined
        ? readPort(envPort, 'PORT')
        : SERVER_DEFAULTS.port;
  const host = values.host?.trim() || env.HOST?.trim() || SERVER_DEFAULTS.host;
  return {
    host,
    port,
    distDir: resolve(values.dist ?? SERVER_DEFAULTS.distDir),
    auth: readAuthConfig(env),
    logFormat: readLogFormat(env.LOG_FORMAT),
    drainDelayMs: readDrainSeconds(env.SCP_DASHBOARD_DRAIN_SECONDS?.trim() || '0') * 1000,
  };
}
