import { mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { Kysely, sql, SqliteDialect, type SqliteDatabase, type SqliteStatement } from 'kysely';
import Database from 'libsql';
import type { Engine } from './engine.ts';
import { gonePerThisHost } from './owner.ts';
import type { InventoryTables } from './tables.ts';

/**
 * libsql's native binding takes no JavaScript boolean (it panics, which ends the process), so
 * every parameter goes through here: true/false become 1/0, as SQLite stores them anyway.
 */
function bindable(parameters: readonly unknown[]): unknown[] {
  return parameters.map((value) => (typeof value === 'boolean' ? (value ? 1 : 0) : value));
}

/**
 * The calls block the event loop, so waiting for a lock another process holds is kept short:
 * the collector fails its write and tries again at its next run.
 */
const PRAGMAS =
  'PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 500; ' +
  // A run's one large transaction grows the WAL file; the checkpoint after it shrinks it back.
  'PRAGMA journal_size_limit = 67108864;';

function connect(path: string): Database.Database {
  const raw = new Database(path);
  raw.exec(PRAGMAS);
  return raw;
}

/**
 * libsql's Database has better-sqlite3's API, which Kysely's own SqliteDialect drives: no
 * third-party dialect needed, only the boolean conversion above and one repair. A statement
 * that fails mid-step (SQLITE_BUSY: another process holds the write lock) is never reset by
 * libsql, and every later COMMIT on that connection fails with "SQL statements in progress":
 * after a failure the connection is replaced, once any transaction it was in is rolled back.
 */
function kyselyDatabase(path: string): SqliteDatabase {
  let raw = connect(path);
  let failed = false;
  // Kysely prepares every query afresh; the same few dozen statements come back every run.
  const prepared = new Map<string, SqliteStatement>();
  const guard = <T>(call: () => T): T => {
    try {
      return call();
    } catch (error) {
      failed = true;
      throw error;
    }
  };
  return {
    close: () => raw.close(),
    prepare(sql: string): SqliteStatement {
      if (failed && !raw.inTransaction) {
        raw.close();
        raw = connect(path);
        prepared.clear();
        failed = false;
      }
      const cached = prepared.get(sql);
      if (cached) return cached;
      const statement = guard(() => raw.prepare(sql));
      const wrapped: SqliteStatement = {
        get reader() {
          return statement.reader;
        },
        all: (parameters) => guard(() => statement.all(bindable(parameters))),
        run: (parameters) =>
          guard(() => {
            const { changes, lastInsertRowid } = statement.run(bindable(parameters));
            return { changes, lastInsertRowid };
          }),
        iterate: (parameters) => guard(() => statement.iterate(bindable(parameters))),
      };
      if (prepared.size >= MAX_PREPARED) prepared.delete(prepared.keys().next().value as string);
      prepared.set(sql, wrapped);
      return wrapped;
    },
  };
}

/** Statements kept prepared; search's and trends' vary with their filters, the collector's do not. */
const MAX_PREPARED = 256;

/**
 * The embedded engine: one SQLite file (WAL, so a crash mid-write loses nothing committed and
 * readers never see half a transaction). Opening fails at once, with SQLite's reason, when the
 * file cannot be created or read.
 */
export function openSqlite(path: string, owner: string): Engine {
  mkdirSync(dirname(path), { recursive: true });
  const db = new Kysely<InventoryTables>({ dialect: new SqliteDialect({ database: kyselyDatabase(path) }) });
  return {
    kind: 'sqlite',
    db,
    where: path,
    // A write first, so the transaction takes SQLite's write lock (waiting out busy_timeout for
    // another process migrating) instead of failing later on an upgrade from a read lock.
    lockForMigration: async (trx) => {
      await sql`update inventory_migrations set version = version where 0 = 1`.execute(trx);
    },
    // Only processes on this machine share a file: one that no longer runs lets go at once.
    holderGone: async (holder) => gonePerThisHost(holder, owner),
    size: async () =>
      [path, `${path}-wal`].reduce((total, file) => {
        try {
          return total + statSync(file).size;
        } catch {
          return total;
        }
      }, 0),
    close: () => db.destroy(),
  };
}
