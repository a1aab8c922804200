import { describe, expect, it } from 'vitest';
import { parseInventoryParams, parseTime } from './inventory-params.ts';
import { CHANGES_PARAMS, SEARCH_PARAMS, TRENDS_PARAMS } from './inventory-routes.ts';

const refused = (specs: Parameters<typeof parseInventoryParams>[0], query: string) => {
  const result = parseInventoryParams(specs, query);
  return result.ok ? 'accepted' : { parameter: result.parameter, message: result.message };
};

describe('parseInventoryParams', () => {
  /** What a search reads from an empty query. */
  const defaults = { sort: [{ key: 'name', direction: 'asc' }], limit: 100, offset: 0 };

  it.each([
    ['', {}],
    ['q=db%2001', { q: 'db 01' }],
    ['region=kr-west1,kr-east1', { region: ['kr-west1', 'kr-east1'] }],
    ['encrypted=true', { encrypted: true }],
    ['idle_days_gte=30', { idle_days_gte: 30 }],
    ['limit=50&offset=100', { limit: 50, offset: 100 }],
    [
      'sort=size_gb:desc,name',
      {
        sort: [
          { key: 'size_gb', direction: 'desc' },
          { key: 'name', direction: 'asc' },
        ],
      },
    ],
  ])('reads "%s" over the defaults', (query, read) => {
    expect(parseInventoryParams(SEARCH_PARAMS, query)).toEqual({
      ok: true,
      params: { ...defaults, ...read },
    });
  });

  it('reads times and the defaults of other kinds of parameter', () => {
    const trends = parseInventoryParams(TRENDS_PARAMS, 'from=2026-11-01&to=2026-11-20T09:30:00%2B09:00');
    expect(trends.ok && trends.params).toMatchObject({
      metric: 'count',
      by: 'state',
      step: 'day',
      from: Date.UTC(2026, 10, 1),
      to: Date.UTC(2026, 10, 20, 0, 30),
    });
  });

  it('takes an empty value as absent', () => {
    const result = parseInventoryParams(SEARCH_PARAMS, 'q=&limit=');
    expect(result.ok && [result.params.q, result.params.limit]).toEqual([undefined, 100]);
  });

  it.each([
    ['limit=0', 'limit', 'limit must be a whole number from 1 to 1000, got "0".'],
    ['limit=abc', 'limit', 'limit must be a whole number from 1 to 1000, got "abc".'],
    ['encrypted=yes', 'encrypted', 'encrypted must be true or false, got "yes".'],
    ['sort=size', 'sort', expect.stringContaining('sort key "size" is not one of name, id,')],
    ['sort=name:up', 'sort', 'sort direction in "name:up" must be asc or desc.'],
    ['state=a,,b', 'state', 'state has an empty value in "a,,b".'],
    ['q=' + 'x'.repeat(201), 'q', 'q is longer than 200 characters.'],
    [
      'foo=1',
      'foo',
      expect.stringMatching(/^Unknown parameter "foo": this route takes q, name, region, state, /),
    ],
    ['limit=1&limit=2', 'limit', 'limit is given more than once.'],
    ['q=%zz', 'q', 'The query string has a malformed %-escape or a control character.'],
    ['q=a%0Ab', 'q', 'The query string has a malformed %-escape or a control character.'],
  ])('refuses %s, naming %s', (query, parameter, message) => {
    expect(refused(SEARCH_PARAMS, query)).toEqual({ parameter, message });
  });

  it('refuses a time without a zone, and names the parameter', () => {
    expect(refused(CHANGES_PARAMS, 'since=2026-11-20T09:30:00')).toEqual({
      parameter: 'since',
      message: expect.stringContaining('since must be an ISO 8601 date-time with a zone'),
    });
    expect(refused(TRENDS_PARAMS, 'metric=volume')).toEqual({
      parameter: 'metric',
      message:
        'metric must be one of count, size_gb, unattached_count, unattached_gb, snapshot_gb, got "volume".',
    });
    expect(refused({}, 'x=1')).toEqual({
      parameter: 'x',
      message: 'Unknown parameter "x": this route takes none.',
    });
  });

  it('reads times with a zone or as a UTC date', () => {
    expect(parseTime('2026-11-20')).toBe(Date.UTC(2026, 10, 20));
    expect(parseTime('2026-11-20T09:30:00.5Z')).toBe(Date.UTC(2026, 10, 20, 9, 30, 0, 500));
    expect(parseTime('2026-13-40')).toBeUndefined();
    expect(parseTime('1700000000000')).toBeUndefined();
  });
});
