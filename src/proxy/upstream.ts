import type { ProxyStatus } from '../scp/status.ts';
import { type RunningSimulator, simulatorOptionsFromEnv, startSimulator } from '../simulator/index.ts';
import { normalizeEndpoint, type ProxyConfig, type ProxyEnv } from './config.ts';
import type { ProxyLogger } from './logger.ts';

/** Everything the handler needs to sign and send one request. */
export interface UpstreamTarget {
  /** Base URL without a trailing slash. */
  endpoint: string;
  /** host[:port], named in error bodies. */
  host: string;
  accessKey: string;
  secretKey: string;
  apiVersion: string;
  timeoutMs: number;
  status: ProxyStatus;
}

export type UpstreamState = { ready: true; target: UpstreamTarget } | { ready: false; message: string };

export type SimulatorStarter = (env: ProxyEnv) => Promise<RunningSimulator>;

export interface Upstream {
  /** Settles once: at once with keys, after the simulator started without. */
  state: Promise<UpstreamState>;
  close(): Promise<void>;
}

/**
 * On a free loopback port, so it never clashes with a standalone simulator on 4010 (whose
 * SCP_SIMULATOR_PORT is therefore not even read). All options are passed explicitly because
 * startSimulator would read only process.env, not the .env files.
 */
export const startBuiltInSimulator: SimulatorStarter = async (env) => {
  const { SCP_SIMULATOR_PORT: _standalonePort, ...rest } = env;
  return startSimulator({ ...simulatorOptionsFromEnv(rest), host: '127.0.0.1', port: 0 });
};

function target(
  config: ProxyConfig,
  endpoint: string,
  keys: { accessKey: string; secretKey: string },
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
      env: mode === 'scp' ? config.env : null,
      apiVersion: config.apiVersion,
    },
  };
}

/**
 * With keys, SCP (or SCP_ENDPOINT). Without, the built-in simulator, reached through the same
 * signing path as SCP so the simulator exercises it. A simulator that fails to start leaves the
 * server running and the API answering NotConfigured, with instructions.
 */
export function openUpstream(
  config: ProxyConfig,
  env: ProxyEnv,
  startSim: SimulatorStarter,
  logger: ProxyLogger,
): Upstream {
  if (config.credentials) {
    return {
      state: Promise.resolve({
        ready: true,
        target: target(config, config.endpoint, config.credentials, 'scp'),
      }),
      close: async () => {},
    };
  }
  let simulator: RunningSimulator | undefined;
  const state = (async (): Promise<UpstreamState> => {
    try {
      simulator = await startSim(env);
      const endpoint = normalizeEndpoint(simulator.url, 'The simulator URL');
      logger.info(`[scp-proxy] no SCP keys configured: /api uses the built-in simulator at ${endpoint}`);
      return { ready: true, target: target(config, endpoint, simulator, 'simulator') };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      logger.warn(`[scp-proxy] the built-in SCP simulator did not start: ${reason}`);
      return {
        ready: false,
        message:
          `No SCP keys are configured and the built-in simulator did not start (${reason}). ` +
          'Set SCP_ACCESS_KEY and SCP_SECRET_KEY in .env.local or the environment (see .env.example) ' +
          'and restart the server.',
      };
    }
  })();
  return {
    state,
    close: async () => {
      await state;
      await simulator?.close();
    },
  };
}
