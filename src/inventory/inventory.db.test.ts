import { dirname } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  changesPageSchema,
  inventoryErrorSchema,
  inventoryStatusSchema,
  searchResultSchema,
  summarySchema,
  trendsSchema,
  volumeHistorySchema,
  type InventoryStatus,
} from '../scp/inventory-schema.ts';
import type { Volume } from '../scp/volume-schema.ts';
import { SAFETY_HEADERS } from '../proxy/handler.ts';
import { createTestDatabase, ENGINE_KINDS, type TestDatabase } from '../test/node/inventory-engines.ts';
import { startInventoryServer, type InventoryServer } from '../test/node/inventory-server.ts';

const DAY = 86_400_000;

/** Polls the server's own status until `done` holds: a bound, not a wait. */
async function statusWhen(server: InventoryServer, done: (status: InventoryStatus) => boolean) {
  const bound = Date.now() + 60_000;
  for (;;) {
    const answer = await server.call('/api/inventory/status');
    if (answer.status === 200) {
      const status = inventoryStatusSchema.parse(answer.body);
      if (done(status)) return status;
    }
    if (Date.now() > bound) throw new Error(`status never got there: ${JSON.stringify(answer.body)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe.each(ENGINE_KINDS)('the inventory on the simulator, %s', (kind) => {
  let database: TestDatabase;
  let server: InventoryServer;
  let status: InventoryStatus;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    const where =
      database.location.engine === 'sqlite'
        ? { SCP_DATA_DIR: dirname(database.location.path) }
        : { DATABASE_URL: database.location.url };
    server = await startInventoryServer({ SCP_SIMULATOR_VOLUMES: '300', ...where });
    status = await statusWhen(
      server,
      (each) => each.last_runs[0]?.status === 'complete' && each.collector.state === 'idle',
    );
  }, 90_000);
  afterAll(async () => {
    await server?.close();
    await database?.remove();
  });

  it('starts with 30 days of simulated history, and a live run that finds nothing new', () => {
    expect(status.engine).toBe(kind);
    expect(status.history.simulated).toBe(true);
    const start = Date.parse(status.history.start ?? '');
    const until = Date.parse(status.history.simulated_until ?? '');
    expect(until - start).toBe(30 * DAY);
    expect(status.last_runs).toHaveLength(1);
    expect(status.last_runs[0]).toMatchObject({ trigger: 'schedule', simulated: false, status: 'complete' });
    expect(
      status.last_runs[0]?.regions.map((region) => [region.region, region.changes, region.volumes]),
    ).toEqual([
      ['kr-east1', 0, 300],
      ['kr-west1', 0, 300],
    ]);
    expect(Date.parse(status.next_run_at ?? '')).toBeGreaterThan(
      Date.parse(status.last_runs[0]?.started_at ?? ''),
    );
  });

  it('lists the simulated changes newest first, each labelled simulated', async () => {
    const page = changesPageSchema.parse((await server.call('/api/inventory/changes?limit=1000')).body);
    expect(page.changes.length).toBeGreaterThan(20);
    expect(page.changes.every((change) => change.simulated)).toBe(true);
    const kinds = new Set(page.changes.map((change) => change.kind));
    for (const kind of ['created', 'deleted', 'attached', 'detached', 'state_changed', 'snapshot_created'])
      expect(kinds).toContain(kind);
    const times = page.changes.map((change) => Date.parse(change.at));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it.each([
    ['volume_type=SSD&encrypted=true', { volume_type: ['SSD'], encrypted: [true] }],
    [
      'volume_type=SSD_KMS,HDD_KMS&attached=false&state=available',
      {
        volume_type: ['SSD_KMS', 'HDD_KMS'],
        attached: [false],
        state: ['available'],
      },
    ],
  ])('counts search facets for %s exactly as a full walk of /api/v1/volumes does', async (query, filters) => {
    const walked: (Volume & { region: string })[] = [];
    for (const region of ['kr-west1', 'kr-east1']) {
      const list = (await server.call(`/api/v1/volumes?region=${region}&limit=1000`)).body as {
        volumes: Volume[];
      };
      walked.push(...list.volumes.map((volume) => ({ ...volume, region })));
    }
    const facetOf = {
      volume_type: (v: Volume & { region: string }) => v.volume_type ?? null,
      encrypted: (v: Volume) => v.encrypted === true,
      state: (v: Volume) => v.state,
      region: (v: Volume & { region: string }) => v.region,
      multiattach: (v: Volume) => v.multiattach === true,
      attached: (v: Volume) => (v.servers ?? []).length > 0,
    };
    type Facet = keyof typeof facetOf;
    const wanted: Partial<Record<Facet, unknown[]>> = filters;
    // Each facet counts with every other filter and not its own.
    const matches = (v: Volume & { region: string }, except?: Facet) =>
      Object.entries(wanted).every(
        ([facet, values]) => facet === except || values.includes(facetOf[facet as Facet](v)),
      );
    const result = searchResultSchema.parse(
      (await server.call(`/api/inventory/search?${query}&limit=1000`)).body,
    );
    expect(result.total).toBe(walked.filter((v) => matches(v)).length);
    for (const [facet, read] of Object.entries(facetOf)) {
      const expected = new Map<unknown, number>();
      for (const v of walked)
        if (matches(v, facet as Facet)) expected.set(read(v), (expected.get(read(v)) ?? 0) + 1);
      const got = new Map(result.facets[facet as Facet].map((entry) => [entry.value, entry.count]));
      expect(got, facet).toEqual(expected);
      if (facet in wanted) expect(got.size, facet).toBeGreaterThan(0);
    }
    expect(result.volumes.map((volume) => volume.id).sort()).toEqual(
      walked
        .filter((v) => matches(v))
        .map((v) => v.id)
        .sort(),
    );
    expect(result.facets.volume_type.length).toBeGreaterThan(1);
    expect(result.regions.map((region) => region.region)).toEqual(['kr-east1', 'kr-west1']);
    const matching = walked.filter((v) => matches(v));
    const summed = summarySchema.parse((await server.call(`/api/inventory/summary?${query}`)).body);
    expect(summed.total).toEqual({
      count: matching.length,
      size_gb: matching.reduce((sum, v) => sum + v.size, 0),
    });
    expect(summed.largest.map((volume) => volume.size_gb)).toEqual(
      matching
        .map((v) => v.size)
        .sort((a, b) => b - a)
        .slice(0, 10),
    );
  });

  it('answers a deleted volume’s history, and trends over the month by state', async () => {
    const deleted = changesPageSchema.parse(
      (await server.call('/api/inventory/changes?kind=deleted&limit=1')).body,
    ).changes[0];
    const history = volumeHistorySchema.parse(
      (await server.call(`/api/inventory/volumes/${deleted?.volume_id ?? ''}/history`)).body,
    );
    expect(history.exists).toBe(false);
    expect(history.events.map((event) => event.kind)).toContain('deleted');
    expect(history.versions[0]?.valid_to).toBe(deleted?.at);

    const trends = trendsSchema.parse(
      (await server.call(`/api/inventory/trends?metric=count&by=state&step=day&from=${status.history.start}`))
        .body,
    );
    expect(trends.times.length).toBe(31);
    const total = (i: number) => trends.series.reduce((sum, series) => sum + (series.values[i] ?? 0), 0);
    expect(total(trends.times.length - 1)).toBe(600);
  });

  it('records each volume’s snapshots as ListSnapshots lists them, and their GB over time', async () => {
    let listed = 0;
    const perVolume = new Map<string, number>();
    for (const region of ['kr-west1', 'kr-east1']) {
      const list = (await server.call(`/api/v1/snapshots?region=${region}&limit=1000`)).body as {
        snapshots: { volume_id: string; size: number }[];
      };
      for (const snapshot of list.snapshots) {
        listed += snapshot.size;
        perVolume.set(snapshot.volume_id, (perVolume.get(snapshot.volume_id) ?? 0) + snapshot.size);
      }
    }
    const trends = trendsSchema.parse(
      (
        await server.call(
          `/api/inventory/trends?metric=snapshot_gb&by=region&step=day&from=${status.history.start}`,
        )
      ).body,
    );
    const last = trends.series.reduce((sum, series) => sum + (series.values.at(-1) ?? 0), 0);
    expect(last).toBe(listed);
    // Fewer at the start of the month: the daily series grew since.
    const first = trends.series.reduce((sum, series) => sum + (series.values[0] ?? 0), 0);
    expect(first).toBeGreaterThan(0);
    expect(first).not.toBe(last);
    const [volumeId, gb] = [...perVolume].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
    const found = searchResultSchema.parse((await server.call(`/api/inventory/search?q=${volumeId}`)).body);
    expect(found.volumes[0]).toMatchObject({ id: volumeId, snapshot_gb: gb });
  });

  it('refuses bad parameters with a 400 naming each, behind the proxy’s safety headers', async () => {
    for (const [path, parameter] of [
      ['/api/inventory/search?limit=0', 'limit'],
      ['/api/inventory/search?sort=size', 'sort'],
      ['/api/inventory/search?size_gb_gte=10&size_gb_lte=5', 'size_gb_gte'],
      ['/api/inventory/changes?cursor=abc', 'cursor'],
      ['/api/inventory/changes?since=yesterday', 'since'],
      ['/api/inventory/trends?step=hour&from=2020-01-01', 'step'],
      ['/api/inventory/trends?metric=iops', 'metric'],
      ['/api/inventory/status?verbose=1', 'verbose'],
      ['/api/inventory/summary?sort=name', 'sort'],
      ['/api/inventory/volumes/a.b/history', 'id'],
    ] as const) {
      const answer = await server.call(path);
      expect(answer.status, path).toBe(400);
      expect(inventoryErrorSchema.parse(answer.body).inventory_error).toMatchObject({
        code: 'BadRequest',
        parameter,
      });
      for (const [name, value] of Object.entries(SAFETY_HEADERS))
        expect(answer.headers[name.toLowerCase()]).toBe(value);
    }
    expect((await server.call('/api/inventory/nowhere')).status).toBe(404);
    expect((await server.call('/api/inventory/volumes/vol-unknown/history')).status).toBe(404);
    const post = await server.call('/api/inventory/search', 'POST');
    expect([post.status, post.headers.allow]).toEqual([405, 'GET']);
  });

  it('starts a run when asked: 202 with its id, 409 while it runs, 429 within a minute', async () => {
    const [first, second] = await Promise.all([
      server.call('/api/inventory/runs', 'POST'),
      server.call('/api/inventory/runs', 'POST'),
    ]);
    const statuses = [first.status, second.status].sort();
    expect(statuses[0]).toBe(202);
    expect([409, 429]).toContain(statuses[1]);
    const accepted = (first.status === 202 ? first : second).body as { run_id: number };
    const done = await statusWhen(
      server,
      (each) => each.last_runs[0]?.id === accepted.run_id && each.last_runs[0].status !== 'running',
    );
    expect(done.last_runs[0]).toMatchObject({ trigger: 'manual', status: 'complete' });
    const again = await server.call('/api/inventory/runs', 'POST');
    expect(again.status).toBe(429);
    expect(Number(again.headers['retry-after'])).toBeGreaterThan(0);
  });
});
