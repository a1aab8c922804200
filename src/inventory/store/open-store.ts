import type { Engine } from './engine.ts';
import { migrate } from './migrate.ts';
import { openPostgres } from './postgres.ts';
import { openSqlite } from './sqlite.ts';

export type StoreLocation = { engine: 'sqlite'; path: string } | { engine: 'postgres'; url: string };

/**
 * Opens the database and brings its schema up to date. Throws with the engine's own reason
 * (a file that cannot be created, a server that cannot be reached, a failed migration).
 */
export async function openStore(
  location: StoreLocation,
  options: {
    now: () => number;
    /** This process, as the collector lease names it (owner.ts). */
    owner: string;
    onPoolError: (error: Error) => void;
  },
): Promise<Engine> {
  const engine =
    location.engine === 'sqlite'
      ? openSqlite(location.path, options.owner)
      : openPostgres(location.url, options.owner, options.onPoolError);
  try {
    await migrate(engine, options.now);
    return engine;
  } catch (error) {
    await engine.close().catch(() => {});
    throw error;
  }
}
