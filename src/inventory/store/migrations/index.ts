import { initial } from './001-initial.ts';
import { snapshots } from './002-snapshots.ts';
import type { Migration } from './migration.ts';

export type { Migration } from './migration.ts';

/** In order; a new one is the next numbered file, listed here. */
export const MIGRATIONS: readonly Migration[] = [initial, snapshots];
