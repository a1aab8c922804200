import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { ENDPOINT_NAMES, type EndpointName } from '../scp/endpoints.ts';
import { type Snapshot, snapshotSchemas } from '../scp/snapshot-schema.ts';
import { volumeQuotaSetSchemas } from '../scp/volume-quota-schema.ts';
import { volumeTypeListSchema, volumeTypeSchema } from '../scp/volume-type-schema.ts';
import { serveForSuite, type TestSimulator } from '../test/node/simulator-client.ts';

/**
 * The simulator's answers against the schemas written from virtualserver's OpenAPI file
 * (src/scp/*-schema.ts): every required field present, every type and nullability as
 * documented, and no key the file does not document (the schemas themselves keep unknown keys,
 * so a later SCP version does not break the browser; the simulator has no excuse to send one).
 */
type Schema = z.ZodMiniType;

// OpenAPI's `integer` read exactly here (the browser reads numbers: see snapshotSchemas).
const snapshots = snapshotSchemas(z.int);
const { quotaSet } = volumeQuotaSetSchemas(z.int);

/** The response schema of each endpoint held to the file, or why it is not (yet). */
const CONTRACT: Record<EndpointName, Schema | string> = {
  listSnapshots: snapshots.list,
  showSnapshot: snapshots.snapshot,
  showVolumeQuotaSet: quotaSet,
  listVolumeTypes: volumeTypeListSchema,
  showDefaultVolumeType: volumeTypeSchema,
  showVolumeType: volumeTypeSchema,
  // The file is version 1.0; the simulator serves 1.0 to 1.5 and follows bodies recorded from
  // the live API where they differ from it (volume_image_metadata: null, modified_at left out
  // from 1.1): src/scp/volume-schema.ts is that tolerant contract, tested in list-volumes.test.ts.
  listVolumes: 'versioned model, see volume-schema.ts',
  showVolume: 'versioned model, see volume-schema.ts',
  listServers: 'only the fields the dashboard reads are modelled (server-list.ts)',
  showServer: 'only the fields the dashboard reads are modelled (volume-schema.ts)',
};

interface Def {
  type: string;
  innerType?: Schema;
  element?: Schema;
  shape?: Record<string, Schema>;
}

const defOf = (schema: Schema): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Paths of keys in `value` that `schema` does not name. */
function undocumentedKeys(schema: Schema, value: unknown, path: string): string[] {
  const def = defOf(schema);
  if (value === null || value === undefined) return [];
  if ((def.type === 'optional' || def.type === 'nullable') && def.innerType)
    return undocumentedKeys(def.innerType, value, path);
  if (def.type === 'array' && def.element && Array.isArray(value)) {
    const element = def.element;
    return value.flatMap((item, index) => undocumentedKeys(element, item, `${path}[${index}]`));
  }
  // An object the file leaves open (`type: object` alone, like `metadata`) takes any key.
  if (def.type === 'object' && def.shape && Object.keys(def.shape).length > 0 && typeof value === 'object') {
    const shape = def.shape;
    return Object.entries(value).flatMap(([key, item]) => {
      const field = shape[key];
      return field ? undocumentedKeys(field, item, `${path}.${key}`) : [`${path}.${key}`];
    });
  }
  return [];
}

/** One line per problem, so a failure names the path and the field. */
function problems(endpoint: EndpointName, path: string, body: unknown): string[] {
  const schema = CONTRACT[endpoint];
  if (typeof schema === 'string') return [];
  const parsed = schema.safeParse(body);
  const invalid = parsed.success
    ? []
    : parsed.error.issues.map((issue) => `${path}: ${issue.path.join('.')}: ${issue.message}`);
  return [...invalid, ...undocumentedKeys(schema, body, '').map((key) => `${path}: undocumented ${key}`)];
}

const west = serveForSuite();
const east = serveForSuite({ region: 'kr-east1', volumeCount: 300 });

/** Every snapshot of the region, walked by marker: the answers checked and the items kept. */
async function walkSnapshots(api: TestSimulator, checked: string[]): Promise<Snapshot[]> {
  const all: Snapshot[] = [];
  let marker = '';
  for (;;) {
    const path = `/v1/snapshots?limit=250&with_count=true${marker ? `&marker=${marker}` : ''}`;
    const body = await api.ok<{ snapshots: Snapshot[] }>(path);
    checked.push(...problems('listSnapshots', path, body));
    all.push(...body.snapshots);
    if (body.snapshots.length < 250) return all;
    marker = body.snapshots.at(-1)?.id ?? '';
  }
}

describe('the simulator against the OpenAPI file’s schemas', () => {
  it('holds every endpoint of the route table to a schema, or says why not', () => {
    expect(Object.keys(CONTRACT).sort()).toEqual([...ENDPOINT_NAMES].sort());
  });

  it.each(['kr-west1', 'kr-east1'])(
    'answers every snapshot, list and item, as documented (%s)',
    async (region) => {
      const api = region === 'kr-west1' ? west : east;
      const found: string[] = [];
      const all = await walkSnapshots(api, found);
      expect(all.length).toBeGreaterThan(50);
      for (const query of ['', 'with_count=false', `volume_id=${all[0]?.volume_id ?? ''}&limit=3&offset=1`]) {
        const path = `/v1/snapshots?${query}`;
        found.push(...problems('listSnapshots', path, await api.ok(path)));
      }
      // Every status and every shape of item (null name, empty metadata, …) appears in the walk.
      for (const snapshot of all.filter((_, index) => index % 7 === 0)) {
        const path = `/v1/snapshots/${snapshot.id}`;
        found.push(...problems('showSnapshot', path, await api.ok(path)));
      }
      expect(found).toEqual([]);
    },
  );

  it('answers the quota set exactly as documented, with no other key', async () => {
    for (const api of [west, east]) {
      const body = await api.ok('/v1/volumes/quota-sets');
      expect(problems('showVolumeQuotaSet', '/v1/volumes/quota-sets', body)).toEqual([]);
      expect(problems('showVolumeQuotaSet', 'x', { ...body, extra: 1 })).toEqual(['x: undocumented .extra']);
    }
  });

  it('answers every volume type, listed, default and by id, as documented', async () => {
    const found: string[] = [];
    const list = await west.ok<{ volume_types: { id: string }[] }>('/v1/volume-types');
    found.push(...problems('listVolumeTypes', '/v1/volume-types', list));
    for (const path of [
      '/v1/volume-types?limit=2&offset=1&sort=name:desc',
      '/v1/volume-types/default',
      ...list.volume_types.map((type) => `/v1/volume-types/${type.id}`),
    ]) {
      const endpoint = path.endsWith('default')
        ? 'showDefaultVolumeType'
        : path.includes('?')
          ? 'listVolumeTypes'
          : 'showVolumeType';
      found.push(...problems(endpoint, path, await west.ok(path)));
    }
    expect(found).toEqual([]);
  });

  it('would catch a missing field, a wrong type, a null where none is allowed and an extra key', () => {
    const snapshot = { id: 's', volume_id: 'v', size: 8, created_at: '2026-01-01T00:00:00Z' };
    expect(problems('showSnapshot', 'x', snapshot)).toEqual([]);
    expect(problems('showSnapshot', 'x', { ...snapshot, size: 8.5 })).toHaveLength(1);
    expect(problems('showSnapshot', 'x', { ...snapshot, volume_id: null })).toHaveLength(1);
    expect(problems('showSnapshot', 'x', { ...snapshot, created_at: undefined })).toHaveLength(1);
    expect(problems('showSnapshot', 'x', { ...snapshot, name: null, status: null })).toEqual([]);
    expect(problems('showSnapshot', 'x', { ...snapshot, bootable: true })).toEqual([
      'x: undocumented .bootable',
    ]);
    expect(
      problems('showVolumeType', 'x', { id: 't', extra_specs: { multiattach: '<is> True', qos: 1 } }),
    ).toEqual(['x: undocumented .extra_specs.qos']);
    expect(problems('showVolumeType', 'x', { id: 't' })).toHaveLength(1);
  });
});
