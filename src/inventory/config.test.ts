import { describe, expect, it } from 'vitest';
import { InventoryConfigError, readInventoryConfig } from './config.ts';

describe('readInventoryConfig', () => {
  it('collects every 10 minutes into .data/inventory.db under the project, keeping 90 days', () => {
    expect(readInventoryConfig({}, '/srv/app')).toEqual({
      enabled: true,
      location: { engine: 'sqlite', path: '/srv/app/.data/inventory.db' },
      intervalMs: 600_000,
      retentionDays: 90,
      historyDays: 30,
    });
  });

  it('reads every variable; DATABASE_URL chooses PostgreSQL', () => {
    expect(
      readInventoryConfig(
        {
          SCP_INVENTORY: 'OFF',
          SCP_INVENTORY_INTERVAL: '90s',
          SCP_INVENTORY_RETENTION_DAYS: '30',
          SCP_INVENTORY_HISTORY_DAYS: '0',
          DATABASE_URL: 'postgresql://u:p@db:5432/inventory',
        },
        '/srv/app',
      ),
    ).toEqual({
      enabled: false,
      location: { engine: 'postgres', url: 'postgresql://u:p@db:5432/inventory' },
      intervalMs: 90_000,
      retentionDays: 30,
      historyDays: 0,
    });
    expect(
      readInventoryConfig({ SCP_DATA_DIR: '/data', SCP_INVENTORY_INTERVAL: '2h' }, '/srv/app'),
    ).toMatchObject({
      location: { engine: 'sqlite', path: '/data/inventory.db' },
      intervalMs: 7_200_000,
    });
    expect(readInventoryConfig({ SCP_INVENTORY_INTERVAL: '15' }, '/').intervalMs).toBe(900_000);
  });

  it.each([
    ['SCP_INVENTORY', 'maybe', 'SCP_INVENTORY must be on or off, got "maybe".'],
    ['SCP_INVENTORY_INTERVAL', '30s', /^SCP_INVENTORY_INTERVAL must be from 1 minute to 24 hours/],
    ['SCP_INVENTORY_INTERVAL', 'often', /got "often"/],
    [
      'SCP_INVENTORY_RETENTION_DAYS',
      '0',
      'SCP_INVENTORY_RETENTION_DAYS must be a whole number from 1 to 3650, got "0".',
    ],
    ['SCP_INVENTORY_HISTORY_DAYS', '1.5', /^SCP_INVENTORY_HISTORY_DAYS must be a whole number/],
    ['DATABASE_URL', 'mysql://db/x', /^DATABASE_URL must be a PostgreSQL URL/],
  ])('refuses %s=%s, naming it', (name, value, message) => {
    const read = () => readInventoryConfig({ [name]: value }, '/');
    expect(read).toThrow(InventoryConfigError);
    expect(read).toThrow(message);
  });
});
