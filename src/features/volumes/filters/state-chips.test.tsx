import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { failVolumes, server, serveVolumes } from '../testing/fake-api.ts';
import { renderWithProviders } from '../testing/render.tsx';
import { makeVolumes } from '../testing/volume-fixtures.ts';
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
});
