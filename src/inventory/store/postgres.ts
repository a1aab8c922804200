import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { Engine } from './engine.ts';
import { gonePerThisHost } from './owner.ts';
import type { InventoryTables } from './tables.ts';

const INT8 = 20;
const NUMERIC = 1700;
/** pg_advisory_xact_lock's key for migrations: any constant the application owns. */
const MIGRATION_LOCK = 0x5c9_1e17;

/** host:port/database, never the user or password. */
export function describePostgres(url: string): string {
  try {
    const parsed = new URL(url);
    return `postgres://${parsed.host}${parsed.pathname}`;
  } catch {
    return 'postgres (unparseable DATABASE_URL)';
  }
}

/**
 * PostgreSQL through `pg`'s pool. Counts, sums and epoch milliseconds come back as numbers (pg
 * leaves int8 and numeric as strings, for values beyond 2^53 that these never reach).
 */
export function openPostgres(url: string, owner: string, onPoolError: (error: Error) => void): Engine {
  const pool = new pg.Pool({
    connectionString: url,
    max: 8,
    connectionTimeoutMillis: 5000,
    idleTimeoutMillis: 30_000,
    // A query that cannot finish in a minute is a stuck database, not a slow one.
    statement_timeout: 60_000,
    // Names this replica's sessions, so another can see whether a lease holder still runs.
    application_name: owner,
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === INT8 || oid === NUMERIC
          ? (value: string) => Number(value)
          : pg.types.getTypeParser(oid, format ?? 'text')) as typeof pg.types.getTypeParser,
    },
  });
  // An idle connection the server drops emits 'error' on the pool; unheard, it would end the process.
  pool.on('error', onPoolError);
  const db = new Kysely<InventoryTables>({ dialect: new PostgresDialect({ pool }) });
  return {
    kind: 'postgres',
    db,
    where: describePostgres(url),
    lockForMigration: async (trx) => {
      await sql`select pg_advisory_xact_lock(${MIGRATION_LOCK})`.execute(trx);
    },
    // A replica whose sessions are all gone (killed, its host lost) holds nothing any more.
    holderGone: async (holder) =>
      gonePerThisHost(holder, owner) ||
      (
        await sql<{
          n: number;
        }>`select count(*) as n from pg_stat_activity where application_name = ${holder}`.execute(db)
      ).rows[0]?.n === 0,
    size: async () => {
      const { rows } = await sql<{ bytes: number | null }>`
        select sum(pg_total_relation_size(c.oid)) as bytes from pg_class c
        join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = current_schema() and c.relkind = 'r'
          and c.relname in ('inventory_meta', 'inventory_migrations', 'collector_lease', 'runs', 'run_regions',
            'volume_versions', 'staged_versions', 'current_volumes', 'change_events')`.execute(db);
      return rows[0]?.bytes ?? 0;
    },
    close: () => db.destroy(),
  };
}
