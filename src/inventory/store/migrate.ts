import { sql } from 'kysely';
import type { Engine } from './engine.ts';
import { MIGRATIONS, type Migration } from './migrations/index.ts';

/**
 * Applies the migrations this database has not seen, each in its own transaction with its
 * record, so a crash leaves either all of one or none of it. Replicas starting together wait
 * for each other (Engine.lockForMigration) and then find the work done.
 */
export async function migrate(
  engine: Engine,
  now: () => number,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<number[]> {
  const { db } = engine;
  await db.schema
    .createTable('inventory_migrations')
    .ifNotExists()
    .addColumn('version', 'integer', (column) => column.primaryKey())
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('applied_at', 'bigint', (column) => column.notNull())
    .execute()
    .catch(async (error: unknown) => {
      // Two PostgreSQL replicas creating it at once: one wins, the other sees a duplicate type.
      const exists = await sql`select 1 from inventory_migrations`.execute(db).then(
        () => true,
        () => false,
      );
      if (!exists) throw error;
    });
  const applied: number[] = [];
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    await db.transaction().execute(async (trx) => {
      await engine.lockForMigration(trx);
      const done = await trx
        .selectFrom('inventory_migrations')
        .select('version')
        .where('version', '=', migration.version)
        .executeTakeFirst();
      if (done) return;
      await migration.up(trx, engine.kind);
      await trx
        .insertInto('inventory_migrations')
        .values({ version: migration.version, name: migration.name, applied_at: now() })
        .execute();
      applied.push(migration.version);
    });
  }
  return applied;
}
