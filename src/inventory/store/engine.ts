import type { Kysely, Transaction } from 'kysely';
import type { InventoryTables } from './tables.ts';

export type EngineKind = 'sqlite' | 'postgres';

/**
 * An open database: the Kysely instance every query goes through, and the few things that differ
 * between the embedded engine and PostgreSQL. Everything else (schema, queries) is shared.
 */
export interface Engine {
  kind: EngineKind;
  db: Kysely<InventoryTables>;
  /** Where the data is, for the status and the log: a file path, or host and database (never a password). */
  where: string;
  /** Serialises migrations between processes starting at once (PostgreSQL); SQLite's write lock does it there. */
  lockForMigration(trx: Transaction<InventoryTables>): Promise<void>;
  /** Whether a collector lease holder is certainly gone (it can then be taken before it expires). */
  holderGone(owner: string): Promise<boolean>;
  /** Bytes on disk. */
  size(): Promise<number>;
  close(): Promise<void>;
}

export type InventoryDb = Kysely<InventoryTables>;
