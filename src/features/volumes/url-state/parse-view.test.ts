import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SORT_KEYS } from '../../../scp/sort-terms.ts';
import { KNOWN_STATES, STATE_GROUP_NAMES } from '../../../scp/volume-states.ts';
import { parseView } from './parse-view.ts';
import { serialiseView } from './serialise-view.ts';
import { DEFAULT_VIEW, PER_PAGE_OPTIONS, type VolumeView } from './volume-view.ts';

describe('parseView', () => {
  it('gives the default view for an empty URL', () => {
    expect(parseView('')).toEqual({ view: DEFAULT_VIEW, problems: [] });
  });

  it('reads every parameter of a shared link', () => {
    const { view, problems } = parseView(
      '?name=db-01&match=contains&state=error&bootable=true&sort=size:desc,name:asc&page=3&per_page=50&volume=abc-123',
    );
    expect(problems).toEqual([]);
    expect(view).toEqual({
      ...DEFAULT_VIEW,
      name: 'db-01',
      match: 'contains',
      state: 'error',
      stateGroup: null,
      region: null,
      bootable: true,
      sort: [
        { key: 'size', direction: 'desc' },
        { key: 'name', direction: 'asc' },
      ],
      page: 3,
      perPage: 50,
      volume: 'abc-123',
    });
  });

  it('accepts the API spellings of booleans, and reads a bare sort key as the API does (descending)', () => {
    expect(parseView('?bootable=False&sort=size,name:asc').view).toMatchObject({
      bootable: false,
      sort: [
        { key: 'size', direction: 'desc' },
        { key: 'name', direction: 'asc' },
      ],
    });
  });

  it('accepts only the documented states, spelt exactly', () => {
    expect(parseView('?state=error_backing-up').view.state).toBe('error_backing-up');
    for (const value of ['nope', 'Available', 'IN-USE', 'error_resizing']) {
      expect(parseView(`?state=${value}`)).toEqual({
        view: DEFAULT_VIEW,
        problems: [{ param: 'state', value }],
      });
    }
  });

  it('reads a state group, and refuses an unknown one or one given with a state', () => {
    expect(parseView('?state_group=errors').view.stateGroup).toBe('errors');
    expect(parseView('?state_group=Errors').problems).toEqual([{ param: 'state_group', value: 'Errors' }]);
    const both = parseView('?state_group=errors&state=error');
    expect(both.view).toMatchObject({ state: 'error', stateGroup: null });
    expect(both.problems).toEqual([{ param: 'state_group', value: 'errors' }]);
  });

  it('lists a bad state with the other bad values, in the order of the link', () => {
    const { problems } = parseView('?page=-1&sort=bogus&per_page=7&state=nope');
    expect(problems.map((problem) => problem.param)).toEqual(['page', 'sort', 'per_page', 'state']);
  });

  it.each([
    ['bootable', 'maybe'],
    ['sort', 'size:up'],
    ['sort', 'colour:asc'],
    ['sort', 'size:asc,size:desc'],
    ['page', '0'],
    ['page', '-2'],
    ['page', '2.5'],
    ['page', 'abc'],
    ['per_page', '7'],
    ['per_page', '5000'],
    ['state', '<script>'],
    ['volume', '../etc/passwd'],
  ])('falls back to the default and reports %s=%s', (param, value) => {
    const { view, problems } = parseView(`?${param}=${encodeURIComponent(value)}`);
    expect(problems).toEqual([{ param, value }]);
    expect(view).toEqual(DEFAULT_VIEW);
  });

  it('keeps the valid parameters when others are invalid', () => {
    const { view, problems } = parseView('?state=available&page=zero&per_page=100');
    expect(view).toMatchObject({ state: 'available', page: 1, perPage: 100 });
    expect(problems.map((problem) => problem.param)).toEqual(['page']);
  });

  it('reports bad values in the order the link lists them', () => {
    expect(parseView('?volume=a/b&per_page=7&page=x').problems.map((problem) => problem.param)).toEqual([
      'volume',
      'per_page',
      'page',
    ]);
  });

  it('shortens a long bad value in the notice', () => {
    const { problems } = parseView(`?name=${'n'.repeat(300)}`);
    expect(problems).toEqual([{ param: 'name', value: `${'n'.repeat(40)}…` }]);
  });

  it('reports every parameter it does not know, in the order of the link, and leaves it out', () => {
    const { view, problems } = parseView('?size=7&state=available&Region=kr-west1');
    expect(view).toEqual({ ...DEFAULT_VIEW, state: 'available' });
    expect(problems).toEqual([
      { param: 'size', value: '7' },
      { param: 'Region', value: 'kr-west1' },
    ]);
    expect(serialiseView(view)).toBe('state=available');
  });

  it('refuses a region the proxy does not list, once it knows which it lists', () => {
    expect(parseView('?region=kr-north9&state=error', ['kr-west1', 'kr-east1'])).toEqual({
      view: { ...DEFAULT_VIEW, state: 'error' },
      problems: [{ param: 'region', value: 'kr-north9' }],
    });
    expect(parseView('?region=kr-east1', ['kr-west1', 'kr-east1']).view.region).toBe('kr-east1');
    expect(parseView('?region=kr-north9').view.region).toBe('kr-north9');
  });

  it('reads the inventory’s filters, refusing what they cannot mean', () => {
    expect(
      parseView(
        '?volume_type=SSD,HDD_KMS,SSD&encrypted=TRUE&attached=false&idle_days=30&size_min=100&size_max=499',
      ),
    ).toEqual({
      view: {
        ...DEFAULT_VIEW,
        volumeType: 'SSD,HDD_KMS,SSD',
        encrypted: true,
        attached: false,
        idleDays: 30,
        sizeMin: 100,
        sizeMax: 499,
      },
      problems: [],
    });
    expect(
      parseView('?volume_type=SSD,,x&multiattach=yes&idle_days=-1&size_min=1e3&size_max=1000001').problems,
    ).toEqual([
      { param: 'volume_type', value: 'SSD,,x' },
      { param: 'multiattach', value: 'yes' },
      { param: 'idle_days', value: '-1' },
      { param: 'size_min', value: '1e3' },
      { param: 'size_max', value: '1000001' },
    ]);
  });

  it('treats empty values as absent, without a notice', () => {
    expect(parseView('?name=&state=&page=')).toEqual({ view: DEFAULT_VIEW, problems: [] });
  });

  it('never throws, whatever the query string', () => {
    fc.assert(
      fc.property(fc.string(), (search) => {
        const { view } = parseView(search);
        expect(view.page).toBeGreaterThanOrEqual(1);
        expect(PER_PAGE_OPTIONS).toContain(view.perPage);
      }),
    );
  });
});

const viewArbitrary: fc.Arbitrary<VolumeView> = fc
  .record({
    name: fc.option(
      fc.string({ minLength: 1, maxLength: 40 }).filter((name) => name.trim() === name && name !== ''),
    ),
    match: fc.constantFrom('exact' as const, 'contains' as const),
    state: fc.option(fc.constantFrom(...KNOWN_STATES)),
    region: fc.option(fc.constantFrom('kr-west1', 'kr-east1', 'kr-south3')),
    bootable: fc.option(fc.boolean()),
    volumeType: fc.option(
      fc
        .uniqueArray(fc.constantFrom('SSD', 'HDD', 'SSD_KMS', 'HDD_MultiAttach', 'v1.2-x'), {
          minLength: 1,
          maxLength: 3,
        })
        .map((types) => types.join(',')),
    ),
    encrypted: fc.option(fc.boolean()),
    multiattach: fc.option(fc.boolean()),
    attached: fc.option(fc.boolean()),
    idleDays: fc.option(fc.integer({ min: 0, max: 999_999 })),
    sizeMin: fc.option(fc.integer({ min: 0, max: 999_999 })),
    sizeMax: fc.option(fc.integer({ min: 0, max: 999_999 })),
    sort: fc.uniqueArray(
      fc.record({
        key: fc.constantFrom(...SORT_KEYS),
        direction: fc.constantFrom('asc' as const, 'desc' as const),
      }),
      {
        selector: (term) => term.key,
        maxLength: 3,
      },
    ),
    page: fc.integer({ min: 1, max: 5000 }),
    perPage: fc.constantFrom(...PER_PAGE_OPTIONS),
    volume: fc.option(fc.uuid()),
    stateGroup: fc.option(fc.constantFrom(...STATE_GROUP_NAMES)),
  })
  // A group and a state exclude each other: a view never holds both.
  .map((view) => (view.state === null ? view : { ...view, stateGroup: null }));

describe('serialiseView', () => {
  it('writes nothing for the default view', () => {
    expect(serialiseView(DEFAULT_VIEW)).toBe('');
  });

  it('writes the sort in the API form, readable', () => {
    const search = serialiseView({
      ...DEFAULT_VIEW,
      state: 'error',
      bootable: true,
      sort: [
        { key: 'size', direction: 'desc' },
        { key: 'name', direction: 'asc' },
      ],
    });
    expect(search).toBe('state=error&bootable=true&sort=size:desc,name:asc');
  });

  it('round-trips every valid view through the URL', () => {
    fc.assert(
      fc.property(viewArbitrary, (view) => {
        expect(parseView(serialiseView(view))).toEqual({ view, problems: [] });
      }),
    );
  });
});
