import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeDetailedVolume, VOLUME_TYPES } from '../../../test/browser/volume-fixtures.ts';
import { renderWithProviders } from '../../../test/browser/render.tsx';
import {
  API,
  server,
  serveSnapshots,
  serveStatus,
  serveVolume,
  serveVolumeTypes,
} from '../../../test/browser/fake-api.ts';
import { VolumeDrawer } from './volume-drawer.tsx';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
// The drawer also reads the region, the volume's snapshots and the types: one region, none.
beforeEach(() => {
  serveStatus(['kr-west1']);
  serveSnapshots([]);
  serveVolumeTypes(VOLUME_TYPES);
});
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const first = makeDetailedVolume({ id: 'vol-1', name: 'first' });
const second = makeDetailedVolume({ id: 'vol-2', name: 'second' });
const third = makeDetailedVolume({ id: 'vol-3', name: 'third' });
const page = [first, second, third];

function renderDrawer(volumeId: string, pageVolumes = page, locale: 'en' | 'ko' = 'en') {
  const onNavigate = vi.fn();
  const onClose = vi.fn();
  const view = renderWithProviders(
    <VolumeDrawer volumeId={volumeId} pageVolumes={pageVolumes} onNavigate={onNavigate} onClose={onClose} />,
    { locale },
  );
  return { ...view, onNavigate, onClose };
}

describe('VolumeDrawer', () => {
  it('resolves the API under jsdom against document.baseURI', () => {
    expect(new URL('/api/v1', document.baseURI).href).toBe(API);
  });

  it('paints the page row at once, then shows the fresher detail', async () => {
    serveVolume({ ...second, state: 'available' });
    renderDrawer('vol-2');
    const dialog = screen.getByRole('dialog', { name: 'second' });
    expect(within(dialog).getByRole('heading', { name: 'second' })).toHaveFocus();
    expect(dialog.querySelector('[data-state]')).toHaveAttribute('data-state', 'in-use');
    await waitFor(() =>
      expect(dialog.querySelector('[data-state]')).toHaveAttribute('data-state', 'available'),
    );
  });

  it('loads a volume that is not on the page, with a skeleton first and no previous / next', async () => {
    const other = makeDetailedVolume({ id: 'vol-9', name: 'elsewhere' });
    serveVolume(other);
    renderDrawer('vol-9');
    expect(screen.getByRole('dialog', { name: 'Volume vol-9' })).toBeInTheDocument();
    expect(screen.getByText('Loading volume…').closest('[aria-busy]')).toHaveAttribute('aria-busy', 'true');
    expect(await screen.findByRole('dialog', { name: 'elsewhere' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Previous volume' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Next volume' })).toBeDisabled();
  });

  it('is named by the id when the volume has no name, and shows names as text', async () => {
    serveVolume(makeDetailedVolume({ id: 'vol-x', name: '' }));
    renderDrawer('vol-x', []);
    expect(await screen.findByRole('dialog', { name: 'vol-x' })).toBeInTheDocument();

    const html = makeDetailedVolume({ id: 'vol-h', name: '<img src=x onerror=alert(1)>' });
    serveVolume(html);
    renderDrawer('vol-h', [html]);
    expect(screen.getByRole('heading', { name: '<img src=x onerror=alert(1)>' })).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
  });

  it('says "Volume not found" for a 404 and offers a way back', async () => {
    server.use(
      http.get(`${API}/volumes/nope`, () =>
        HttpResponse.json(
          { errors: [{ code: 'NotFound', detail: 'Volume nope could not be found.', status: 404 }] },
          { status: 404 },
        ),
      ),
    );
    const { onClose } = renderDrawer('nope');
    expect(await screen.findByRole('heading', { name: 'Volume not found' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Back to volumes' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('shows status, SCP code, message and request id of other errors, and retries', async () => {
    let calls = 0;
    server.use(
      http.get(`${API}/volumes/vol-e`, () => {
        calls += 1;
        if (calls > 1) return HttpResponse.json(makeDetailedVolume({ id: 'vol-e', name: 'recovered' }));
        return HttpResponse.json(
          {
            errors: [
              {
                code: 'ContactAdminForAssistance',
                detail: 'Upstream broke',
                status: 500,
                request_id: 'req-123',
              },
            ],
          },
          { status: 500 },
        );
      }),
    );
    renderDrawer('vol-e', []);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('500')).toBeInTheDocument();
    expect(within(alert).getByText('ContactAdminForAssistance')).toBeInTheDocument();
    expect(within(alert).getByText('Upstream broke')).toBeInTheDocument();
    expect(within(alert).getByText('req-123')).toBeInTheDocument();
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('dialog', { name: 'recovered' })).toBeInTheDocument();
  });

  it('names the region: the proxy’s only one, or in a list of several the row’s', async () => {
    serveVolume(first);
    const { unmount } = renderDrawer('vol-1');
    const overview = screen.getByRole('region', { name: 'Overview' });
    await waitFor(() =>
      expect(within(overview).getByText('Region', { selector: 'dt' }).nextElementSibling).toHaveTextContent(
        'kr-west1',
      ),
    );
    unmount();

    // Several regions: the list tags its rows, a lookup routed to the row's region comes back untagged.
    serveStatus(['kr-west1', 'kr-east1']);
    serveVolume(first);
    renderDrawer('vol-1', [{ ...first, region: 'kr-east1' }], 'ko');
    const overviewKo = screen.getByRole('region', { name: '개요' });
    expect(within(overviewKo).getByText('리전', { selector: 'dt' }).nextElementSibling).toHaveTextContent(
      'kr-east1',
    );
  });

  it('names the region that failed to answer: the one the proxy names, else the row’s', async () => {
    server.use(
      http.get(`${API}/volumes/vol-9`, () =>
        HttpResponse.json(
          { errors: [{ code: 'ContactAdminForAssistance', detail: 'Down', status: 500, request_id: 'r' }] },
          { status: 500, headers: { 'X-SCP-Region': 'kr-east1' } },
        ),
      ),
      http.get(`${API}/volumes/vol-1`, () =>
        HttpResponse.json({ errors: [{ status: 503 }] }, { status: 503 }),
      ),
    );
    serveStatus(['kr-west1', 'kr-east1']);
    const { unmount } = renderDrawer('vol-9', []);
    expect(
      await screen.findByRole('heading', { name: 'Could not load this volume from kr-east1' }),
    ).toBeVisible();
    unmount();

    renderDrawer('vol-1', [{ ...first, region: 'kr-west1' }], 'ko');
    expect(
      await screen.findByText('kr-west1 리전에서 볼륨 정보를 새로 고치지 못해 목록의 데이터를 표시합니다.'),
    ).toBeVisible();
  });

  it('keeps the page row on screen, flagged, when the refresh fails', async () => {
    server.use(
      http.get(`${API}/volumes/vol-1`, () =>
        HttpResponse.json({ errors: [{ status: 503 }] }, { status: 503 }),
      ),
    );
    renderDrawer('vol-1');
    expect(await screen.findByText(/Could not refresh this volume/)).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Overview' })).toBeInTheDocument();
  });

  it('closes with Esc, the Close button and a click outside', async () => {
    serveVolume(first);
    const user = userEvent.setup();
    const { onClose } = renderDrawer('vol-1');
    await user.keyboard('{Escape}');
    await user.click(screen.getByRole('button', { name: 'Close' }));
    await user.click(screen.getByTestId('drawer-overlay'));
    expect(onClose).toHaveBeenCalledTimes(3);
  });

  it('closes with Esc even from a copy button, which stops key events from bubbling', async () => {
    serveVolume(first);
    const user = userEvent.setup();
    const { onClose } = renderDrawer('vol-1');
    screen.getByRole('button', { name: 'Copy volume ID' }).focus();
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('steps through the page with the buttons and with j / k', async () => {
    serveVolume(first);
    const user = userEvent.setup();
    const { onNavigate } = renderDrawer('vol-1');
    expect(screen.getByRole('button', { name: 'Previous volume' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Next volume' }));
    expect(onNavigate).toHaveBeenLastCalledWith('vol-2');
    await user.keyboard('j');
    expect(onNavigate).toHaveBeenLastCalledWith('vol-2');
    await user.keyboard('k');
    expect(onNavigate).toHaveBeenCalledTimes(2);
  });

  it('moves focus to the heading when the button it was on is disabled at the end of the page', async () => {
    serveVolume(second);
    serveVolume(third);
    const user = userEvent.setup();
    const { rerender, onNavigate, onClose } = renderDrawer('vol-2');
    await user.click(screen.getByRole('button', { name: 'Next volume' }));
    expect(screen.getByRole('button', { name: 'Next volume' })).toHaveFocus();
    rerender(<VolumeDrawer volumeId="vol-3" pageVolumes={page} onNavigate={onNavigate} onClose={onClose} />);
    expect(screen.getByRole('button', { name: 'Next volume' })).toBeDisabled();
    expect(screen.getByRole('heading', { name: 'third' })).toHaveFocus();
  });

  it('keeps Tab inside the dialog', async () => {
    serveVolume(third);
    const user = userEvent.setup();
    renderDrawer('vol-3');
    const dialog = screen.getByRole('dialog');
    for (let i = 0; i < 40; i += 1) {
      await user.tab();
      expect(dialog).toContainElement(document.activeElement as HTMLElement);
    }
    await user.tab({ shift: true });
    expect(dialog).toContainElement(document.activeElement as HTMLElement);
  });

  it('speaks Korean', async () => {
    serveVolume(first);
    renderDrawer('vol-1', page, 'ko');
    expect(screen.getByRole('button', { name: '이전 볼륨' })).toBeDisabled();
    expect(screen.getByRole('button', { name: '다음 볼륨' })).toBeEnabled();
    expect(screen.getByRole('button', { name: '닫기' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: '개요' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: '연결 정보' })).toHaveTextContent('연결되지 않음');
    expect(screen.getByRole('region', { name: '이미지 메타데이터' })).toHaveTextContent(
      '이미지 메타데이터 없음',
    );
  });
});
