import { describe, expect, it } from 'vitest';
import { DEFAULT_CHANGES_VIEW, parseChangesView, serialiseChangesView, timeWindow } from './changes-url.ts';

describe('the Changes page URL', () => {
  it('round-trips every parameter and leaves the defaults out', () => {
    const view = {
      kind: 'deleted',
      region: 'kr-west1',
      range: 'custom',
      from: '2026-11-20T09:30:00.000Z',
      to: '2026-11-21T00:00:00.000Z',
      volume: 'vol-1',
    } as const;
    const search = serialiseChangesView(view);
    expect(search).toBe(
      'view=changes&kind=deleted&region=kr-west1&range=custom&from=2026-11-20T09%3A30%3A00.000Z&to=2026-11-21T00%3A00%3A00.000Z&volume=vol-1',
    );
    expect(parseChangesView(search)).toEqual({ view, problems: [] });
    expect(serialiseChangesView(DEFAULT_CHANGES_VIEW)).toBe('view=changes');
  });

  it('ignores and reports what it does not know, keeping the rest', () => {
    const { view, problems } = parseChangesView(
      '?view=changes&kind=exploded&range=year&from=yesterday&region=kr-west1',
    );
    expect(view).toEqual({ ...DEFAULT_CHANGES_VIEW, region: 'kr-west1' });
    expect(problems).toEqual([
      { param: 'kind', value: 'exploded' },
      { param: 'range', value: 'year' },
      { param: 'from', value: 'yesterday' },
    ]);
  });

  it('turns a range into the API’s since and until at a given time', () => {
    const now = Date.parse('2026-12-06T12:00:00Z');
    expect(timeWindow({ ...DEFAULT_CHANGES_VIEW, range: 'hour' }, now)).toEqual({
      since: '2026-12-06T11:00:00.000Z',
      until: null,
    });
    expect(timeWindow({ ...DEFAULT_CHANGES_VIEW, range: '7d' }, now).since).toBe('2026-11-29T12:00:00.000Z');
    expect(
      timeWindow(
        { ...DEFAULT_CHANGES_VIEW, range: 'custom', from: '2026-12-01T00:00:00.000Z', to: null },
        now,
      ),
    ).toEqual({ since: '2026-12-01T00:00:00.000Z', until: null });
  });
});
