import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inventoryErrorSchema, inventoryStatusSchema } from '../../scp/inventory-schema.ts';
import { startInventoryServer, type InventoryServer } from '../../test/node/inventory-server.ts';

describe('the inventory switched off (SCP_INVENTORY=off)', () => {
  let server: InventoryServer;
  beforeAll(async () => {
    server = await startInventoryServer({ SCP_INVENTORY: 'off', SCP_SIMULATOR_VOLUMES: '5' });
  });
  afterAll(() => server?.close());

  it('says so in its status (200, so a browser asking first logs no error), and refuses the rest with 503', async () => {
    const status = await server.call('/api/inventory/status');
    expect(status.status).toBe(200);
    expect(inventoryStatusSchema.parse(status.body)).toMatchObject({
      enabled: false,
      engine: null,
      collector: { state: 'disabled', run_id: null },
      regions: [],
      last_runs: [],
    });
    expect((await server.call('/api/inventory/status?x=1')).status).toBe(400);
    for (const path of ['/api/inventory/search', '/api/inventory/summary', '/api/inventory/trends']) {
      const answer = await server.call(path);
      expect(answer.status, path).toBe(503);
      expect(inventoryErrorSchema.parse(answer.body).inventory_error.code).toBe('InventoryDisabled');
    }
    // The live table is not the inventory's: it answers as ever.
    expect((await server.call('/api/v1/volumes?limit=1')).status).toBe(200);
  });
});
