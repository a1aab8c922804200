/**
 * Contract used by the signing proxy's Vite plugin (src/proxy). The simulator issue replaces
 * this stub with the real implementation; keep these signatures.
 */
export interface SimulatorOptions {
  host: string;
  /** 0 picks a free port. */
  port: number;
  accessKey: string;
  secretKey: string;
  seed: string;
  volumeCount: number;
  latencyMs: number;
  failRate: number;
  churn: boolean;
}

export interface RunningSimulator {
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:4010 */
  url: string;
  accessKey: string;
  secretKey: string;
  close(): Promise<void>;
}

export function simulatorOptionsFromEnv(_env: Record<string, string | undefined>): SimulatorOptions {
  throw new Error('The SCP simulator is not built yet.');
}

export async function startSimulator(_options: Partial<SimulatorOptions> = {}): Promise<RunningSimulator> {
  throw new Error('The SCP simulator is not built yet.');
}
