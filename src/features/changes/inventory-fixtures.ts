import { http, HttpResponse } from 'msw';
import type { ChangeJson, InventoryStatus, VolumeHistory } from '../../scp/inventory-schema.ts';

/** The inventory API under jsdom (see test/browser/fake-api.ts). */
export const INVENTORY = 'http://localhost:3000/api/inventory';

export function change(id: number, extra: Partial<ChangeJson> = {}): ChangeJson {
  return {
    id,
    at: new Date(Date.now() - (1000 - id) * 60_000).toISOString(),
    run_id: 1,
    region: 'kr-west1',
    volume_id: `vol-${id}`,
    volume_name: `data-${id}`,
    kind: 'created',
    from: null,
    to: null,
    server: null,
    snapshot: null,
    simulated: true,
    ...extra,
  };
}

export function statusBody(extra: Partial<InventoryStatus> = {}): InventoryStatus {
  return {
    enabled: true,
    engine: 'sqlite',
    interval_seconds: 600,
    retention_days: 90,
    collector: { state: 'idle', run_id: null },
    next_run_at: null,
    history: { start: '2026-11-06T00:00:00Z', simulated: true, simulated_until: '2026-12-06T09:00:00Z' },
    regions: [{ region: 'kr-west1', as_of: '2026-12-06T09:00:00Z', finished_at: '2026-12-06T09:00:05Z' }],
    last_runs: [],
    ...extra,
  };
}

export function inventoryError(status: number, code: string, message: string) {
  return HttpResponse.json({ inventory_error: { status, code, message } }, { status });
}

export const inventoryStatus = (body = statusBody()) =>
  http.get(`${INVENTORY}/status`, () => HttpResponse.json(body));

export function history(extra: Partial<VolumeHistory> = {}): VolumeHistory {
  const version = {
    name: 'data-7',
    state: 'available',
    size_gb: 100,
    volume_type: 'SSD',
    encrypted: false,
    multiattach: false,
    bootable: false,
    attached: false,
    servers: [],
    created_at: '2026-10-01T00:00:00Z',
    unattached_since: new Date(Date.now() - 12.5 * 86_400_000).toISOString(),
    unattached_since_exact: false,
    snapshot_count: 2,
    snapshot_gb: 30,
    valid_from: '2026-12-01T00:00:00Z',
    valid_to: null,
    volume: { id: 'vol-7', name: 'data-7', state: 'available', size: 100, volume_type: 'SSD' },
  };
  return {
    volume_id: 'vol-7',
    region: 'kr-west1',
    exists: true,
    first_seen: '2026-11-06T00:00:00Z',
    first_seen_at_start: true,
    last_seen: '2026-12-06T09:00:00Z',
    versions: [version],
    events: [
      change(3, { volume_id: 'vol-7', kind: 'detached', server: { id: 'srv-1', name: 'web-1' } }),
      change(2, { volume_id: 'vol-7', kind: 'resized', from: 50, to: 100 }),
    ],
    ...extra,
  };
}
