import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ProxyEnv } from '../../proxy/config.ts';
import { createScpProxy, type ScpProxy, type ScpProxyOptions } from '../../proxy/create-proxy.ts';
import { collectingLogger, keyedEnv, startServer, type TestServer } from './http.ts';

export interface TestProxyOptions extends Partial<Omit<ScpProxyOptions, 'env' | 'logger'>> {
  /** Merged over the test keys and SCP_ENDPOINT; an undefined value removes a variable. */
  env?: ProxyEnv;
  /** Runs before the proxy sees each request: what an earlier middleware of the host would do. */
  before?: (req: IncomingMessage, res: ServerResponse) => void;
}

export interface TestProxy extends TestServer {
  proxy: ScpProxy;
  logger: ReturnType<typeof collectingLogger>;
}

/**
 * The signing proxy (src/proxy/create-proxy.ts) with TEST_KEYS, signing for `endpoint`, on a
 * loopback port of a plain node:http server. Request ids are 'req-1' unless given.
 */
export async function startTestProxy(endpoint: string, options: TestProxyOptions = {}): Promise<TestProxy> {
  const { env, before, ...rest } = options;
  const logger = collectingLogger();
  const proxy = createScpProxy({
    requestId: () => 'req-1',
    ...rest,
    env: { ...keyedEnv(endpoint), ...env },
    logger,
  });
  const server = await startServer((req, res) => {
    before?.(req, res);
    proxy.handle(req, res);
  });
  return {
    ...server,
    proxy,
    logger,
    close: async () => {
      await server.close();
      await proxy.close();
    },
  };
}

/** What /api/status answers for a proxy with keys and SCP_ENDPOINT = `endpoint`. */
export function keyedStatus(endpoint: string) {
  return {
    mode: 'scp',
    endpointHost: new URL(endpoint).host,
    region: null,
    regions: ['kr-west1'],
    env: null,
    apiVersion: '1.3',
  };
}
