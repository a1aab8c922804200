import { beforeAll, describe, expect, it } from 'vitest';
import type { Volume } from '../scp/volume-schema.ts';
import { serveForSuite } from '../test/node/simulator-client.ts';

const api = serveForSuite();
let volumes: Volume[];
beforeAll(async () => {
  volumes = (await api.ok<{ volumes: Volume[] }>('/v1/volumes?limit=1000')).volumes;
});

const notFound = (detail: string) => ({
  errors: [
    expect.objectContaining({
      code: 'NotFound',
      title: 'NotFound',
      status: 404,
      detail,
      links: [],
      response: null,
    }),
  ],
});

describe('ShowVolume and ShowServer', () => {
  it('shows one volume exactly as the list does', async () => {
    const volume = volumes[17] as Volume;
    expect(await api.ok(`/v1/volumes/${volume.id}`)).toEqual(volume);
  });

  it('answers 404 NotFound for an unknown or malformed volume id, in either language', async () => {
    const unknown = '11111111-2222-4333-8444-555555555555';
    expect((await api.get(`/v1/volumes/${unknown}`)).json).toEqual(
      notFound(`Volume ${unknown} could not be found.`),
    );
    expect((await api.get('/v1/volumes/%zz')).status).toBe(404);
    expect((await api.get(`/v1/volumes/${unknown}`, { language: 'ko-KR' })).json).toEqual(
      notFound(`볼륨 ${unknown}을(를) 찾을 수 없습니다.`),
    );
  });

  it('shows every attached server with its name, state and the volumes attached to it', async () => {
    const attached = volumes.filter((volume) => (volume.servers ?? []).length > 0);
    expect(attached.length).toBeGreaterThan(0);
    for (const volume of attached.slice(0, 40)) {
      for (const attachment of volume.servers ?? []) {
        const server = await api.ok<{ id: string; name: string; state: string; volumes: { id: string }[] }>(
          `/v1/servers/${attachment.id}`,
        );
        expect(server).toMatchObject({
          id: attachment.id,
          name: expect.any(String),
          state: expect.any(String),
        });
        expect(server.name.length).toBeGreaterThan(0);
        expect(server.volumes.map((v) => v.id)).toContain(volume.id);
      }
    }
  });

  it('answers 404 NotFound for an unknown server', async () => {
    const unknown = '99999999-2222-4333-8444-555555555555';
    expect((await api.get(`/v1/servers/${unknown}`)).json).toEqual(
      notFound(`Server ${unknown} could not be found.`),
    );
  });
});

describe('ListServers', () => {
  const badRequest = (detail: string) => ({
    errors: [expect.objectContaining({ code: 'ValidationError', status: 400, detail })],
  });
  type Listed = { id: string; name: string; state: string; created_at: string };
  const page = async (query: string) => (await api.ok<{ servers: Listed[] }>(`/v1/servers?${query}`)).servers;

  it('pages every server by marker, newest first, each item as ShowServer shows it', async () => {
    const all: Listed[] = [];
    let marker = '';
    for (;;) {
      const servers = await page(`limit=100${marker ? `&marker=${marker}` : ''}`);
      all.push(...servers);
      if (servers.length < 100) break;
      marker = servers.at(-1)?.id ?? '';
    }
    expect(all.length).toBe(api.simulator.store.servers.length);
    expect(new Set(all.map((server) => server.id)).size).toBe(all.length);
    const created = all.map((server) => Date.parse(server.created_at));
    expect(created).toEqual([...created].sort((a, b) => b - a));
    const attached = volumes.flatMap((volume) => (volume.servers ?? []).map((attachment) => attachment.id));
    expect(all.map((server) => server.id)).toEqual(expect.arrayContaining(attached));
    expect(all[3]).toEqual(await api.ok(`/v1/servers/${all[3]?.id ?? ''}`));
    expect(await page('')).toHaveLength(20);
  });

  it('filters by name and state, and sorts by name', async () => {
    const first = (await page('limit=1&sort=name:asc'))[0] as Listed;
    expect(await page(`name=${encodeURIComponent(first.name)}`)).toEqual([first]);
    const active = await page('state=ACTIVE&limit=1000');
    expect(active.length).toBeGreaterThan(0);
    expect(active.every((server) => server.state === 'ACTIVE')).toBe(true);
    const names = (await page('limit=1000&sort=name:asc')).map((server) => server.name);
    expect(names).toEqual([...names].sort());
  });

  it('answers 400 for an unknown marker, a bad limit or sort', async () => {
    const unknown = '99999999-2222-4333-8444-555555555555';
    expect((await api.get(`/v1/servers?marker=${unknown}`)).json).toEqual(
      badRequest(`Marker ${unknown} could not be found.`),
    );
    expect((await api.get('/v1/servers?limit=1001')).status).toBe(400);
    expect((await api.get('/v1/servers?limit=-1')).status).toBe(400);
    expect((await api.get('/v1/servers?sort=size')).json).toEqual(
      badRequest('Invalid sort key "size": use one of name, created_at, state.'),
    );
    expect((await api.get('/v1/servers?sort=name:up')).status).toBe(400);
  });
});

describe('unrouted paths and methods', () => {
  it.each([
    '/v1/volume',
    '/v1/volumes/',
    '/v2/volumes',
    '/v1/servers/',
    '/v1/volumes/a/b',
    '/api/v1/volumes',
  ])('answers the Spring-style 404 for %s', async (path) => {
    const response = await api.get(path);
    expect(response.status).toBe(404);
    expect(response.json).toEqual({
      timestamp: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      path,
      status: 404,
      error: 'Not Found',
      requestId: expect.any(String),
    });
  });

  it.each(['POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'])(
    'answers %s with 405 in the service envelope',
    async (method) => {
      const response = await api.get('/v1/volumes', { method, sign: { method } });
      expect(response.status).toBe(405);
      expect(response.headers.allow).toBe('GET');
      if (method !== 'HEAD') {
        expect(response.json).toMatchObject({
          errors: [{ code: 'MethodNotAllowed', status: 405, links: [] }],
        });
      }
    },
  );

  it('answers JSON with a Content-Type on every route', async () => {
    for (const path of ['/', '/v1/volumes', '/v1/nowhere', `/v1/volumes/${(volumes[0] as Volume).id}`]) {
      expect((await api.get(path)).headers['content-type']).toBe('application/json');
    }
  });
});
