import { describe, expect, it } from 'vitest';
import { parseVolumeList, volumeSchema, type Volume } from '../scp/volume-schema.ts';
import { serveForSuite } from '../test/node/simulator-client.ts';

const api = serveForSuite();

interface Page {
  volumes: Volume[];
}

const listAll = async (version: string | null) =>
  (await api.ok<Page>('/v1/volumes?limit=1000', { version })).volumes;

describe('Scp-Api-Version', () => {
  it('1.0: the seed model, modified_at always present (null when never modified), no newer fields', async () => {
    const volumes = await listAll('virtualserver 1.0');
    expect(volumes.every((volume) => 'modified_at' in volume)).toBe(true);
    expect(volumes.some((volume) => volume.modified_at === null)).toBe(true);
    for (const field of ['max_iops', 'max_throughput', 'zone']) {
      expect(volumes.some((volume) => field in volume)).toBe(false);
    }
  });

  it('1.1: modified_at may be absent', async () => {
    const volumes = await listAll('virtualserver 1.1');
    expect(volumes.some((volume) => !('modified_at' in volume))).toBe(true);
    expect(volumes.some((volume) => volume.modified_at === null)).toBe(false);
    expect(volumes.some((volume) => 'max_iops' in volume)).toBe(false);
  });

  it.each(['1.2', '1.3'])('%s: adds max_iops and max_throughput (nullable), not zone', async (version) => {
    const volumes = await listAll(`virtualserver ${version}`);
    expect(volumes.every((volume) => 'max_iops' in volume && 'max_throughput' in volume)).toBe(true);
    expect(volumes.some((volume) => volume.max_iops === null)).toBe(true);
    expect(volumes.some((volume) => typeof volume.max_throughput === 'number')).toBe(true);
    expect(volumes.some((volume) => 'zone' in volume)).toBe(false);
  });

  it.each(['1.4', '1.5'])('%s: adds zone', async (version) => {
    const volumes = await listAll(`virtualserver ${version}`);
    expect(
      volumes.every((volume) => typeof volume.zone === 'string' && /^kr-west1-[a-c]$/.test(volume.zone)),
    ).toBe(true);
    expect(volumes.every((volume) => 'max_iops' in volume)).toBe(true);
  });

  it('answers the newest version when the header is missing', async () => {
    expect(await listAll(null)).toEqual(await listAll('virtualserver 1.5'));
  });

  it('gates ShowVolume the same way', async () => {
    const [first] = await listAll('virtualserver 1.0');
    const id = (first as Volume).id;
    const old = await api.ok(`/v1/volumes/${id}`, { version: 'virtualserver 1.0' });
    const current = await api.ok(`/v1/volumes/${id}`, { version: 'virtualserver 1.4' });
    expect(old).not.toHaveProperty('zone');
    expect(current).toHaveProperty('zone');
  });

  it.each([
    'virtualserver 1.6',
    'virtualserver 2.0',
    'virtualserver',
    'blockstorage 1.0',
    '1.3',
    'virtualserver 1.3.1',
  ])('refuses "%s" with 400 ValidationError', async (version) => {
    const response = await api.get('/v1/volumes', { version });
    expect(response.status).toBe(400);
    expect(response.json).toMatchObject({
      errors: [{ code: 'ValidationError', status: 400, detail: expect.stringContaining('Scp-Api-Version') }],
    });
  });

  it.each(['1.0', '1.1', '1.2', '1.3', '1.4', '1.5'])(
    '%s: every volume parses with the shared schema',
    async (v) => {
      const page = await api.ok(`/v1/volumes?limit=1000&offset=234`, { version: `virtualserver ${v}` });
      const parsed = parseVolumeList(page);
      expect(parsed.invalid).toEqual([]);
      expect(parsed.volumes).toHaveLength(1000);
      expect(volumeSchema.safeParse(parsed.volumes[0]).success).toBe(true);
    },
  );
});
