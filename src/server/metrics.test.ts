import { describe, expect, it } from 'vitest';
import { MetricsConfigError } from '../metrics/metrics-config.ts';
import { dashboardsForFile } from '../test/node/dashboard.ts';
import { basicAuth, rawRequest } from '../test/node/http.ts';
import { hashPassword } from './password.ts';

const TOKEN = 'scrape-token-0123456789abcdef';
const start = dashboardsForFile();

const bearer = (token: string) => ({ headers: { Authorization: `Bearer ${token}` } });
const basic = (name: string, password: string) => ({ headers: basicAuth(name, password) });

describe('GET /metrics on the production server', () => {
  it('is closed by default, even on loopback without a sign-in, and says how to open it', async () => {
    const server = await start({});

    const res = await rawRequest(server.port, '/metrics');

    expect(res.status).toBe(401);
    expect(res.body).toContain('set SCP_METRICS_TOKEN');
    expect(server.lines).toContainEqual(expect.stringMatching(/GET \/metrics 401 \d+ms user=-$/));
  });

  it('shows the process and proxy metrics to the bearer token, and refuses anything else with 401', async () => {
    const server = await start({ SCP_METRICS_TOKEN: TOKEN });

    const ok = await rawRequest(server.port, '/metrics', bearer(TOKEN));
    const none = await rawRequest(server.port, '/metrics');
    const wrong = await rawRequest(server.port, '/metrics', bearer('not-the-token-at-all'));

    expect(ok.status).toBe(200);
    expect(ok.headers['content-type']).toBe('text/plain; version=0.0.4; charset=utf-8');
    expect(ok.body).toContain('\nprocess_cpu_seconds_total ');
    expect(ok.body).toContain('\nnodejs_eventloop_lag_p99_seconds ');
    expect(ok.body).toContain('scp_proxy_rejected_requests_total{reason="not_found"} 0');
    expect([none.status, wrong.status]).toEqual([401, 401]);
    expect(none.headers['www-authenticate']).toBe('Bearer realm="SCP Volumes metrics"');
    // Scrapes are not logged one by one; refusals are.
    expect(server.lines.filter((line) => line.includes('GET /metrics'))).toEqual([
      expect.stringMatching(/GET \/metrics 401 /),
      expect.stringMatching(/GET \/metrics 401 /),
    ]);
    expect(server.lines.join('\n')).not.toContain(TOKEN);
    expect(server.lines[0]).toContain('/metrics with the bearer token');
  });

  it("accepts the dashboard's Basic sign-in as well as the token", async () => {
    const server = await start({
      SCP_DASHBOARD_USERS: `alice:${await hashPassword('correct horse')}`,
      SCP_METRICS_TOKEN: TOKEN,
    });

    const signedIn = await rawRequest(server.port, '/metrics', basic('alice', 'correct horse'));
    const wrong = await rawRequest(server.port, '/metrics', basic('alice', 'wrong'));
    const token = await rawRequest(server.port, '/metrics', bearer(TOKEN));

    expect([signedIn.status, wrong.status, token.status]).toEqual([200, 401, 200]);
    expect(wrong.headers['www-authenticate']).toBe(
      'Bearer realm="SCP Volumes metrics", Basic realm="SCP Volumes", charset="UTF-8"',
    );
  });

  it('moves to SCP_METRICS_PORT when it is set: open there, 404 on the dashboard port', async () => {
    const server = await start({ SCP_METRICS_PORT: '0' });
    const internal = server.metricsPort as number;

    const there = await rawRequest(internal, '/metrics');
    const here = await rawRequest(server.port, '/metrics', bearer(TOKEN));
    const elsewhere = await rawRequest(internal, '/api/v1/volumes');

    expect(internal).not.toBe(server.port);
    expect([there.status, here.status, elsewhere.status]).toEqual([200, 404, 404]);
    expect(there.body).toContain('scp_proxy_coalesced_requests_total 0');
    await server.close();
    // Refused, or the kept-alive connection of the request before is found closed.
    await expect(rawRequest(internal, '/metrics')).rejects.toThrow(/ECONNREFUSED|socket hang up/);
  });

  it('refuses to start with a token too short to keep a secret', async () => {
    await expect(start({ SCP_METRICS_TOKEN: 'short' })).rejects.toThrow(MetricsConfigError);
  });
});
