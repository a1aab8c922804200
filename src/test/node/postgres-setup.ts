import type { TestProject } from 'vitest/node';
import { startPostgres } from './postgres-cluster.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A PostgreSQL the `db` project's tests may create schemas in (postgres-cluster.ts). */
    databaseUrl: string;
  }
}

/**
 * The `db` project's global setup (vitest.config.ts): one PostgreSQL for the whole run, started
 * before the first test file and stopped after the last, whichever files run.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const started = Date.now();
  const postgres = await startPostgres();
  console.log(`PostgreSQL for the db tests: ${postgres.source} (${Date.now() - started} ms)`);
  project.provide('databaseUrl', postgres.url);
  return () => postgres.stop();
}
