import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ServerLogger } from './log.ts';

export const SHUTDOWN_GRACE_MS = 10_000;

export interface Lifecycle {
  /** True from the first shutdown signal: /readyz turns 503 so a load balancer stops sending. */
  readonly draining: boolean;
  readonly inFlight: number;
  /**
   * Stops accepting, lets requests in flight finish (up to graceMs, then cuts them), then
   * closes what the server holds (the simulator, upstream connections). Idempotent.
   */
  shutdown(reason: string): Promise<void>;
}

export function listen(server: Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error): void => reject(error);
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve(server.address() as AddressInfo);
    });
  });
}

export interface LifecycleOptions {
  logger: ServerLogger;
  closeResources: () => Promise<void>;
  graceMs?: number;
  /**
   * How long to go on serving after the signal, /readyz answering 503 meanwhile: a load
   * balancer (Kubernetes endpoints) learns of the stop only from its probe, a few seconds late.
   */
  drainDelayMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export function manageLifecycle(server: Server, options: LifecycleOptions): Lifecycle {
  const { logger, closeResources, graceMs = SHUTDOWN_GRACE_MS, drainDelayMs = 0, sleep = wait } = options;
  let draining = false;
  let inFlight = 0;
  let stopping: Promise<void> | undefined;

  server.on('request', (_req, res) => {
    inFlight += 1;
    // A kept-alive browser would otherwise hold its connection open through the drain.
    if (draining) res.setHeader('Connection', 'close');
    res.once('close', () => {
      inFlight -= 1;
      // Its socket turns idle only after this event: close it once it has.
      if (draining) setImmediate(() => server.closeIdleConnections());
    });
  });

  async function stop(reason: string): Promise<void> {
    draining = true;
    if (drainDelayMs > 0) {
      logger.info(`[scp-dashboard] ${reason}: /readyz answers 503; serving ${drainDelayMs} ms more`);
      await sleep(drainDelayMs);
    }
    logger.info(`[scp-dashboard] ${reason}: no new connections; ${inFlight} request(s) in flight`);
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    const deadline = setTimeout(() => {
      logger.warn(`[scp-dashboard] ${inFlight} request(s) still running after ${graceMs} ms: cutting them`);
      server.closeAllConnections();
    }, graceMs);
    await closed;
    clearTimeout(deadline);
    await closeResources().catch((error: unknown) =>
      logger.warn(`[scp-dashboard] closing the proxy failed: ${String(error)}`),
    );
    logger.info('[scp-dashboard] stopped');
  }

  return {
    get draining() {
      return draining;
    },
    get inFlight() {
      return inFlight;
    },
    shutdown(reason) {
      stopping ??= stop(reason);
      return stopping;
    },
  };
}
