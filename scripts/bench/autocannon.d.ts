// autocannon 8 ships no types and @types/autocannon is not a dependency: only what the bench uses.
declare module 'autocannon' {
  interface Histogram {
    average: number;
    mean: number;
    stddev: number;
    min: number;
    max: number;
    total: number;
    p50: number;
    p90: number;
    p97_5: number;
    p99: number;
  }

  interface Options {
    url: string;
    connections?: number;
    duration?: number;
    amount?: number;
    headers?: Record<string, string>;
    method?: string;
    /** Each request in turn; setupRequest may rewrite one (path, headers) before it is sent. */
    requests?: {
      setupRequest?: (request: { path?: string; headers?: Record<string, string> }) => {
        path?: string;
        headers?: Record<string, string>;
      };
    }[];
  }

  export interface Result {
    requests: Histogram;
    latency: Histogram;
    throughput: Histogram;
    duration: number;
    errors: number;
    timeouts: number;
    non2xx: number;
    '2xx': number;
  }

  export default function autocannon(options: Options): Promise<Result>;
}
