import type { RunningSimulator } from './server.ts';

/**
 * The simulator as the signing proxy's backend when no SCP keys are configured
 * (src/proxy/create-proxy.ts takes it as `startSimulator`). The simulator itself is imported
 * only when this is called, so a server that has keys never loads it.
 *
 * It listens on a free loopback port, so it never clashes with a standalone simulator on 4010
 * (whose SCP_SIMULATOR_PORT is therefore not read). The environment is passed in because
 * startSimulator alone reads process.env only, not the .env files the proxy merged in.
 */
export async function startBuiltInSimulator(
  env: Readonly<Record<string, string | undefined>>,
): Promise<RunningSimulator> {
  const [{ startSimulator }, { simulatorOptionsFromEnv }] = await Promise.all([
    import('./server.ts'),
    import('./options.ts'),
  ]);
  const { SCP_SIMULATOR_PORT: _standalonePort, ...rest } = env;
  const options = simulatorOptionsFromEnv(rest);
  // SCP_SIMULATOR_FAIL_REGIONS=kr-east1: that region answers every request with a 500, to see
  // how the dashboard shows one region down (the proxy starts one simulator per region).
  const failing = (env.SCP_SIMULATOR_FAIL_REGIONS ?? '').split(',').map((name) => name.trim());
  const failRate = failing.includes(options.region) ? 1 : options.failRate;
  return startSimulator({ ...options, failRate, host: '127.0.0.1', port: 0 });
}
