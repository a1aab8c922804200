import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { server, serveQuotas, serveStatus } from '../../../test/browser/fake-api.ts';
import { renderWithProviders } from '../../../test/browser/render.tsx';
import { QuotaSection } from './quota-section.tsx';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const part = (in_use: number, limit: number, reserved = 0) => ({ in_use, limit, reserved });
/** kr-west1 near its limits: volumes 85 %, storage 96 %, snapshots unlimited. */
const WEST = {
  id: 'fc7283354c6143a58629b59f4c3e16b2',
  volumes: part(1049, 1235),
  usages: part(480_000, 500_000),
  snapshots: part(310, -1),
  per_volume_size: part(0, 16384),
};
const EAST = {
  id: 'fc7283354c6143a58629b59f4c3e16b2',
  volumes: part(150, 300),
  usages: part(12_345, -1),
  snapshots: part(88, 100, 2),
  per_volume_size: part(0, -1),
};

const region = (name: string) => screen.getByRole('region', { name: `Region ${name}` });
const meter = (scope: HTMLElement, label: string) => within(scope).getByRole('meter', { name: label });

describe('the quota per region', () => {
  it('shows each region’s gauges: used of limit, the tone from 80 % and 95 %, and no limit as such', async () => {
    serveStatus(['kr-west1', 'kr-east1']);
    serveQuotas({ 'kr-west1': WEST, 'kr-east1': EAST });
    renderWithProviders(<QuotaSection />);
    const west = await screen.findByRole('region', { name: 'Region kr-west1' });
    const volumes = await within(west).findByRole('meter', { name: 'Volumes' });
    expect(volumes).toHaveAttribute('aria-valuenow', '1049');
    expect(volumes).toHaveAttribute('aria-valuemax', '1235');
    expect(volumes).toHaveAttribute('aria-valuetext', '1,049 of 1,235 (84%), Near the limit');
    const storage = meter(west, 'Storage, GB (volumes and snapshots)');
    expect(storage).toHaveAttribute('aria-valuetext', '480,000 GB of 500,000 GB (96%), At the limit');
    expect(storage.closest('[data-quota-tone]')).toHaveAttribute('data-quota-tone', 'danger');
    expect(within(west).getByText('At the limit')).toBeInTheDocument();
    // Unlimited: the count in use, no bar to fill.
    expect(within(west).queryByRole('meter', { name: 'Snapshots' })).not.toBeInTheDocument();
    expect(within(west).getByText('310 used · no limit')).toBeInTheDocument();
    expect(within(west).getByText('16,384 GB')).toBeInTheDocument();

    const east = region('kr-east1');
    expect(meter(east, 'Volumes').closest('[data-quota-tone]')).toHaveAttribute('data-quota-tone', 'ok');
    expect(meter(east, 'Snapshots')).toHaveAttribute('aria-valuetext', '88 of 100 (90%), Near the limit');
    expect(within(east).getByText('· 2 reserved', { exact: false })).toBeInTheDocument();
    expect(within(east).getByText('12,345 GB used · no limit')).toBeInTheDocument();
    expect(within(east).getByText('No limit')).toBeInTheDocument();
    expect(screen.getByText(/the GB of every volume plus the GB of every snapshot/)).toBeInTheDocument();
  });

  it('names a region whose quota cannot be read, shows the others, and tries that one again', async () => {
    serveStatus(['kr-west1', 'kr-east1']);
    serveQuotas({ 'kr-west1': WEST, 'kr-east1': 503 });
    renderWithProviders(<QuotaSection />);
    const alert = await within(await screen.findByRole('region', { name: 'Region kr-east1' })).findByRole(
      'alert',
    );
    expect(alert).toHaveTextContent('Could not read the quota of kr-east1.');
    expect(await within(region('kr-west1')).findByRole('meter', { name: 'Volumes' })).toBeInTheDocument();
    serveQuotas({ 'kr-west1': WEST, 'kr-east1': EAST });
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await within(region('kr-east1')).findByRole('meter', { name: 'Volumes' })).toBeInTheDocument();
  });

  it('speaks Korean', async () => {
    serveStatus(['kr-west1']);
    serveQuotas({ 'kr-west1': WEST });
    renderWithProviders(<QuotaSection />, { locale: 'ko' });
    const west = await screen.findByRole('region', { name: '리전 kr-west1' });
    const volumes = await within(west).findByRole('meter', { name: '볼륨' });
    expect(volumes).toHaveAttribute('aria-valuetext', '1,235 중 1,049 (84%), 한도에 가까움');
    expect(within(west).getByText('310 사용 · 제한 없음')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '리전별 할당량' })).toBeInTheDocument();
  });
});
