import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { signature } from '../signing/signature.ts';
import { SimulatorConfigError, startSimulator } from './index.ts';

describe('startSimulator', () => {
  it('serves the API on a free loopback port and closes cleanly', async () => {
    const simulator = await startSimulator({ port: 0, volumeCount: 50, seed: 'server-test' });
    try {
      expect(simulator.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(simulator).toMatchObject({
        accessKey: 'SIMULATORACCESSKEY000000',
        secretKey: 'simulator-secret-key-not-a-real-one',
      });
      expect((await fetch(`${simulator.url}/`)).status).toBe(200);

      const url = `${simulator.url}/v1/volumes?limit=5`;
      const timestamp = String(Date.now());
      const { accessKey, secretKey } = simulator;
      const response = await fetch(url, {
        headers: {
          'Scp-Accesskey': accessKey,
          'Scp-Timestamp': timestamp,
          'Scp-ClientType': 'Openapi',
          'Scp-Signature': signature({ method: 'GET', url, timestamp, accessKey, secretKey }),
          'Scp-Api-Version': 'virtualserver 1.3',
        },
      });
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ count: 50 });
    } finally {
      await simulator.close();
    }
    await expect(fetch(`${simulator.url}/`)).rejects.toThrow();
  });

  it('reports a busy port as a configuration error naming SCP_SIMULATOR_PORT', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const address = blocker.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      const starting = startSimulator({ port, volumeCount: 5 });
      await expect(starting).rejects.toThrow(SimulatorConfigError);
      await expect(starting).rejects.toThrow(/SCP_SIMULATOR_PORT/);
    } finally {
      blocker.close();
    }
  });
});

function runMain(
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', fileURLToPath(new URL('./main.ts', import.meta.url))],
      {
        cwd: fileURLToPath(new URL('../..', import.meta.url)),
        env: { ...process.env, ...env },
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes('secret key')) child.kill('SIGTERM');
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('npm run simulator (main.ts)', () => {
  it('prints its URL and the credentials it accepts, and stops on SIGTERM', async () => {
    const { stdout } = await runMain({ SCP_SIMULATOR_PORT: '0', SCP_SIMULATOR_VOLUMES: '20' });
    expect(stdout).toMatch(/listening on http:\/\/127\.0\.0\.1:\d+/);
    expect(stdout).toContain('SIMULATORACCESSKEY000000');
    expect(stdout).toContain('simulator-secret-key-not-a-real-one');
  }, 20_000);

  it('stops with a one-line message naming a bad variable, not a stack trace', async () => {
    const { code, stderr } = await runMain({ SCP_SIMULATOR_VOLUMES: 'abc' });
    expect(code).toBe(1);
    expect(stderr.trim()).toBe(
      'SCP simulator: SCP_SIMULATOR_VOLUMES must be a whole number from 0 to 1000000, got "abc".',
    );
  }, 20_000);
});
