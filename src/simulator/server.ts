import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  checkOptions,
  SIMULATOR_ENV,
  SimulatorConfigError,
  simulatorOptionsFromEnv,
  type SimulatorOptions,
} from './options.ts';
import { Simulator } from './simulator.ts';

export interface RunningSimulator {
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:4010 */
  url: string;
  accessKey: string;
  secretKey: string;
  close(): Promise<void>;
}

/**
 * Options given in code win; the environment fills the rest. A variable is only read (and
 * validated) when its option is not given, so a stray bad value cannot block a caller that
 * overrides it.
 */
export function resolveOptions(
  partial: Partial<SimulatorOptions>,
  env: Record<string, string | undefined>,
): SimulatorOptions {
  const given = Object.fromEntries(Object.entries(partial).filter(([, value]) => value !== undefined));
  const unshadowedEnv = { ...env };
  for (const [option, variable] of Object.entries(SIMULATOR_ENV)) {
    if (option in given) delete unshadowedEnv[variable];
  }
  return checkOptions({ ...simulatorOptionsFromEnv(unshadowedEnv), ...given });
}

/** Generates the account, then serves it over HTTP on `host:port` (port 0: a free one). */
export async function startSimulator(
  partialOptions: Partial<SimulatorOptions> = {},
): Promise<RunningSimulator> {
  const options = resolveOptions(partialOptions, process.env);
  const simulator = new Simulator(options);
  const server = createServer(simulator.handle);
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new SimulatorConfigError(
              `Port ${options.port} on ${options.host} is in use: set ${SIMULATOR_ENV.port} to a free port (or 0).`,
            )
          : error,
      );
    });
    server.listen(options.port, options.host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${host}:${port}`,
    accessKey: options.accessKey,
    secretKey: options.secretKey,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive sockets would hold close() open until they time out.
        server.closeAllConnections();
      }),
  };
}
