import { describe, expect, it } from 'vitest';
import { encodeListParams } from '../../../scp/list-query.ts';
import { countParams } from './count-params.ts';
import { filterParams, isLocalSearch, pageParams } from './view-params.ts';
import { DEFAULT_VIEW, type VolumeView } from './volume-view.ts';

const view: VolumeView = {
  ...DEFAULT_VIEW,
  state: 'error',
  bootable: true,
  sort: [{ key: 'size', direction: 'desc' }],
  page: 3,
  perPage: 50,
  volume: 'ignored-by-the-list',
};

describe('view → API params', () => {
  it('asks for the visible page with a total count', () => {
    expect(encodeListParams(pageParams(view))).toBe(
      'with_count=true&limit=50&sort=size%3Adesc&offset=100&state=error&bootable=true',
    );
  });

  it('gives equal params (and so equal query keys) for equal views', () => {
    expect(pageParams({ ...view })).toEqual(pageParams(view));
    expect(pageParams({ ...view, volume: 'other' })).toEqual(pageParams(view));
  });

  it('leaves paging out of the filter params the export walks', () => {
    expect(filterParams(view)).toEqual({ state: 'error', bootable: true, sort: 'size:desc' });
  });

  it('counts a state within the other filters with a one-row request', () => {
    expect(countParams({ ...view, name: 'db' }, { state: 'available' })).toEqual({
      with_count: true,
      limit: 1,
      state: 'available',
      name: 'db',
      bootable: true,
    });
  });

  it('counts a state group instead of the chosen state, and sends the group with the list', () => {
    expect(countParams(view, { stateGroup: 'errors' })).toEqual({
      with_count: true,
      limit: 1,
      state_group: 'errors',
      bootable: true,
    });
    expect(pageParams({ ...view, state: null, stateGroup: 'transitional' })).toMatchObject({
      state_group: 'transitional',
    });
  });

  it('sends no name for a contains search, which is matched locally over the other filters', () => {
    const contains = { ...view, name: 'git', match: 'contains' as const };
    expect(isLocalSearch(contains)).toBe(true);
    expect(filterParams(contains)).toEqual({ state: 'error', bootable: true, sort: 'size:desc' });
    expect(isLocalSearch({ ...contains, name: null })).toBe(false);
    expect(isLocalSearch({ ...contains, match: 'exact' })).toBe(false);
    expect(filterParams({ ...contains, match: 'exact' })).toMatchObject({ name: 'git' });
  });
});
