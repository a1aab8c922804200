import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import autocannon from 'autocannon';
import { createScpProxy } from '../../proxy/create-proxy.ts';
import type { ProxyLogger } from '../../proxy/logger.ts';
import { DEMO_ACCESS_KEY, DEMO_SECRET_KEY, Simulator } from '../../simulator/index.ts';

/**
 * The proxy under load, in one process and on 127.0.0.1 only: autocannon → signing proxy →
 * simulator. Used by load.test.ts (a few seconds, inside `npm test`) and meant for a longer
 * soak from the bench (`runProxyLoad({ connections: 200, seconds: 20 })`). It reports what a
 * leak or a fault would show: answers the simulator did not cause, errors and timeouts, and
 * heap and sockets before, during and after.
 */
export interface ProxyLoadOptions {
  connections: number;
  seconds: number;
  /** Share of requests the simulator fails on purpose (SCP_SIMULATOR_FAIL_RATE). */
  failRate?: number;
  volumeCount?: number;
  /** Browser-side path, e.g. /api/v1/volumes?limit=20 */
  path?: string;
}

export interface ProxyLoadReport {
  requests: number;
  reqPerSec: number;
  latencyMs: { p50: number; p99: number; max: number };
  /** Seen by autocannon. */
  errors: number;
  timeouts: number;
  non2xx: number;
  /** Answers the proxy sent, by status, and the failures the simulator injected. */
  proxyStatuses: Record<number, number>;
  /** Requests still in flight when the load stopped: the client left before the answer. */
  proxyAborted: number;
  simulatorInjectedFailures: number;
  /** After a forced GC, in MB. */
  heapBeforeMb: number;
  heapAfterMb: number;
  /** Most sockets open at once during the run, counted at each server. */
  peakClientSockets: number;
  peakUpstreamSockets: number;
  /** TCP sockets of the whole process before and after (everything closed and settled). */
  tcpSocketsBefore: number;
  tcpSocketsAfter: number;
}

const SILENT: ProxyLogger = { info: () => {}, warn: () => {} };
const MB = 1024 * 1024;

/** The V8 gc() without starting Node with --expose-gc, so heap figures are not GC noise. */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  const gc: unknown = runInNewContext('gc');
  if (typeof gc === 'function') gc();
}

function heapMb(): number {
  collectGarbage();
  return Math.round((process.memoryUsage().heapUsed / MB) * 10) / 10;
}

function tcpSockets(): number {
  return process.getActiveResourcesInfo().filter((name) => name === 'TCPSocketWrap').length;
}

async function listen(
  handler: (req: IncomingMessage, res: ServerResponse) => void,
): Promise<{ server: Server; url: string }> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

function connections(server: Server): Promise<number> {
  return new Promise((resolve, reject) =>
    server.getConnections((error, count) => (error ? reject(error) : resolve(count))),
  );
}

async function until(condition: () => Promise<boolean> | boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

export async function runProxyLoad(options: ProxyLoadOptions): Promise<ProxyLoadReport> {
  const { connections: conns, seconds, failRate = 0, volumeCount = 1234 } = options;
  const path = options.path ?? '/api/v1/volumes?limit=20&with_count=true';
  const tcpSocketsBefore = tcpSockets();

  const simulator = new Simulator({
    accessKey: DEMO_ACCESS_KEY,
    secretKey: DEMO_SECRET_KEY,
    seed: 'load',
    volumeCount,
    latencyMs: 0,
    failRate,
    churn: false,
  });
  let injected = 0;
  const sim = await listen((req, res) => {
    res.once('finish', () => void (res.statusCode === 500 && injected++));
    simulator.handle(req, res);
  });

  const env = { SCP_ACCESS_KEY: DEMO_ACCESS_KEY, SCP_SECRET_KEY: DEMO_SECRET_KEY, SCP_ENDPOINT: sim.url };
  const scpProxy = createScpProxy({ env, logger: SILENT, requestId: () => 'load' });
  const proxyStatuses: Record<number, number> = {};
  let proxyAborted = 0;
  const proxy = await listen((req, res) => {
    res.once('close', () => {
      if (res.writableFinished) proxyStatuses[res.statusCode] = (proxyStatuses[res.statusCode] ?? 0) + 1;
      else proxyAborted++;
    });
    scpProxy.handle(req, res);
  });

  try {
    // Warm the simulator's caches and V8's code, so the heap baseline is not startup.
    await autocannon({ url: proxy.url + path, connections: 4, amount: 200 });
    for (const key of Object.keys(proxyStatuses)) delete proxyStatuses[Number(key)];
    injected = 0;
    proxyAborted = 0;
    const heapBeforeMb = heapMb();

    let peakClientSockets = 0;
    let peakUpstreamSockets = 0;
    const sampler = setInterval(() => {
      void Promise.all([connections(proxy.server), connections(sim.server)]).then(([front, back]) => {
        peakClientSockets = Math.max(peakClientSockets, front);
        peakUpstreamSockets = Math.max(peakUpstreamSockets, back);
      });
    }, 100);
    const result = await autocannon({ url: proxy.url + path, connections: conns, duration: seconds });
    clearInterval(sampler);

    await until(async () => (await connections(proxy.server)) === 0);
    const heapAfterMb = heapMb();
    return {
      requests: result.requests.total,
      reqPerSec: Math.round(result.requests.average),
      latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      proxyStatuses: { ...proxyStatuses },
      proxyAborted,
      simulatorInjectedFailures: injected,
      heapBeforeMb,
      heapAfterMb,
      peakClientSockets,
      peakUpstreamSockets,
      tcpSocketsBefore,
      tcpSocketsAfter: await settledSockets(tcpSocketsBefore, [proxy.server, sim.server], scpProxy),
    };
  } finally {
    await scpProxy.close();
    await Promise.all([close(proxy.server), close(sim.server)]);
  }
}

/** Closes everything the run opened and reads the process's TCP sockets once they are gone. */
async function settledSockets(
  before: number,
  servers: Server[],
  scpProxy: { close(): Promise<void> },
): Promise<number> {
  await scpProxy.close();
  await Promise.all(servers.map(close));
  await until(() => tcpSockets() <= before);
  return tcpSockets();
}
