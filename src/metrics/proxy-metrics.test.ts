import { Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { createProxyMetrics } from './proxy-metrics.ts';

/** The exposition lines of one metric family, without HELP and TYPE. */
async function samples(registry: Registry, name: string): Promise<string[]> {
  const text = await registry.getSingleMetricAsString(name);
  return text.split('\n').filter((line) => line !== '' && !line.startsWith('#'));
}

describe('the proxy metrics', () => {
  it('counts upstream requests by region, endpoint and outcome, and times them', async () => {
    const registry = new Registry();
    const observer = createProxyMetrics(registry);

    observer.upstreamRequest('kr-west1', 'listVolumes', 200, 0.04);
    observer.upstreamRequest('kr-west1', 'listVolumes', 200, 0.2);
    observer.upstreamRequest('kr-east1', 'showVolume', 'timeout', 15);

    expect(await samples(registry, 'scp_upstream_requests_total')).toEqual([
      'scp_upstream_requests_total{region="kr-west1",endpoint="listVolumes",status="200"} 2',
      'scp_upstream_requests_total{region="kr-east1",endpoint="showVolume",status="timeout"} 1',
    ]);
    const duration = await samples(registry, 'scp_upstream_request_duration_seconds');
    expect(duration).toContain(
      'scp_upstream_request_duration_seconds_bucket{le="0.05",region="kr-west1",endpoint="listVolumes"} 1',
    );
    expect(duration).toContain(
      'scp_upstream_request_duration_seconds_bucket{le="0.25",region="kr-west1",endpoint="listVolumes"} 2',
    );
    expect(duration).toContain(
      'scp_upstream_request_duration_seconds_sum{region="kr-west1",endpoint="listVolumes"} 0.24000000000000002',
    );
    expect(duration).toContain(
      'scp_upstream_request_duration_seconds_bucket{le="10",region="kr-east1",endpoint="showVolume"} 0',
    );
    expect(duration).toContain(
      'scp_upstream_request_duration_seconds_bucket{le="15",region="kr-east1",endpoint="showVolume"} 1',
    );
  });

  it('counts coalesced requests, and refusals by reason with every reason present from the start', async () => {
    const registry = new Registry();
    const observer = createProxyMetrics(registry);

    observer.coalesced();
    observer.coalesced();
    observer.rejected('cross_site');

    expect(await samples(registry, 'scp_proxy_coalesced_requests_total')).toEqual([
      'scp_proxy_coalesced_requests_total 2',
    ]);
    expect(await samples(registry, 'scp_proxy_rejected_requests_total')).toEqual([
      'scp_proxy_rejected_requests_total{reason="not_found"} 0',
      'scp_proxy_rejected_requests_total{reason="method_not_allowed"} 0',
      'scp_proxy_rejected_requests_total{reason="bad_request"} 0',
      'scp_proxy_rejected_requests_total{reason="cross_site"} 1',
      'scp_proxy_rejected_requests_total{reason="not_configured"} 0',
    ]);
  });
});
