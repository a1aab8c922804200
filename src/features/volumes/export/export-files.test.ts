import { describe, expect, it } from 'vitest';
import type { RegionFailure } from '../../../scp/region-failure.ts';
import type { Volume } from '../../../scp/volume-schema.ts';
import type { AccountRead } from '../all-volumes/read-account.ts';
import type { ReadScope } from '../all-volumes/read-scope.ts';
import { selectMatching } from '../all-volumes/select-matching.ts';
import { buildExport, exportFileName } from './build-export.ts';
import { toJson } from './to-json.ts';

const valid = {
  id: 'vol-1',
  name: 'gitlab-data',
  state: 'available',
  size: 1,
  bootable: false,
  created_at: '2026-01-01T00:00:00Z',
  future_field: 'kept',
};
const broken = { id: 'vol-2', name: 'no size' };
const invalid = { invalid: true as const, id: 'vol-2', raw: broken, problem: 'size: required' };
const read: AccountRead = {
  total: 2,
  raw: [valid, broken],
  items: [valid as Volume, invalid],
  volumes: [valid as Volume],
  invalid: [invalid],
  regions: ['kr-west1'],
  missing: [],
  readAt: 0,
};
const everything: ReadScope = { filters: {}, sort: undefined, term: null, stateFilter: null };
const at = new Date(2026, 0, 2, 3, 4, 5);
const down: RegionFailure = {
  region: 'kr-east1',
  status: 500,
  code: 'ContactAdminForAssistance',
  message: 'Internal error',
  requestId: 'req-9',
};

describe('exportFileName', () => {
  it('stamps the local date and time', () => {
    expect(exportFileName('csv', at)).toBe('scp-volumes-20260102-030405.csv');
    expect(exportFileName('json', new Date(2026, 11, 31, 23, 59, 59))).toBe(
      'scp-volumes-20261231-235959.json',
    );
  });

  it('names the regions a partial file is missing', () => {
    expect(exportFileName('csv', at, [down])).toBe('scp-volumes-20260102-030405-missing-kr-east1.csv');
  });
});

describe('toJson', () => {
  it('writes the filters, the regions, that it is complete, the count and the items as received', () => {
    const facts = { filters: { state: 'available', sort: 'name:asc' }, regions: ['kr-west1'], missing: [] };
    const text = toJson(facts, read.raw, new Date('2026-01-02T03:04:05Z'));

    expect(JSON.parse(text)).toEqual({
      exported_at: '2026-01-02T03:04:05.000Z',
      filters: { state: 'available', sort: 'name:asc' },
      regions: ['kr-west1'],
      complete: true,
      count: 2,
      volumes: [valid, broken],
    });
    expect(text).toContain('\n  "count": 2,');
  });

  it('says a partial file is partial, naming each missing region with its status and request id', () => {
    const facts = { filters: {}, regions: ['kr-west1', 'kr-east1'], missing: [down] };
    expect(JSON.parse(toJson(facts, [valid], at))).toMatchObject({
      complete: false,
      missing_regions: [
        {
          region: 'kr-east1',
          status: 500,
          code: 'ContactAdminForAssistance',
          message: 'Internal error',
          request_id: 'req-9',
        },
      ],
      count: 1,
    });
  });
});

describe('buildExport', () => {
  it('skips items that failed validation in CSV and says how many', () => {
    const file = buildExport('csv', everything, selectMatching(read, everything, null), at);

    expect(file).toMatchObject({ fileName: 'scp-volumes-20260102-030405.csv', count: 1, invalid: 1 });
    expect(file.text.trimEnd().split('\r\n')).toHaveLength(2);
  });

  it('keeps items that failed validation in JSON', () => {
    const file = buildExport('json', everything, selectMatching(read, everything, null), at);

    expect(file).toMatchObject({ fileName: 'scp-volumes-20260102-030405.json', count: 2, invalid: 1 });
    expect(JSON.parse(file.text).volumes).toEqual([valid, broken]);
  });

  it('writes what a contains search shows, and says so in the filters', () => {
    const scope: ReadScope = {
      filters: {},
      sort: 'size:desc',
      term: 'GITL',
      stateFilter: { state: 'available' },
    };
    const file = buildExport('json', scope, selectMatching(read, scope, null), at);

    expect(JSON.parse(file.text)).toMatchObject({
      filters: { name: 'GITL', match: 'contains', state: 'available', sort: 'size:desc' },
      count: 1,
      volumes: [valid],
    });
    // The malformed item cannot be searched: left out, and counted as such.
    expect(file).toMatchObject({ invalid: 0, unjudged: 1 });
  });

  it('marks a read that is missing a region: file name, contents and counts', () => {
    const partial = { ...read, regions: ['kr-west1', 'kr-east1'], missing: [down] };
    const file = buildExport('csv', everything, selectMatching(partial, everything, null), at);

    expect(file.fileName).toBe('scp-volumes-20260102-030405-missing-kr-east1.csv');
    expect(file.missing).toEqual([down]);
  });
});
