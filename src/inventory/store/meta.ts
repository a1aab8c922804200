import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { InventoryDb } from './engine.ts';
import type { InventoryTables } from './tables.ts';

/** Small facts about the history itself (whether part of it is simulated, and until when). */
export type MetaKey = 'simulated_until' | 'simulator_epoch' | 'generation';

export async function readMeta(db: InventoryDb, key: MetaKey): Promise<string | null> {
  const row = await db.selectFrom('inventory_meta').select('value').where('key', '=', key).executeTakeFirst();
  return row?.value ?? null;
}

export async function writeMeta(
  db: InventoryDb | Transaction<InventoryTables>,
  key: MetaKey,
  value: string,
): Promise<void> {
  await db
    .insertInto('inventory_meta')
    .values({ key, value })
    .onConflict((conflict) => conflict.column('key').doUpdateSet({ value }))
    .execute();
}

/** The first caller's `now` becomes the simulator's epoch for good: later callers (restarts, replicas) read it. */
export async function pinnedEpoch(db: InventoryDb, now: number): Promise<number> {
  await db
    .insertInto('inventory_meta')
    .values({ key: 'simulator_epoch', value: String(now) })
    .onConflict((conflict) => conflict.column('key').doNothing())
    .execute();
  return Number(await readMeta(db, 'simulator_epoch'));
}

/**
 * Marks that the latest observation or the history changed (a region committed, a past written,
 * retention applied), in the same transaction: every process's read model (read-model.ts)
 * notices and rebuilds.
 */
export function bumpGeneration(trx: Transaction<InventoryTables>): Promise<void> {
  return writeMeta(trx, 'generation', randomUUID());
}
