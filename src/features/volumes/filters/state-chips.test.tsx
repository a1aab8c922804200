import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { KNOWN_STATES } from '../../../scp/volume-states.ts';
import { failVolumes, requests, server, serveRegions, serveVolumes } from '../../../test/browser/fake-api.ts';
import { renderWithProviders } from '../../../test/browser/render.tsx';
import { makeVolumes } from '../../../test/browser/volume-fixtures.ts';
import { DEFAULT_VIEW } from '../url-state/volume-view.ts';
import { StateChips } from './state-chips.tsx';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const chip = (name: RegExp) =>
  within(screen.getByRole('list', { name: 'Volumes by state' })).getByRole('button', { name });

describe('state chips', () => {
  it('say a count is loading, then that it failed, and offer a retry instead of “…” forever', async () => {
    failVolumes(502, { proxy_error: { status: 502, code: 'UpstreamUnreachable', message: 'down' } });
    renderWithProviders(<StateChips view={DEFAULT_VIEW} refreshes={0} onSelect={() => {}} />);
    expect(chip(/Available/)).toHaveAccessibleName(/counting…/);

    const retry = await screen.findByRole('button', { name: 'Retry counts' });
    expect(chip(/Available/)).toHaveAccessibleName(/count unavailable/);
    expect(chip(/Available/)).toHaveTextContent('—');

    serveVolumes(makeVolumes(3, () => ({ state: 'available' })));
    await userEvent.click(retry);

    expect(await screen.findByRole('button', { name: /Available\s*3/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Retry counts' })).not.toBeInTheDocument();
  });

  it('count the groups operators think in, every error* state in Errors, adding up to the total', async () => {
    // One volume of each known state, and one more error_deleting: 21 in all.
    const states = [...KNOWN_STATES, 'error_deleting'];
    serveVolumes(makeVolumes(states.length, (index) => ({ state: states[index] })));
    const onSelect = vi.fn();
    renderWithProviders(<StateChips view={DEFAULT_VIEW} refreshes={0} onSelect={onSelect} />);

    expect(await screen.findByRole('button', { name: /^Errors\s*7$/ })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: /^Transitional\s*12$/ })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: /^Available\s*1$/ })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: /^In use\s*1$/ })).toBeInTheDocument();
    expect(7 + 12 + 1 + 1).toBe(states.length);

    await userEvent.click(chip(/^Errors/));
    expect(onSelect).toHaveBeenCalledWith({ stateGroup: 'errors', state: null });
    await userEvent.click(chip(/^Available/));
    expect(onSelect).toHaveBeenLastCalledWith({ state: 'available', stateGroup: null });
  });

  it('show a group as pressed while the view filters by it', () => {
    serveVolumes([]);
    renderWithProviders(
      <StateChips view={{ ...DEFAULT_VIEW, stateGroup: 'errors' }} refreshes={0} onSelect={() => {}} />,
    );
    expect(chip(/^Errors/)).toHaveAttribute('aria-pressed', 'true');
    expect(chip(/^Available/)).toHaveAttribute('aria-pressed', 'false');
  });

  it('mark a count that leaves a region out, as the table marks its partial list', async () => {
    serveRegions(
      {
        'kr-west1': makeVolumes(3, () => ({ state: 'available' })),
        'kr-east1': makeVolumes(4, () => ({ state: 'available' })),
      },
      ['kr-east1'],
    );
    renderWithProviders(<StateChips view={DEFAULT_VIEW} refreshes={0} onSelect={() => {}} />);

    expect(
      await screen.findByRole('button', { name: /^Available\s*3\*?, partial: kr-east1 did not answer$/ }),
    ).toBeInTheDocument();
    expect(screen.getByText('Counts leave out kr-east1, which did not answer.')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Retry counts' })).toBeVisible();
  });

  it('in a contains search, count the volumes the search finds, not the whole account', async () => {
    serveVolumes([
      ...makeVolumes(3, (index) => ({ name: `gitlab-${index}`, state: 'available' })),
      ...makeVolumes(2, (index) => ({ name: `gitlab-x${index}`, state: 'error' })),
      ...makeVolumes(6, (index) => ({ name: `web-${index}`, state: 'available' })),
    ]);
    requests.length = 0;
    renderWithProviders(
      <StateChips
        view={{ ...DEFAULT_VIEW, name: 'GitLab', match: 'contains' }}
        refreshes={0}
        onSelect={() => {}}
      />,
    );

    expect(await screen.findByRole('button', { name: /^Available\s*3$/ })).toBeInTheDocument();
    expect(chip(/^Errors/)).toHaveAccessibleName(/^Errors\s*2$/);
    expect(chip(/^In use/)).toHaveAccessibleName(/^In use\s*0$/);
    // From the search's own read: no count request, which would ignore the term.
    expect(requests.filter((query) => query.get('limit') === '1')).toEqual([]);
  });
});
