import type { ChangesPage } from '../../scp/inventory-schema.ts';
import type { InventoryDb } from './engine.ts';
import { changeJson } from './present.ts';

export interface ChangesInput {
  /** Inclusive. */
  since?: number;
  /** Exclusive. */
  until?: number;
  region?: string[];
  kind?: string[];
  volume_id?: string;
  limit: number;
  /** Where the previous page ended. */
  after?: ChangesCursor;
}

export interface ChangesCursor {
  at: number;
  id: number;
}

/** Opaque to clients: the (time, id) of the last change of a page. */
export function encodeCursor(cursor: ChangesCursor): string {
  return Buffer.from(`${cursor.at}.${cursor.id}`, 'utf8').toString('base64url');
}

export function decodeCursor(raw: string): ChangesCursor | null {
  const match = /^(\d{1,16})\.(\d{1,16})$/.exec(Buffer.from(raw, 'base64url').toString('utf8'));
  if (!match || encodeCursor({ at: Number(match[1]), id: Number(match[2]) }) !== raw) return null;
  return { at: Number(match[1]), id: Number(match[2]) };
}

/**
 * Newest first, keyset-paged on (at, id): a page costs the same at any depth, and changes
 * recorded while someone pages never shift what the next page holds.
 */
export async function changes(db: InventoryDb, input: ChangesInput): Promise<ChangesPage> {
  let query = db.selectFrom('change_events').selectAll();
  if (input.since !== undefined) query = query.where('at', '>=', input.since);
  if (input.until !== undefined) query = query.where('at', '<', input.until);
  if (input.region !== undefined) query = query.where('region', 'in', input.region);
  if (input.kind !== undefined) query = query.where('kind', 'in', input.kind);
  if (input.volume_id !== undefined) query = query.where('volume_id', '=', input.volume_id);
  const after = input.after;
  if (after !== undefined) {
    query = query.where((eb) =>
      eb.or([eb('at', '<', after.at), eb.and([eb('at', '=', after.at), eb('id', '<', after.id)])]),
    );
  }
  const rows = await query
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .limit(input.limit + 1)
    .execute();
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    changes: page.map(changeJson),
    next_cursor:
      rows.length > input.limit && last ? encodeCursor({ at: last.at, id: Number(last.id) }) : null,
  };
}
