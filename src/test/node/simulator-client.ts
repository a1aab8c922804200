/**
 * Test helpers (not a test file): a simulator on a loopback port and a client that signs the
 * way scp-api.md §2 describes, written from the document rather than from
 * src/signing/signature.ts, so the tests check the simulator against the spec and not against
 * the code it verifies with.
 */
import { createHmac } from 'node:crypto';
import { DEMO_ACCESS_KEY, DEMO_SECRET_KEY } from '../../simulator/options.ts';
import { Simulator, type SimulatorDeps, type SimulatorSettings } from '../../simulator/simulator.ts';
import { startedForSuite } from './for-suite.ts';
import { rawRequest, startServer } from './http.ts';

/** A fixed "real clock" for tests, after the data's reference time. */
export const TEST_NOW = Date.UTC(2026, 10, 20, 9, 30);

export const TEST_SETTINGS: SimulatorSettings = {
  accessKey: DEMO_ACCESS_KEY,
  secretKey: DEMO_SECRET_KEY,
  seed: 'test-seed',
  volumeCount: 1234,
  latencyMs: 0,
  failRate: 0,
  churn: false,
};

export interface SignOptions {
  accessKey?: string;
  secretKey?: string;
  timestamp?: number;
  /** Sign this URL instead of the one sent (to tamper). */
  url?: string;
  method?: string;
}

export interface GetOptions {
  method?: string;
  /** false: send no signing headers at all. */
  sign?: SignOptions | false;
  /** null: send no Scp-Api-Version header. */
  version?: string | null;
  language?: string;
  headers?: Record<string, string>;
}

export interface TestResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json: unknown;
}

export interface TestSimulator {
  simulator: Simulator;
  baseUrl: string;
  get(path: string, options?: GetOptions): Promise<TestResponse>;
  /** The JSON body of a 200, typed loosely for assertions; fails on any other status. */
  ok<T = Record<string, unknown>>(path: string, options?: GetOptions): Promise<T>;
  close(): Promise<void>;
}

export function specSignature(secretKey: string, message: string): string {
  return createHmac('sha256', secretKey).update(message, 'utf8').digest('base64');
}

export function signingHeaders(url: string, sign: SignOptions, now: number): Record<string, string> {
  const accessKey = sign.accessKey ?? DEMO_ACCESS_KEY;
  const timestamp = String(sign.timestamp ?? now);
  const message = `${sign.method ?? 'GET'}${sign.url ?? url}${timestamp}${accessKey}Openapi`;
  return {
    'Scp-Accesskey': accessKey,
    'Scp-Timestamp': timestamp,
    'Scp-ClientType': 'Openapi',
    'Scp-Signature': specSignature(sign.secretKey ?? DEMO_SECRET_KEY, message),
  };
}

export async function serve(
  settings: Partial<SimulatorSettings> = {},
  deps: Partial<SimulatorDeps> = {},
): Promise<TestSimulator> {
  const simulator = new Simulator({ ...TEST_SETTINGS, ...settings }, { now: () => TEST_NOW, ...deps });
  const server = await startServer(simulator.handle);
  const now = deps.now ?? (() => TEST_NOW);

  const get = async (path: string, options: GetOptions = {}): Promise<TestResponse> => {
    const headers: Record<string, string> = {
      ...(options.sign === false ? {} : signingHeaders(server.url + path, options.sign ?? {}, now())),
      ...(options.version === null ? {} : { 'Scp-Api-Version': options.version ?? 'virtualserver 1.5' }),
      ...(options.language ? { 'Accept-Language': options.language } : {}),
      ...options.headers,
    };
    const response = await rawRequest(server.port, path, { method: options.method ?? 'GET', headers });
    return { ...response, text: response.body, json: parseJson(response.body) };
  };
  return {
    simulator,
    baseUrl: server.url,
    get,
    async ok<T>(path: string, options?: GetOptions) {
      const response = await get(path, options);
      if (response.status !== 200) throw new Error(`GET ${path} → ${response.status} ${response.text}`);
      return response.json as T;
    },
    close: server.close,
  };
}

/** A simulator for the enclosing describe block (or the file), from its beforeAll to its afterAll. */
export function serveForSuite(
  settings: Partial<SimulatorSettings> = {},
  deps: Partial<SimulatorDeps> = {},
): TestSimulator {
  return startedForSuite('the simulator', () => serve(settings, deps));
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
