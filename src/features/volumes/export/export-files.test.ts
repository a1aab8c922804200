import { describe, expect, it } from 'vitest';
import { buildExport, exportFileName } from './build-export.ts';
import { toJson } from './to-json.ts';
import type { WalkResult } from '../all-volumes/walk-volumes.ts';

const valid = {
  id: 'vol-1',
  state: 'available',
  size: 1,
  bootable: false,
  created_at: '2026-01-01T00:00:00Z',
  future_field: 'kept',
};
const broken = { id: 'vol-2', name: 'no size' };
const walked: WalkResult = {
  total: 2,
  raw: [valid, broken],
  volumes: [valid],
  invalid: [{ invalid: true, id: 'vol-2', raw: broken, problem: 'size: required' }],
};
const at = new Date(2026, 0, 2, 3, 4, 5);

describe('exportFileName', () => {
  it('stamps the local date and time', () => {
    expect(exportFileName('csv', at)).toBe('scp-volumes-20260102-030405.csv');
    expect(exportFileName('json', new Date(2026, 11, 31, 23, 59, 59))).toBe(
      'scp-volumes-20261231-235959.json',
    );
  });
});

describe('toJson', () => {
  it('writes the filters, the count and the items as received, pretty-printed', () => {
    const text = toJson(
      { state: 'available', sort: 'name:asc' },
      walked.raw,
      new Date('2026-01-02T03:04:05Z'),
    );

    expect(JSON.parse(text)).toEqual({
      exported_at: '2026-01-02T03:04:05.000Z',
      filters: { state: 'available', sort: 'name:asc' },
      count: 2,
      volumes: [valid, broken],
    });
    expect(text).toContain('\n  "count": 2,');
  });
});

describe('buildExport', () => {
  it('skips items that failed validation in CSV and says how many', () => {
    const file = buildExport('csv', {}, walked, at);

    expect(file).toMatchObject({ fileName: 'scp-volumes-20260102-030405.csv', count: 1, invalid: 1 });
    expect(file.text.trimEnd().split('\r\n')).toHaveLength(2);
  });

  it('keeps items that failed validation in JSON', () => {
    const file = buildExport('json', {}, walked, at);

    expect(file).toMatchObject({ fileName: 'scp-volumes-20260102-030405.json', count: 2, invalid: 1 });
    expect(JSON.parse(file.text).volumes).toEqual([valid, broken]);
  });
});
