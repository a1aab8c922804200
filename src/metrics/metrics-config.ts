/** A metrics setting the host refuses to start with: it prints the message and exits. */
export class MetricsConfigError extends Error {
  override name = 'MetricsConfigError';
}

export interface MetricsConfig {
  /** SCP_METRICS_TOKEN: Prometheus sends it as `Authorization: Bearer …`. */
  token: string | null;
  /** SCP_METRICS_PORT: /metrics on this port of its own (and only there), for in-cluster scrapes. */
  port: number | null;
}

export type MetricsEnv = Readonly<Record<string, string | undefined>>;

// A token guessed by trying is a token too short: 16 characters or more, no spaces.
const TOKEN = /^[\x21-\x7e]{16,512}$/;

function read(env: MetricsEnv, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === '' ? undefined : value;
}

/** SCP_METRICS_TOKEN and SCP_METRICS_PORT, validated (docs/DEPLOY.md, "Metrics"). */
export function readMetricsConfig(env: MetricsEnv): MetricsConfig {
  const token = read(env, 'SCP_METRICS_TOKEN') ?? null;
  if (token !== null && !TOKEN.test(token)) {
    throw new MetricsConfigError(
      'SCP_METRICS_TOKEN must be 16 to 512 printable characters without spaces ' +
        '(e.g. `openssl rand -hex 32`).',
    );
  }
  const rawPort = read(env, 'SCP_METRICS_PORT');
  const port = rawPort === undefined ? null : Number(rawPort);
  if (rawPort !== undefined && (!/^\d{1,5}$/.test(rawPort) || port === null || port > 65535)) {
    throw new MetricsConfigError(`SCP_METRICS_PORT must be a port number from 0 to 65535, got "${rawPort}".`);
  }
  return { token, port };
}
