import { CONFIG_DEFAULTS } from '../../proxy/config.ts';
import { type ReadyUpstream, readyUpstream, upstreamTarget } from '../../proxy/upstream.ts';
import {
  createUpstreamClient,
  type UpstreamAnswer,
  type UpstreamRequest,
} from '../../proxy/upstream-client.ts';
import type { Clock } from '../../inventory/schedule.ts';
import { DEMO_ACCESS_KEY, DEMO_SECRET_KEY } from '../../simulator/options.ts';
import { serve, type TestSimulator } from './simulator-client.ts';

/** A clock whose sleeps pass at once: a month of schedule runs in milliseconds. */
export interface FakeClock extends Clock {
  /** Every sleep asked for, in ms. */
  sleeps: number[];
  advance(ms: number): void;
}

export function fakeClock(start: number): FakeClock {
  let time = start;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => time,
    advance: (ms) => void (time += ms),
    sleep: async (ms, signal) => {
      sleeps.push(ms);
      if (!signal.aborted) time += Math.max(0, ms);
      // Let other work (the test's own awaits) interleave, as a real timer would.
      await new Promise((resolve) => setImmediate(resolve));
    },
  };
}

/** What the proxy's upstream would hold for simulators at these URLs (one per region). */
export function upstreamFor(
  regions: { region: string; url: string }[],
  timeoutMs: number = CONFIG_DEFAULTS.timeoutMs,
): ReadyUpstream {
  const config = { ...CONFIG_DEFAULTS, timeoutMs, regions: regions.map((each) => each.region) };
  const keys = { accessKey: DEMO_ACCESS_KEY, secretKey: DEMO_SECRET_KEY };
  return readyUpstream(regions.map(({ url }) => upstreamTarget(config, url, keys, 'simulator')));
}

/** Decides one upstream request: answer it (`forward()` sends it for real), or fail it. */
export type Interceptor = (
  request: UpstreamRequest,
  forward: () => Promise<UpstreamAnswer>,
) => Promise<UpstreamAnswer>;

/** The real upstream client with a seam for faults, recording every request. */
export function interceptedUpstream() {
  const client = createUpstreamClient();
  const requests: UpstreamRequest[] = [];
  let interceptor: Interceptor | null = null;
  return {
    requests,
    intercept(next: Interceptor | null) {
      interceptor = next;
    },
    fetchUpstream(request: UpstreamRequest): Promise<UpstreamAnswer> {
      requests.push(request);
      const forward = () => client.fetchUpstream(request);
      return interceptor ? interceptor(request, forward) : forward();
    },
    close: () => client.close(),
  };
}

export function answer(status: number, body: unknown, retryAfter?: string): UpstreamAnswer {
  return {
    status,
    contentType: 'application/json',
    contentEncoding: undefined,
    retryAfter,
    body: Buffer.from(JSON.stringify(body)),
  };
}

/** Two simulated regions on loopback, their clocks the test's. */
export async function twoSimulatedRegions(
  clock: Clock,
  { volumes = 150, churn = false }: { volumes?: number; churn?: boolean } = {},
): Promise<{
  west: TestSimulator;
  east: TestSimulator;
  upstream: ReadyUpstream;
  close(): Promise<void>;
}> {
  const deps = { now: clock.now };
  const [west, east] = await Promise.all([
    serve({ region: 'kr-west1', volumeCount: volumes, churn }, deps),
    serve({ region: 'kr-east1', volumeCount: volumes, churn }, deps),
  ]);
  return {
    west,
    east,
    upstream: upstreamFor([
      { region: 'kr-west1', url: west.baseUrl },
      { region: 'kr-east1', url: east.baseUrl },
    ]),
    close: async () => {
      await Promise.all([west.close(), east.close()]);
    },
  };
}
