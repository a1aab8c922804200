import { describe, expect, it } from 'vitest';
import { withFilters, withoutFilters, withPage, withPerPage, withSort, withVolume } from './view-updates.ts';
import { DEFAULT_VIEW, type VolumeView } from './volume-view.ts';

const onPage4: VolumeView = { ...DEFAULT_VIEW, state: 'error', page: 4, perPage: 20 };

describe('view transitions', () => {
  it('returns to page 1 when a filter changes', () => {
    expect(withFilters(onPage4, { bootable: true })).toMatchObject({
      page: 1,
      state: 'error',
      bootable: true,
    });
  });

  it('keeps a state and a state group exclusive: setting one clears the other', () => {
    const grouped = withFilters(onPage4, { stateGroup: 'errors' });
    expect(grouped).toMatchObject({ state: null, stateGroup: 'errors', page: 1 });
    expect(withFilters(grouped, { state: 'available' })).toMatchObject({
      state: 'available',
      stateGroup: null,
    });
    expect(withFilters(grouped, { bootable: true })).toMatchObject({ stateGroup: 'errors' });
  });

  it('returns to page 1 when the sort changes', () => {
    expect(withSort(onPage4, [{ key: 'size', direction: 'desc' }])).toMatchObject({ page: 1 });
  });

  it('clears every filter but keeps sort and page size', () => {
    const view = {
      ...onPage4,
      name: 'x',
      bootable: false,
      sort: [{ key: 'name' as const, direction: 'asc' as const }],
      perPage: 50,
    };
    expect(withoutFilters(view)).toEqual({ ...view, name: null, state: null, bootable: null, page: 1 });
  });

  it('keeps the first visible row on screen when the page size changes', () => {
    // Rows 61–80 are showing; with 50 per page row 61 is on page 2.
    expect(withPerPage(onPage4, 50)).toMatchObject({ perPage: 50, page: 2 });
    expect(withPerPage({ ...DEFAULT_VIEW, page: 1 }, 1000)).toMatchObject({ page: 1 });
  });

  it('never goes below page 1', () => {
    expect(withPage(onPage4, 0).page).toBe(1);
  });

  it('opens and closes the drawer without touching the rest', () => {
    expect(withVolume(onPage4, 'v-1')).toEqual({ ...onPage4, volume: 'v-1' });
    expect(withVolume({ ...onPage4, volume: 'v-1' }, null)).toEqual(onPage4);
  });
});
