import { Agent, request } from 'node:http';

export interface Sampled {
  status: number;
  ms: number;
}

/**
 * Sequential GETs over one keep-alive connection, timed with hrtime at sub-millisecond
 * resolution (autocannon's histogram counts whole milliseconds, too coarse for "2 ms added").
 */
export function createSampler(): {
  get(url: string, headers?: Record<string, string>): Promise<Sampled>;
  close(): void;
} {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  return {
    get(url, headers = {}) {
      return new Promise((resolve, reject) => {
        const started = process.hrtime.bigint();
        const req = request(url, { agent, headers }, (res) => {
          res.on('data', () => {});
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, ms: Number(process.hrtime.bigint() - started) / 1e6 }),
          );
          res.on('error', reject);
        });
        req.on('error', reject);
        req.end();
      });
    },
    close: () => agent.destroy(),
  };
}
