import { describe, expect, it } from 'vitest';
import { proxyPath, SERVER_PATH, SERVERS_PATH, VOLUME_PATH, VOLUMES_PATH } from './api-paths.ts';
import { VOLUME_QUOTA_SET_PATH } from './storage-paths.ts';
import { ENDPOINT_NAMES, ENDPOINTS, endpointPath, isValidId, matchEndpoint } from './endpoints.ts';
import { SNAPSHOT_LIST_PARAM_NAMES, VOLUME_TYPE_LIST_PARAM_NAMES } from './snapshot-list-query.ts';

describe('the route table', () => {
  it('matches each endpoint by its path, returning the raw id segment', () => {
    expect(matchEndpoint('/v1/volumes')).toMatchObject({ name: 'listVolumes' });
    expect(matchEndpoint('/v1/volumes/abc-1')).toMatchObject({ name: 'showVolume', id: 'abc-1' });
    expect(matchEndpoint('/v1/servers')).toMatchObject({ name: 'listServers' });
    expect(matchEndpoint('/v1/servers/a%20b')).toMatchObject({ name: 'showServer', id: 'a%20b' });
  });

  it('lets a literal segment win over {id}, and {id} take any other segment, both ways', () => {
    expect(matchEndpoint('/v1/volumes/quota-sets')).toMatchObject({ name: 'showVolumeQuotaSet' });
    expect(matchEndpoint('/v1/volumes/quota-sets')?.id).toBeUndefined();
    expect(matchEndpoint('/v1/volumes/quota-set')).toMatchObject({ name: 'showVolume', id: 'quota-set' });
    expect(matchEndpoint('/v1/volumes/Quota-sets')).toMatchObject({ name: 'showVolume', id: 'Quota-sets' });
    expect(matchEndpoint('/v1/volume-types/default')).toMatchObject({ name: 'showDefaultVolumeType' });
    expect(matchEndpoint('/v1/volume-types/default-2')).toMatchObject({
      name: 'showVolumeType',
      id: 'default-2',
    });
    expect(matchEndpoint('/v1/volume-types')).toMatchObject({ name: 'listVolumeTypes' });
    expect(matchEndpoint('/v1/snapshots')).toMatchObject({ name: 'listSnapshots' });
    expect(matchEndpoint('/v1/snapshots/s-1')).toMatchObject({ name: 'showSnapshot', id: 's-1' });
  });

  it('forwards the snapshot and volume type lists’ documented parameters, and none to the rest', () => {
    // The lists themselves are written once, against the OpenAPI file, in snapshot-list-query.ts.
    expect(ENDPOINTS.listSnapshots.query).toBe(SNAPSHOT_LIST_PARAM_NAMES);
    expect(ENDPOINTS.listSnapshots.query).not.toContain('sort');
    expect(ENDPOINTS.listVolumeTypes.query).toBe(VOLUME_TYPE_LIST_PARAM_NAMES);
    for (const name of [
      'showSnapshot',
      'showVolumeQuotaSet',
      'showDefaultVolumeType',
      'showVolumeType',
    ] as const)
      expect(ENDPOINTS[name].query).toEqual([]);
  });

  it.each(['/', '/v1', '/v1/volumes/', '/v1/volumes//x', '//v1/volumes', '/v1/volumes/x/y', '/v1/%76olumes'])(
    'matches nothing for %s',
    (path) => {
      expect(matchEndpoint(path)).toBeNull();
    },
  );

  it('builds every path back from its name, with the id encoded once', () => {
    for (const name of ENDPOINT_NAMES) {
      expect(matchEndpoint(ENDPOINTS[name].path.replace('{id}', 'x'))?.name).toBe(name);
    }
    expect(endpointPath('showVolume', { id: 'a b/c' })).toBe('/v1/volumes/a%20b%2Fc');
    expect(proxyPath(VOLUMES_PATH)).toBe('/api/v1/volumes');
    expect(proxyPath(SERVERS_PATH)).toBe('/api/v1/servers');
    expect(proxyPath(SERVER_PATH, { id: 'srv-1' })).toBe('/api/v1/servers/srv-1');
  });

  it('forwards ListServers’ documented parameters, marker paging and no offset', () => {
    const query: readonly string[] = ENDPOINTS.listServers.query;
    expect(query).toEqual(expect.arrayContaining(['name', 'state', 'vpc_id', 'limit', 'marker', 'sort']));
    expect(query).not.toContain('offset');
    expect(query).not.toContain('with_count');
    expect(new Set(query).size).toBe(query.length);
  });

  it('fills an id into a path once, and only where the path has {id}', () => {
    expect(proxyPath(VOLUME_PATH, { id: 'a b/c' })).toBe('/api/v1/volumes/a%20b%2Fc');
    expect(proxyPath(VOLUME_QUOTA_SET_PATH)).toBe('/api/v1/volumes/quota-sets');
    expect(endpointPath('showVolumeType', { id: 'default' })).toBe('/v1/volume-types/default');
  });

  it('accepts ids of letters, digits and "-" up to 128 characters only', () => {
    expect(isValidId('3f2a9c1e-0b7d-4e21-9a55-0c1d2e3f4a5b')).toBe(true);
    expect(isValidId('a'.repeat(128))).toBe(true);
    for (const id of ['', 'a'.repeat(129), '..', 'a.b', 'a_b', 'a%2fb', 'a/b'])
      expect(isValidId(id)).toBe(false);
  });
});
