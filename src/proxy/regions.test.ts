import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareSortValues, compareVolumes } from '../scp/sort-order.ts';
import { parseSortTerms } from '../scp/sort-terms.ts';
import type { Volume } from '../scp/volume-schema.ts';
import { startBuiltInSimulator } from '../simulator/built-in.ts';
import { collectingLogger, rawRequest, startServer } from '../test/node/http.ts';
import { createScpProxy, type ScpProxy } from './create-proxy.ts';
import { createUpstreamClient, type UpstreamRequest } from './upstream-client.ts';

type Listed = Volume & { region: string };
interface ListBody {
  count: number;
  volumes: Listed[];
  failures?: {
    region: string;
    status: number;
    code: string | null;
    message: string;
    requestId: string | null;
  }[];
}

async function twoRegions(env: Record<string, string> = {}) {
  const sent: UpstreamRequest[] = [];
  const client = createUpstreamClient();
  const proxy: ScpProxy = createScpProxy({
    env: { SCP_SIMULATOR_VOLUMES: '150', ...env },
    logger: collectingLogger(),
    startSimulator: startBuiltInSimulator,
    fetchUpstream: (request) => {
      sent.push(request);
      return client.fetchUpstream(request);
    },
  });
  const server = await startServer((req, res) => proxy.handle(req, res));
  const get = async (path: string) => {
    const answer = await rawRequest(server.port, path);
    return { status: answer.status, headers: answer.headers, body: JSON.parse(answer.body) as ListBody };
  };
  return {
    sent,
    get,
    close: async () => {
      client.close();
      await server.close();
      await proxy.close();
    },
  };
}

describe('the proxy with two simulated regions', () => {
  let regions: Awaited<ReturnType<typeof twoRegions>>;
  beforeAll(async () => {
    regions = await twoRegions();
  });
  afterAll(() => regions.close());

  it('lists the configured regions in /api/status', async () => {
    const status = await regions.get('/api/status');
    expect(status.body).toMatchObject({ mode: 'simulator', regions: ['kr-west1', 'kr-east1'] });
  });

  it('merges both regions exactly: count is the sum, the page is the slice of the sorted union', async () => {
    const west = await regions.get('/api/v1/volumes?region=kr-west1&limit=1000');
    const east = await regions.get('/api/v1/volumes?region=kr-east1&limit=1000');
    const all = await regions.get('/api/v1/volumes?region=all&limit=1000&sort=size:desc,name:asc');
    expect(all.body.count).toBe(west.body.count + east.body.count);
    const sort = parseSortTerms('size:desc,name:asc');
    if (!sort.ok) throw new Error('sort');
    const byTerms = compareVolumes(sort.terms);
    const union = [
      ...west.body.volumes.map((volume) => ({ ...volume, region: 'kr-west1' })),
      ...east.body.volumes.map((volume) => ({ ...volume, region: 'kr-east1' })),
    ].sort(
      (a, b) =>
        byTerms({ ...a, id: '' }, { ...b, id: '' }) ||
        compareSortValues(a.region, b.region) ||
        compareSortValues(a.id, b.id),
    );
    expect(all.body.volumes.map((volume) => [volume.region, volume.id])).toEqual(
      union.map((volume) => [volume.region, volume.id]),
    );
    const page = await regions.get('/api/v1/volumes?region=all&limit=7&offset=123&sort=size:desc,name:asc');
    expect(page.body.volumes.map((volume) => volume.id)).toEqual(
      union.slice(123, 130).map((volume) => volume.id),
    );
  });

  it('signs for each region’s own host and never sends region or state_group upstream', async () => {
    regions.sent.length = 0;
    const answer = await regions.get('/api/v1/volumes?region=all&state_group=errors&limit=5');
    expect(answer.status).toBe(200);
    const hosts = new Set(regions.sent.map((request) => request.url.host));
    expect(hosts.size).toBe(2);
    for (const request of regions.sent) {
      expect(request.url.search).not.toMatch(/region|state_group/);
      expect(request.url.search).toMatch(/state=error/);
    }
    expect(answer.body.volumes.every((volume) => volume.state.startsWith('error'))).toBe(true);
  });

  it('opens a volume of the second region where it lives, and refuses an unknown region', async () => {
    const east = await regions.get('/api/v1/volumes?region=kr-east1&limit=1');
    const id = east.body.volumes[0]?.id ?? '';
    expect((await regions.get(`/api/v1/volumes/${id}?region=kr-east1`)).status).toBe(200);
    expect((await regions.get(`/api/v1/volumes/${id}?region=kr-west1`)).status).toBe(404);
    const unknown = await regions.get('/api/v1/volumes?region=kr-north9');
    expect(unknown.status).toBe(400);
  });

  it('lists one region’s servers by marker, and asks which region when several are configured', async () => {
    const east = await regions.get('/api/v1/servers?region=kr-east1&limit=2');
    expect(east.status).toBe(200);
    const servers = (east.body as unknown as { servers: { id: string }[] }).servers;
    expect(servers).toHaveLength(2);
    const next = await regions.get(`/api/v1/servers?region=kr-east1&limit=1&marker=${servers[0]?.id ?? ''}`);
    expect((next.body as unknown as { servers: { id: string }[] }).servers.map((s) => s.id)).toEqual([
      servers[1]?.id,
    ]);
    for (const path of ['/api/v1/servers', '/api/v1/servers?region=all']) {
      const refused = await regions.get(path);
      expect(refused.status).toBe(400);
      expect(JSON.stringify(refused.body)).toContain('region=kr-west1 or region=kr-east1');
    }
  });

  it('answers quotas, volume types and snapshot lists per region, and asks which one when not named', async () => {
    for (const region of ['kr-west1', 'kr-east1']) {
      const quota = await regions.get(`/api/v1/volumes/quota-sets?region=${region}`);
      const volumes = await regions.get(`/api/v1/volumes?region=${region}&limit=0`);
      expect(quota.status).toBe(200);
      expect(quota.body).toMatchObject({ volumes: { in_use: volumes.body.count } });
      expect((await regions.get(`/api/v1/volume-types?region=${region}`)).status).toBe(200);
      expect((await regions.get(`/api/v1/volume-types/default?region=${region}`)).status).toBe(200);
    }
    for (const path of [
      '/api/v1/volumes/quota-sets',
      '/api/v1/volumes/quota-sets?region=all',
      '/api/v1/volume-types',
      '/api/v1/volume-types/default',
      '/api/v1/snapshots?volume_id=x',
    ]) {
      const refused = await regions.get(path);
      expect(refused.status, path).toBe(400);
      expect(JSON.stringify(refused.body), path).toContain('region=kr-west1 or region=kr-east1');
    }
    regions.sent.length = 0;
    await regions.get('/api/v1/volumes?region=kr-east1&limit=1');
    const eastHost = regions.sent[0]?.url.host;
    const east = await regions.get('/api/v1/snapshots?region=kr-east1&limit=1&with_count=true');
    expect(regions.sent.map((request) => request.url.host)).toEqual([eastHost, eastHost]);
    const snapshot = (east.body as unknown as { snapshots: { id: string; volume_id: string }[] })
      .snapshots[0];
    const own = await regions.get(`/api/v1/snapshots?region=kr-east1&volume_id=${snapshot?.volume_id ?? ''}`);
    expect(JSON.stringify(own.body)).toContain(snapshot?.id ?? 'none');
    const found = await regions.get(`/api/v1/snapshots/${snapshot?.id ?? ''}`);
    expect(found.body).toMatchObject({ id: snapshot?.id, region: 'kr-east1' });
  });

  it('finds a volume without its region in whichever region has it, and names that region', async () => {
    const east = await regions.get('/api/v1/volumes?region=kr-east1&limit=1');
    const id = east.body.volumes[0]?.id ?? '';
    const found = await regions.get(`/api/v1/volumes/${id}`);
    expect(found.status).toBe(200);
    expect(found.body).toMatchObject({ id, region: 'kr-east1' });
    expect((await regions.get('/api/v1/volumes/vol-in-no-region')).status).toBe(404);
    expect((await regions.get(`/api/v1/volumes/${id}?region=all`)).status).toBe(400);
  });
});

describe('one region failing', () => {
  let regions: Awaited<ReturnType<typeof twoRegions>>;
  beforeAll(async () => {
    regions = await twoRegions({ SCP_SIMULATOR_FAIL_REGIONS: 'kr-east1' });
  });
  afterAll(() => regions.close());

  it('answers the other region’s rows with the failure named: a partial list', async () => {
    const west = await regions.get('/api/v1/volumes?region=kr-west1&limit=3');
    const all = await regions.get('/api/v1/volumes?limit=3');
    expect(all.status).toBe(200);
    expect(all.body.count).toBe(west.body.count);
    expect(all.body.volumes.map((volume) => volume.id)).toEqual(west.body.volumes.map((volume) => volume.id));
    expect(all.body.failures).toEqual([
      {
        region: 'kr-east1',
        status: 500,
        code: 'ContactAdminForAssistance',
        message: expect.any(String),
        requestId: expect.stringMatching(/^req-/),
      },
    ]);
    const east = await regions.get('/api/v1/volumes?region=kr-east1');
    expect(east.status).toBe(500);
  });

  it('answers a volume it cannot find with the failing region’s error, naming that region, not a 404', async () => {
    const west = await regions.get('/api/v1/volumes?region=kr-west1&limit=1');
    const id = west.body.volumes[0]?.id ?? '';
    const found = await regions.get(`/api/v1/volumes/${id}`);
    expect(found.status).toBe(200);
    expect(found.headers['x-scp-region']).toBeUndefined();
    const missing = await regions.get('/api/v1/volumes/vol-in-no-region');
    expect(missing.status).toBe(500);
    // The volume may be in the region that failed: the answer says which one that is.
    expect(missing.headers['x-scp-region']).toBe('kr-east1');
  });
});
