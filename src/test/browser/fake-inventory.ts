import { http, HttpResponse } from 'msw';
import type { InventoryStatus, InventorySummary, SearchResult } from '../../scp/inventory-schema.ts';

/** The inventory's routes under jsdom's origin (src/scp/inventory-routes.ts). */
export const INVENTORY = 'http://localhost:3000/api/inventory';

/** `/api/inventory/status` with SCP_INVENTORY=off: what every test sees unless it serves one. */
export const INVENTORY_OFF: InventoryStatus = {
  enabled: false,
  engine: null,
  interval_seconds: 600,
  retention_days: 90,
  collector: { state: 'disabled', run_id: null },
  next_run_at: null,
  history: { start: null, simulated: false, simulated_until: null },
  regions: [],
  last_runs: [],
};

export const inventoryOffHandler = () =>
  http.get(`${INVENTORY}/status`, () => HttpResponse.json(INVENTORY_OFF));

/** An inventory that is on, with one complete run of kr-west1 as of `asOf`. */
export function inventoryOn(asOf: string, overrides: Partial<InventoryStatus> = {}): InventoryStatus {
  return {
    ...INVENTORY_OFF,
    enabled: true,
    engine: 'sqlite',
    collector: { state: 'idle', run_id: null },
    history: { start: '2026-01-01T00:00:00Z', simulated: false, simulated_until: null },
    regions: [{ region: 'kr-west1', as_of: asOf, finished_at: asOf }],
    last_runs: [
      {
        id: 1,
        started_at: asOf,
        finished_at: asOf,
        status: 'complete',
        trigger: 'schedule',
        simulated: false,
        requests: 1,
        error: null,
        regions: [
          {
            region: 'kr-west1',
            outcome: 'complete',
            observed_at: asOf,
            finished_at: asOf,
            status: null,
            code: null,
            request_id: null,
            error: null,
            volumes: 0,
            servers: 0,
            requests: 1,
            changes: 0,
          },
        ],
      },
    ],
    ...overrides,
  };
}

const empty = () => ({ count: 0, size_gb: 0 });

/** A summary answer: every figure zero unless given. */
export function summaryBody(asOf: string, overrides: Partial<InventorySummary> = {}): InventorySummary {
  return {
    as_of: asOf,
    regions: [{ region: 'kr-west1', as_of: asOf }],
    total: empty(),
    unattached: empty(),
    by: { volume_type: [], state: [], region: [], bootable: [], encrypted: [] },
    idle: [7, 30, 90].map((days) => ({ days, ...empty() })),
    largest: [],
    ...overrides,
  };
}

/** A search answer with no rows and every facet empty unless given. */
export function searchBody(asOf: string, overrides: Partial<SearchResult> = {}): SearchResult {
  return {
    as_of: asOf,
    regions: [{ region: 'kr-west1', as_of: asOf }],
    total: 0,
    offset: 0,
    limit: 20,
    volumes: [],
    facets: { volume_type: [], state: [], region: [], encrypted: [], multiattach: [], attached: [] },
    ranges: { idle_days: [7, 30, 90].map((days) => ({ days, count: 0 })), size_gb: [] },
    ...overrides,
  };
}
