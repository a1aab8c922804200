import type { ProxyStatus } from '../scp/status.ts';
import type { Credentials } from '../signing/signature.ts';
import { normalizeEndpoint, type ProxyConfig, type ProxyEnv, scpEndpoint } from './config.ts';
import type { ProxyLogger } from './logger.ts';

/** Everything the handler needs to sign and send one request. */
export interface UpstreamTarget extends Credentials {
  /** Base URL without a trailing slash. */
  endpoint: string;
  /** host[:port], named in error bodies. */
  host: string;
  apiVersion: string;
  timeoutMs: number;
  status: ProxyStatus;
}

export type UpstreamState =
  | {
      ready: true;
      /** The first (default) region's. */
      target: UpstreamTarget;
      /** One per configured region, in the configured order. */
      regions: ReadonlyMap<string, UpstreamTarget>;
    }
  | { ready: false; message: string };

/** A backend started on demand, such as src/simulator/built-in.ts: where it listens, the keys it accepts. */
export interface RunningBackend extends Credentials {
  /** Base URL, e.g. http://127.0.0.1:4010 */
  url: string;
  close(): Promise<void>;
}

/**
 * Starts the backend used when no SCP keys are configured. Passed in rather than imported, so
 * the proxy never depends on the simulator and a run with keys never loads it.
 */
export type SimulatorStarter = (env: ProxyEnv) => Promise<RunningBackend>;

export interface Upstream {
  /** Settles once: at once with keys, after the simulator started without. */
  state: Promise<UpstreamState>;
  close(): Promise<void>;
}

/**
 * Where and how the proxy reaches one region. The inventory's tests and the bench build theirs
 * with it too (simulators they started, mode 'simulator'), so they hold what the proxy would.
 */
export function upstreamTarget(
  config: Pick<ProxyConfig, 'apiVersion' | 'timeoutMs' | 'region' | 'regions' | 'env'>,
  endpoint: string,
  keys: Credentials,
  mode: ProxyStatus['mode'],
): UpstreamTarget {
  const host = new URL(endpoint).host;
  return {
    endpoint,
    host,
    accessKey: keys.accessKey,
    secretKey: keys.secretKey,
    apiVersion: config.apiVersion,
    timeoutMs: config.timeoutMs,
    status: {
      mode,
      endpointHost: host,
      region: mode === 'scp' ? config.region : null,
      regions: config.regions,
      env: mode === 'scp' ? config.env : null,
      apiVersion: config.apiVersion,
    },
  };
}

export type ReadyUpstream = Extract<UpstreamState, { ready: true }>;

/** One target per configured region, in its order: the first is the default. */
export function readyUpstream(targets: UpstreamTarget[]): ReadyUpstream {
  const regions = new Map<string, UpstreamTarget>();
  targets.forEach((each, i) => regions.set(each.status.regions[i] ?? '', each));
  return { ready: true, target: targets[0] as UpstreamTarget, regions };
}

const SET_KEYS =
  'Set SCP_ACCESS_KEY and SCP_SECRET_KEY in .env.local or the environment (see .env.example) ' +
  'and restart the server.';

/**
 * With keys, SCP (or SCP_ENDPOINT). Without, the simulator `startSim` starts, reached through
 * the same signing path as SCP so the simulator exercises it. No starter, or one that fails,
 * leaves the server running and the API answering NotConfigured, with instructions.
 */
export function openUpstream(
  config: ProxyConfig,
  env: ProxyEnv,
  startSim: SimulatorStarter | undefined,
  logger: ProxyLogger,
): Upstream {
  const { credentials } = config;
  if (credentials) {
    // SCP_ENDPOINT serves one region only (config.ts refuses more).
    const endpointOf = (region: string) =>
      config.region === null || config.regions.length === 1
        ? config.endpoint
        : scpEndpoint(region, config.env ?? '');
    return {
      state: Promise.resolve(
        readyUpstream(
          config.regions.map((region) => upstreamTarget(config, endpointOf(region), credentials, 'scp')),
        ),
      ),
      close: async () => {},
    };
  }
  if (startSim === undefined) {
    const message = `No SCP keys are configured and this server runs no simulator. ${SET_KEYS}`;
    return { state: Promise.resolve({ ready: false, message }), close: async () => {} };
  }
  const simulators: RunningBackend[] = [];
  const state = (async (): Promise<UpstreamState> => {
    try {
      // One simulator per region: each its own host, data and signatures, as SCP's regions are.
      const targets = await Promise.all(
        config.regions.map(async (region) => {
          const simulator = await startSim({ ...env, SCP_SIMULATOR_REGION: region });
          simulators.push(simulator);
          const endpoint = normalizeEndpoint(simulator.url, 'The simulator URL');
          logger.info(`[scp-proxy] no SCP keys configured: /api uses the built-in simulator at ${endpoint}`);
          return upstreamTarget(config, endpoint, simulator, 'simulator');
        }),
      );
      return readyUpstream(targets);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      logger.warn(`[scp-proxy] the built-in SCP simulator did not start: ${reason}`);
      return {
        ready: false,
        message: `No SCP keys are configured and the built-in simulator did not start (${reason}). ${SET_KEYS}`,
      };
    }
  })();
  return {
    state,
    close: async () => {
      await state;
      await Promise.all(simulators.map((simulator) => simulator.close()));
    },
  };
}
