import { describe, expect, it } from 'vitest';
import {
  describeInventoryRoutes,
  INVENTORY_ROUTE_NAMES,
  INVENTORY_ROUTES,
  inventoryPath,
  isInventoryPath,
  matchInventoryRoute,
} from './inventory-routes.ts';

describe('the inventory route table', () => {
  it('matches each route by its path and builds it back', () => {
    for (const name of INVENTORY_ROUTE_NAMES) {
      const path = INVENTORY_ROUTES[name].path.replace('{id}', 'vol-1');
      expect(matchInventoryRoute(path)?.name).toBe(name);
    }
    expect(matchInventoryRoute('/volumes/a%20b/history')).toEqual({ name: 'volumeHistory', id: 'a%20b' });
    expect(inventoryPath('volumeHistory', { id: 'a b' })).toBe('/api/inventory/volumes/a%20b/history');
    expect(inventoryPath('search')).toBe('/api/inventory/search');
  });

  it.each(['', '/', '/status/', '/volumes//history', '/volumes/x', '/runs/1', '/%73tatus'])(
    'matches nothing for "%s"',
    (path) => {
      expect(matchInventoryRoute(path)).toBeNull();
    },
  );

  it('claims /api/inventory and below, and nothing that only starts alike', () => {
    expect(
      ['/api/inventory', '/api/inventory/', '/api/inventory?x', '/api/inventory/status'].map(isInventoryPath),
    ).toEqual([true, true, true, true]);
    expect(['/api/inventoryx', '/api/v1/volumes', '/inventory', undefined].map(isInventoryPath)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  it('names every route with its method for the 404', () => {
    expect(describeInventoryRoutes()).toEqual([
      'GET /api/inventory/status',
      'GET /api/inventory/changes',
      'GET /api/inventory/volumes/{id}/history',
      'GET /api/inventory/trends',
      'GET /api/inventory/search',
      'GET /api/inventory/summary',
      'POST /api/inventory/runs',
    ]);
  });
});
