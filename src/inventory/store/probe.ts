import type { InventoryDb } from './engine.ts';

/**
 * Whether the database takes writes again, after one failed: an update that matches nothing
 * still needs the write lock (SQLite) and a writable transaction on an existing table
 * (PostgreSQL). null when it works, else the reason.
 */
export async function probeWrite(db: InventoryDb): Promise<string | null> {
  try {
    await db.updateTable('collector_lease').set({ id: 1 }).where('id', '=', 0).execute();
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
