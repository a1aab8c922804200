import { execFile, spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  locatePrometheus,
  MISSING_PROMETHEUS,
  type PrometheusTools,
} from '../../../scripts/find-prometheus.mjs';
import { freePorts } from '../../../scripts/free-ports.mjs';

/**
 * Debian's Prometheus and promtool for the tests that use the real thing. `npm test` finds or
 * installs them first (scripts/find-prometheus.mjs); a test run without them fails here,
 * saying how to get them.
 */
export function prometheusTools(): PrometheusTools {
  const tools = locatePrometheus();
  if (!tools) throw new Error(MISSING_PROMETHEUS);
  return tools;
}

/** Runs promtool; its exit code and everything it printed. */
export function promtool(args: string[], cwd?: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(prometheusTools().promtool, args, { cwd, timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, output: `${stdout}${stderr}` });
    });
  });
}

export interface PromSample {
  metric: Record<string, string>;
  value: [number, string];
}

export interface RunningPrometheus {
  url: string;
  /** An instant query through the HTTP API; throws with Prometheus's own error for bad PromQL. */
  query(expr: string): Promise<PromSample[]>;
  /** Resolves once `expr` returns a sample that `accept` takes (Prometheus's data is the signal). */
  waitFor(expr: string, accept?: (samples: PromSample[]) => boolean): Promise<PromSample[]>;
  close(): Promise<void>;
}

export interface ScrapeTarget {
  /** host:port */
  address: string;
  /** Sent as `Authorization: Bearer …`, from a file as a deployment would. */
  token?: string;
  metricsPath?: string;
}

/**
 * A throwaway Prometheus on a loopback port, its storage in a temporary folder, scraping
 * `target` every second as job "scp-volumes" (the job docs/monitoring/alerts.yml names).
 */
export async function startPrometheus(target: ScrapeTarget): Promise<RunningPrometheus> {
  const { prometheus } = prometheusTools();
  const dir = await mkdtemp(join(tmpdir(), 'scp-prometheus-'));
  const [port] = await freePorts(1);
  const url = `http://127.0.0.1:${port}`;
  const lines = [
    'global: { scrape_interval: 1s, scrape_timeout: 1s, evaluation_interval: 1s }',
    'scrape_configs:',
    '  - job_name: scp-volumes',
    `    metrics_path: ${target.metricsPath ?? '/metrics'}`,
    `    static_configs: [{ targets: ['${target.address}'] }]`,
  ];
  if (target.token !== undefined) {
    await writeFile(join(dir, 'token'), target.token, { mode: 0o600 });
    lines.push(`    authorization: { type: Bearer, credentials_file: ${join(dir, 'token')} }`);
  }
  await writeFile(join(dir, 'prometheus.yml'), `${lines.join('\n')}\n`);
  const child = spawn(
    prometheus,
    [
      `--config.file=${join(dir, 'prometheus.yml')}`,
      `--storage.tsdb.path=${join(dir, 'data')}`,
      `--web.listen-address=127.0.0.1:${port}`,
      '--log.level=warn',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let log = '';
  child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let running = true;
  void exited.then(() => (running = false));

  const close = async (): Promise<void> => {
    if (running) child.kill('SIGTERM');
    await exited;
    await rm(dir, { recursive: true, force: true });
  };

  async function get(path: string): Promise<Response | null> {
    if (!running) throw new Error(`Prometheus exited: ${log.trim().slice(-2000)}`);
    try {
      return await fetch(`${url}${path}`);
    } catch {
      return null;
    }
  }

  async function query(expr: string): Promise<PromSample[]> {
    const res = await get(`/api/v1/query?query=${encodeURIComponent(expr)}`);
    if (res === null) throw new Error('Prometheus did not answer');
    const body = (await res.json()) as { status: string; error?: string; data?: { result: PromSample[] } };
    if (body.status !== 'success') throw new Error(`${expr}: ${body.error ?? res.status}`);
    return body.data?.result ?? [];
  }

  // Each loop waits for Prometheus itself (a refused connection, a pending scrape), a few
  // ms apart; the test's own timeout bounds the whole.
  const pause = () => new Promise((resolve) => setTimeout(resolve, 50));
  try {
    while ((await get('/-/ready'))?.status !== 200) await pause();
  } catch (error) {
    await close();
    throw error;
  }
  return {
    url,
    query,
    async waitFor(expr, accept = (samples) => samples.length > 0) {
      for (;;) {
        const samples = await query(expr);
        if (accept(samples)) return samples;
        await pause();
      }
    },
    close,
  };
}
