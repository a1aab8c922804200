import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import type { Engine, EngineKind } from '../../inventory/store/engine.ts';
import { openStore, type StoreLocation } from '../../inventory/store/open-store.ts';
import { newOwner } from '../../inventory/store/owner.ts';
// The `databaseUrl` the db project provides (its type is declared there).
import type {} from './postgres-setup.ts';

/** Both engines: the store's tests run each of their cases on each. */
export const ENGINE_KINDS: readonly EngineKind[] = ['sqlite', 'postgres'];

export interface TestDatabase {
  location: StoreLocation;
  /** PostgreSQL: the schema that holds this database's tables. */
  schema?: string;
  /** PostgreSQL: runs SQL as the cluster's owner (outside the schema). */
  admin?: (sql: string) => Promise<void>;
  /** Removes the file or drops the schema. */
  remove(): Promise<void>;
}

/**
 * A database of its own for one test: a new SQLite file, or a new schema in the run's
 * PostgreSQL (postgres-setup.ts), reached through a URL whose search_path names it.
 */
export async function createTestDatabase(kind: EngineKind): Promise<TestDatabase> {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'scp-inventory-'));
    return {
      location: { engine: 'sqlite', path: join(dir, 'inventory.db') },
      remove: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const base = inject('databaseUrl');
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const setup = new pg.Client({ connectionString: base });
  await setup.connect();
  await setup.query(`create schema ${schema}`);
  await setup.end();
  const url = new URL(base);
  url.searchParams.set('options', `-c search_path=${schema}`);
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: base });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  return {
    location: { engine: 'postgres', url: url.href },
    schema,
    admin,
    remove: async () => {
      const client = new pg.Client({ connectionString: base });
      await client.connect();
      await client.query(`drop schema ${schema} cascade`);
      await client.end();
    },
  };
}

export interface TestEngine {
  engine: Engine;
  database: TestDatabase;
  close(): Promise<void>;
}

export async function openTestEngine(kind: EngineKind, now: () => number = Date.now): Promise<TestEngine> {
  const database = await createTestDatabase(kind);
  const engine = await openStore(database.location, {
    now,
    owner: newOwner(),
    onPoolError: (error) => {
      throw error;
    },
  });
  return {
    engine,
    database,
    close: async () => {
      await engine.close();
      await database.remove();
    },
  };
}
