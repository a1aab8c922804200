import { afterEach, describe, expect, it } from 'vitest';
import {
  collectingLogger,
  type RawResponse,
  rawRequest,
  signatureVerifies,
  serverForFile,
  keyedEnv,
  TEST_KEYS,
} from '../test/node/http.ts';
import { startViteDev, type TestVite, viteRootForFile } from '../test/node/vite-servers.ts';
import { keyedStatus } from '../test/node/test-proxy.ts';
import { startBuiltInSimulator } from '../simulator/built-in.ts';
import type { SimulatorStarter } from '../proxy/upstream.ts';
import { scpSigningProxy, type ScpSigningProxyOptions } from './signing-proxy.ts';

const LIST_BODY = '{"count":2,"volumes":[]}';
const root = viteRootForFile('scp-proxy-dev-');
const upstream = serverForFile((_req, res) => {
  res.writeHead(200, { 'Content-Type': 'application/json', 'Set-Cookie': 'a=b' }).end(LIST_BODY);
});
const servers: TestVite[] = [];

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
  upstream.requests.length = 0;
});

async function startDev(options: ScpSigningProxyOptions, host = 'localhost'): Promise<number> {
  const server = await startViteDev(root, [scpSigningProxy(options)], host);
  servers.push(server);
  return server.port;
}

/** Vite listens on "localhost", which may be ::1 or 127.0.0.1 depending on the machine. */
function get(port: number, path: string, headers?: Record<string, string>): Promise<RawResponse> {
  return rawRequest(port, path, { host: 'localhost', headers });
}

const keyEnv = () => keyedEnv(upstream.url);

describe('scpSigningProxy on a real Vite dev server', () => {
  it('serves /api/status and proxies a signed list request, leaving other paths to Vite', async () => {
    const port = await startDev({ env: keyEnv(), logger: collectingLogger() });

    const status = await get(port, '/api/status');
    expect(JSON.parse(status.body)).toEqual(keyedStatus(upstream.url));

    const list = await get(port, '/api/v1/volumes?limit=2&foo=1');
    expect([list.status, list.body, list.headers['set-cookie']]).toEqual([200, LIST_BODY, undefined]);
    expect(upstream.requests.map((r) => r.url)).toEqual(['/v1/volumes?limit=2']);
    expect(signatureVerifies(upstream.requests[0], TEST_KEYS.secretKey)).toBe(true);

    const page = await get(port, '/');
    expect([page.status, page.headers['content-type']]).toEqual([200, 'text/html']);
  });

  it("keeps Vite's host check in front of /api (DNS rebinding)", async () => {
    const port = await startDev({ env: keyEnv(), logger: collectingLogger() });

    const res = await get(port, '/api/v1/volumes', { Host: 'attacker.example:80' });

    expect(res.status).toBe(403);
    expect(upstream.requests).toHaveLength(0);
  });

  it("grants no origin CORS access to /api, even with Vite's default cors setting", async () => {
    const port = await startDev({ env: keyEnv(), logger: collectingLogger() });

    const res = await get(port, '/api/v1/volumes', { Origin: 'http://localhost:3000' });

    expect(res.status).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('starts the simulator without keys, signs with its keys and stops it with the server', async () => {
    const events: string[] = [];
    const startSimulator: SimulatorStarter = async (env) => {
      events.push(`start seed=${env.SCP_SIMULATOR_SEED}`);
      return {
        url: upstream.url,
        accessKey: 'SIMACCESS',
        secretKey: 'SIMSECRET',
        close: async () => void events.push('close'),
      };
    };
    const port = await startDev({
      env: { SCP_SIMULATOR_SEED: '42', SCP_REGIONS: 'kr-west1' },
      startSimulator,
      logger: collectingLogger(),
    });

    const status = await get(port, '/api/status');
    expect(JSON.parse(status.body)).toMatchObject({
      mode: 'simulator',
      endpointHost: new URL(upstream.url).host,
    });
    const list = await get(port, '/api/v1/volumes?limit=2');
    expect(list.body).toBe(LIST_BODY);
    expect(upstream.requests[0]?.headers['scp-accesskey']).toBe('SIMACCESS');
    expect(signatureVerifies(upstream.requests[0], 'SIMSECRET')).toBe(true);

    await servers.pop()?.close();
    await expect.poll(() => events).toEqual(['start seed=42', 'close']);
  });

  it('runs the real built-in simulator without keys, through the same signing path', async () => {
    const env = {
      SCP_SIMULATOR_VOLUMES: '30',
      SCP_SIMULATOR_SEED: 'proxy-test',
      SCP_REGIONS: 'kr-west1',
      SCP_SIMULATOR_PORT: 'ignored',
    };
    const port = await startDev({ env, logger: collectingLogger(), startSimulator: startBuiltInSimulator });

    const status = JSON.parse((await get(port, '/api/status')).body) as {
      mode: string;
      endpointHost: string;
    };
    expect(status.mode).toBe('simulator');
    const list = await get(port, '/api/v1/volumes?limit=2&with_count=true');
    expect(list.status).toBe(200);
    const body = JSON.parse(list.body) as { count: number; volumes: { id: string }[] };
    expect(body.count).toBe(30);
    expect(body.volumes).toHaveLength(2);
    const detail = await get(port, `/api/v1/volumes/${body.volumes[0]?.id ?? ''}`);
    expect(detail.status).toBe(200);

    await servers.pop()?.close();
    const [simHost, simPort] = status.endpointHost.split(':');
    await expect(rawRequest(Number(simPort), '/v1/volumes', { host: simHost })).rejects.toThrow(
      /ECONNREFUSED/,
    );
  });

  it('answers 503 NotConfigured when the simulator does not start, and keeps serving', async () => {
    const logger = collectingLogger();
    const port = await startDev({
      env: {},
      startSimulator: () => Promise.reject(new Error('port busy')),
      logger,
    });

    const res = await get(port, '/api/v1/volumes');
    expect(res.status).toBe(503);
    expect(JSON.parse(res.body)).toMatchObject({
      proxy_error: {
        code: 'NotConfigured',
        message: expect.stringContaining('SCP_ACCESS_KEY and SCP_SECRET_KEY'),
      },
    });
    expect((await get(port, '/')).status).toBe(200);
    expect(logger.lines).toContain('[scp-proxy] the built-in SCP simulator did not start: port busy');
  });

  it('refuses to start with only one key, naming the missing one', async () => {
    await expect(startDev({ env: { SCP_ACCESS_KEY: TEST_KEYS.accessKey } })).rejects.toThrow(
      /SCP_SECRET_KEY is not set but SCP_ACCESS_KEY is/,
    );
  });

  it('warns when the server listens beyond loopback, and not otherwise', async () => {
    const local = collectingLogger();
    await startDev({ env: keyEnv(), logger: local });
    expect(local.lines.join('\n')).not.toContain('beyond this machine');

    const exposed = collectingLogger();
    await startDev({ env: keyEnv(), logger: exposed }, '0.0.0.0');
    expect(exposed.lines).toContainEqual(expect.stringContaining('listens on 0.0.0.0, beyond this machine'));
  });
});
