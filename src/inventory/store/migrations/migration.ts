import type { Transaction } from 'kysely';
import type { EngineKind } from '../engine.ts';
import type { InventoryTables } from '../tables.ts';

/**
 * A schema change, applied once, in order, inside a transaction, and recorded in
 * `inventory_migrations`. Add one as the next numbered file and list it in index.ts; never edit one
 * that has shipped (a database that applied it would not see the edit).
 */
export interface Migration {
  version: number;
  name: string;
  up(db: Transaction<InventoryTables>, engine: EngineKind): Promise<void>;
}
