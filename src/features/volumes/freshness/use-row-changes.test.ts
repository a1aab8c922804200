import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { VolumeList } from '../../../scp/volume-schema.ts';
import { makeVolume } from '../../../test/browser/volume-fixtures.ts';
import { changedVolumes } from './row-changes.ts';
import { useRowChanges } from './use-row-changes.ts';

const a = makeVolume({ name: 'a', state: 'attaching' });
const b = makeVolume({ name: 'b', size: 10 });
const c = makeVolume({ name: 'c' });

const list = (...volumes: (typeof a)[]): VolumeList => ({ count: volumes.length, volumes, invalid: [] });

describe('changedVolumes', () => {
  it('finds state, size and attachment changes, not other fields or new rows', () => {
    const next = [
      { ...a, state: 'in-use' },
      { ...b, size: 20 },
      { ...c, servers: [{ id: 's1', device: '/dev/vdb', attached_at: null }] },
      makeVolume({ name: 'new' }),
    ];
    expect(changedVolumes([a, b, c], next).map((volume) => volume.name)).toEqual(['a', 'b', 'c']);
    expect(changedVolumes([a], [{ ...a, name: 'renamed', modified_at: 'later' }])).toEqual([]);
  });
});

describe('useRowChanges', () => {
  it('reports what changed between two refreshes of the same request, alternating the flash', () => {
    const { result, rerender } = renderHook(({ data }) => useRowChanges('k', data, false), {
      initialProps: { data: list(a, b) },
    });
    expect(result.current.changed.size).toBe(0);

    rerender({ data: list({ ...a, state: 'in-use' }, b) });
    expect([...result.current.changed.keys()]).toEqual([a.id]);
    expect(result.current.changedVolumes.map((volume) => volume.name)).toEqual(['a']);
    const firstFlash = result.current.changed.get(a.id);

    rerender({ data: list({ ...a, state: 'detaching' }, b) });
    expect(result.current.changed.get(a.id)).toBe(firstFlash === 0 ? 1 : 0);

    rerender({ data: list({ ...a, state: 'detaching' }, b) });
    expect(result.current.changed.size).toBe(0);
  });

  it('highlights rows that newly enter the page and names them apart from changed rows', () => {
    const { result, rerender } = renderHook(({ data }) => useRowChanges('k', data, false), {
      initialProps: { data: list(a, b) },
    });
    const arrival = makeVolume({ name: 'arrival' });

    rerender({ data: list(arrival, { ...a, state: 'in-use' }) });

    expect([...result.current.changed.keys()].sort()).toEqual([arrival.id, a.id].sort());
    expect(result.current.changedVolumes.map((volume) => volume.name)).toEqual(['a']);
    expect(result.current.arrivedVolumes.map((volume) => volume.name)).toEqual(['arrival']);
  });

  it('does not call a different page or filter a change', () => {
    const { result, rerender } = renderHook(
      ({ key, data, placeholder }) => useRowChanges(key, data, placeholder),
      {
        initialProps: { key: 'page1', data: list(a), placeholder: false },
      },
    );
    // The old page shown as a placeholder while page 2 loads, then page 2 with the same ids changed.
    rerender({ key: 'page2', data: list(a), placeholder: true });
    rerender({ key: 'page2', data: list({ ...a, state: 'error' }), placeholder: false });
    expect(result.current.changed.size).toBe(0);
  });
});
