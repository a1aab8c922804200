import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { useVolumeView } from './use-volume-view.ts';
import { withFilters, withPage, withVolume } from './view-updates.ts';

afterEach(() => {
  window.history.replaceState(null, '', '/');
});

/** The hook with a query client (it asks the proxy's regions when a link names one). */
function renderView() {
  const client = new QueryClient();
  return renderHook(() => useVolumeView(), {
    wrapper: ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    ),
  });
}

async function back() {
  await act(async () => {
    const popped = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    window.history.back();
    await popped;
  });
}

describe('useVolumeView', () => {
  it('reads the view and its API params from the address bar', () => {
    window.history.replaceState(null, '', '/?state=error&bootable=true&sort=size:desc&page=2');
    const { result } = renderView();
    expect(result.current.view).toMatchObject({ state: 'error', bootable: true, page: 2 });
    expect(result.current.params).toEqual({
      state: 'error',
      bootable: true,
      sort: 'size:desc',
      with_count: true,
      limit: 20,
      offset: 20,
    });
  });

  it('reports invalid values instead of failing', () => {
    window.history.replaceState(null, '', '/?per_page=13&page=x');
    const { result } = renderView();
    expect(result.current.problems.map((problem) => problem.param)).toEqual(['per_page', 'page']);
    expect(result.current.view.page).toBe(1);
  });

  it('pushes a history entry per change, and Back restores the previous view', async () => {
    const { result } = renderView();
    const before = window.history.length;
    act(() => result.current.update((view) => withFilters(view, { state: 'available' })));
    act(() => result.current.update((view) => withPage(view, 3)));
    expect(window.location.search).toBe('?state=available&page=3');
    expect(window.history.length).toBe(before + 2);
    expect(result.current.view.page).toBe(3);

    await back();
    expect(result.current.view).toMatchObject({ state: 'available', page: 1 });
  });

  it('replaces the entry when asked (typing, drawer navigation)', () => {
    const { result } = renderView();
    act(() => result.current.update((view) => withVolume(view, 'a')));
    const length = window.history.length;
    act(() => result.current.update((view) => withVolume(view, 'b'), { replace: true }));
    expect(window.history.length).toBe(length);
    expect(result.current.view.volume).toBe('b');
  });

  it('corrects a bad link in the address bar at once, replacing it, and still reports what was wrong', () => {
    window.history.replaceState(null, '', '/?page=-1&sort=bogus&per_page=7&state=nope&bootable=true');
    const length = window.history.length;
    const { result } = renderView();

    expect(window.location.search).toBe('?bootable=true');
    expect(window.history.length).toBe(length);
    expect(result.current.view).toMatchObject({ state: null, bootable: true, page: 1 });
    expect(result.current.params).not.toHaveProperty('state');
    expect(result.current.problems).toEqual([
      { param: 'page', value: '-1' },
      { param: 'sort', value: 'bogus' },
      { param: 'per_page', value: '7' },
      { param: 'state', value: 'nope' },
    ]);

    act(() => result.current.update((view) => withPage(view, 2)));
    expect(result.current.problems).toEqual([]);
    act(() => result.current.update((view) => withPage(view, 1)));
    expect(result.current.problems).toEqual([]);
  });

  it('drops a parameter it does not know from the address bar, and reports it', () => {
    window.history.replaceState(null, '', '/?size=7&state=error');
    const { result } = renderView();
    expect(window.location.search).toBe('?state=error');
    expect(result.current.view.state).toBe('error');
    expect(result.current.problems).toEqual([{ param: 'size', value: '7' }]);
  });

  it('drops invalid values from the URL on the next change', () => {
    window.history.replaceState(null, '', '/?per_page=13&state=error');
    const { result } = renderView();
    act(() => result.current.update((view) => withFilters(view, { bootable: false })));
    expect(window.location.search).toBe('?state=error&bootable=false');
    expect(result.current.problems).toEqual([]);
  });

  it('keeps the same object while the URL does not change', () => {
    const { result, rerender } = renderView();
    const first = result.current;
    rerender();
    expect(result.current).toBe(first);
  });
});
