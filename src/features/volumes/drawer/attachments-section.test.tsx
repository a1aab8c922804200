import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AttachmentsSection } from './attachments-section.tsx';
import { renderWithProviders } from '../../../test/browser/render.tsx';
import { API, server, serveServers } from '../../../test/browser/fake-api.ts';

// Lookups on a busy 2-core machine: give them room.

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const attachments = [
  { id: 'srv-a', device: '/dev/vdb', attached_at: '2026-02-11T06:44:40Z' },
  { id: 'srv-b', device: '/dev/vdc', attached_at: '2026-02-12T06:44:40Z' },
  { id: 'srv-c', device: '/dev/vdd', attached_at: null },
];

function rows() {
  return within(screen.getByRole('table')).getAllByRole('row').slice(1);
}

describe('AttachmentsSection', () => {
  it('lists every server of a multi-attach volume by name, with id, device and time', async () => {
    serveServers({
      'srv-a': { id: 'srv-a', name: 'web-01', state: 'ACTIVE' },
      'srv-b': { id: 'srv-b', name: 'web-02', state: 'ACTIVE' },
      'srv-c': { id: 'srv-c', name: 'web-03', state: 'ACTIVE' },
    });
    renderWithProviders(<AttachmentsSection attachments={attachments} />);
    expect(screen.getByRole('table', { name: '3 attached servers' })).toBeInTheDocument();
    // Each name resolves on its own request, in any order: wait for all three.
    for (const name of ['web-01', 'web-02', 'web-03'])
      expect(await screen.findByText(name)).toBeInTheDocument();
    const [a, b] = rows();
    expect(a).toHaveTextContent('web-01');
    expect(a).toHaveTextContent('srv-a');
    expect(a).toHaveTextContent('/dev/vdb');
    expect(within(a!).getByRole('button', { name: 'Copy server ID' })).toBeInTheDocument();
    expect(a!.querySelector('time')).toHaveAttribute('dateTime', '2026-02-11T06:44:40.000Z');
    expect(b).toHaveTextContent('web-02');
  });

  it('shows a server whose name lookup failed by its id once, the name marked unavailable, with a retry', async () => {
    serveServers({ 'srv-a': { id: 'srv-a', name: 'web-01', state: 'ACTIVE' }, 'srv-b': 500 });
    renderWithProviders(<AttachmentsSection attachments={attachments} />);
    expect(await screen.findByText('Server not found')).toBeInTheDocument();
    expect(await screen.findByText('Name unavailable')).toBeInTheDocument();
    const [a, b, c] = rows();
    expect(a).toHaveTextContent('web-01');
    expect(within(b!).getAllByText('srv-b')).toHaveLength(1);
    expect(within(c!).getAllByText('srv-c')).toHaveLength(1);
    // A missing server will not come back on a second try; a failed lookup may.
    expect(within(c!).queryByRole('button', { name: /Retry/ })).not.toBeInTheDocument();

    serveServers({ 'srv-b': { id: 'srv-b', name: 'web-02', state: 'ACTIVE' } });
    await userEvent.click(within(b!).getByRole('button', { name: 'Retry the name of srv-b' }));

    expect(await within(b!).findByText('web-02')).toBeInTheDocument();
    expect(within(b!).queryByText('Name unavailable')).not.toBeInTheDocument();
  });

  it('asks once per distinct server', async () => {
    const asked: string[] = [];
    server.use(
      http.get(`${API}/servers/:id`, ({ params }) => {
        asked.push(String(params.id));
        return HttpResponse.json({ id: params.id, name: `name-${String(params.id)}` });
      }),
    );
    const twice = [
      { id: 'srv-a', device: '/dev/vdb', attached_at: null },
      { id: 'srv-a', device: '/dev/vdc', attached_at: null },
    ];
    renderWithProviders(<AttachmentsSection attachments={twice} />);
    expect(await screen.findAllByText('name-srv-a')).toHaveLength(2);
    expect(asked).toEqual(['srv-a']);
  });

  it('names the volume’s region in each lookup, so the proxy asks only that region', async () => {
    const regions: (string | null)[] = [];
    server.use(
      http.get(`${API}/servers/:id`, ({ params, request }) => {
        regions.push(new URL(request.url).searchParams.get('region'));
        return HttpResponse.json({ id: params.id, name: `name-${String(params.id)}` });
      }),
    );
    renderWithProviders(<AttachmentsSection attachments={attachments.slice(0, 2)} region="kr-east1" />);
    expect(await screen.findByText('name-srv-b')).toBeInTheDocument();
    expect(await screen.findByText('name-srv-a')).toBeInTheDocument();
    expect(regions).toEqual(['kr-east1', 'kr-east1']);
  });

  it('shortens a UUID in the server ID column but copies and announces it whole', async () => {
    const uuid = '5a1e0c2b-1111-4a2b-8c3d-000000000001';
    serveServers({ [uuid]: { id: uuid, name: 'db-01' } });
    renderWithProviders(
      <AttachmentsSection attachments={[{ id: uuid, device: '/dev/vdb', attached_at: null }]} />,
    );
    expect(await screen.findByText('db-01')).toBeInTheDocument();
    const cell = within(rows()[0]!).getAllByRole('cell')[1]!;
    expect(within(cell).getByText('5a1e0c2b…')).toBeInTheDocument();
    expect(within(cell).getByText(uuid)).toHaveClass('sr-only');
    const user = userEvent.setup();
    await user.click(within(cell).getByRole('button', { name: 'Copy server ID' }));
    expect(await navigator.clipboard.readText()).toBe(uuid);
  });

  it('says "Not attached" when there are no servers', () => {
    renderWithProviders(<AttachmentsSection attachments={[]} />);
    expect(screen.getByRole('region', { name: 'Attachments' })).toHaveTextContent('Not attached');
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('labels the table and the fallback in Korean', async () => {
    serveServers({});
    renderWithProviders(<AttachmentsSection attachments={attachments.slice(0, 1)} />, { locale: 'ko' });
    expect(screen.getByRole('columnheader', { name: '서버 이름' })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: '장치' })).toBeInTheDocument();
    expect(await screen.findByText('서버를 찾을 수 없음')).toBeInTheDocument();
  });
});
