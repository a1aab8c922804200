import { join, resolve } from 'node:path';
import type { StoreLocation } from './store/open-store.ts';

export type InventoryEnv = Readonly<Record<string, string | undefined>>;

export interface InventoryConfig {
  enabled: boolean;
  location: StoreLocation;
  intervalMs: number;
  retentionDays: number;
  /** Days of simulated past on a first start against the simulator (0: none). */
  historyDays: number;
}

/** A bad variable stops the server with a message naming it, like the proxy's (config.ts). */
export class InventoryConfigError extends Error {
  override name = 'InventoryConfigError';
}

const MINUTE_MS = 60_000;
export const INVENTORY_DEFAULTS = {
  intervalMs: 10 * MINUTE_MS,
  retentionDays: 90,
  historyDays: 30,
  /** Under the project: git-ignored (.gitignore), and /data in the container image. */
  dataDir: '.data',
  file: 'inventory.db',
} as const;

function read(env: InventoryEnv, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === '' ? undefined : value;
}

/** `10m`, `90s`, `1h`, or a bare number of minutes. */
function readInterval(raw: string | undefined): number {
  if (raw === undefined) return INVENTORY_DEFAULTS.intervalMs;
  const match = /^(\d+)\s*(s|m|h)?$/i.exec(raw);
  const unit = { s: 1000, m: MINUTE_MS, h: 60 * MINUTE_MS }[
    (match?.[2] ?? 'm').toLowerCase() as 's' | 'm' | 'h'
  ];
  const value = match ? Number(match[1]) * unit : NaN;
  if (!(value >= MINUTE_MS && value <= 24 * 60 * MINUTE_MS)) {
    throw new InventoryConfigError(
      `SCP_INVENTORY_INTERVAL must be from 1 minute to 24 hours, such as 10m, 90s or 1h (a bare number is minutes), got "${raw}".`,
    );
  }
  return value;
}

function readWhole(env: InventoryEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = read(env, name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max) {
    throw new InventoryConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}".`);
  }
  return value;
}

/**
 * SCP_INVENTORY (on|off), SCP_INVENTORY_INTERVAL, SCP_INVENTORY_RETENTION_DAYS,
 * SCP_INVENTORY_HISTORY_DAYS, SCP_DATA_DIR (relative to `root`) and DATABASE_URL (PostgreSQL,
 * which wins over the data directory). Pure: the host passes the merged environment.
 */
export function readInventoryConfig(env: InventoryEnv, root: string): InventoryConfig {
  const switch_ = read(env, 'SCP_INVENTORY')?.toLowerCase() ?? 'on';
  if (switch_ !== 'on' && switch_ !== 'off') {
    throw new InventoryConfigError(`SCP_INVENTORY must be on or off, got "${switch_}".`);
  }
  const url = read(env, 'DATABASE_URL');
  let location: StoreLocation;
  if (url !== undefined) {
    if (!/^postgres(ql)?:\/\//i.test(url)) {
      throw new InventoryConfigError(
        'DATABASE_URL must be a PostgreSQL URL (postgres://user:password@host:5432/database); ' +
          'leave it unset to keep the inventory in a file under SCP_DATA_DIR.',
      );
    }
    location = { engine: 'postgres', url };
  } else {
    const dir = resolve(root, read(env, 'SCP_DATA_DIR') ?? INVENTORY_DEFAULTS.dataDir);
    location = { engine: 'sqlite', path: join(dir, INVENTORY_DEFAULTS.file) };
  }
  return {
    enabled: switch_ === 'on',
    location,
    intervalMs: readInterval(read(env, 'SCP_INVENTORY_INTERVAL')),
    retentionDays: readWhole(env, 'SCP_INVENTORY_RETENTION_DAYS', INVENTORY_DEFAULTS.retentionDays, 1, 3650),
    historyDays: readWhole(env, 'SCP_INVENTORY_HISTORY_DAYS', INVENTORY_DEFAULTS.historyDays, 0, 365),
  };
}
