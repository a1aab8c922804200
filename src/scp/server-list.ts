import * as z from 'zod/mini';
import { type Server, serverSchema } from './volume-schema.ts';

/**
 * ListServers' answer, `{ servers: [...] }` (its parameters: server-list-query.ts). Items stay
 * `unknown` here so one malformed server is counted, not the whole page refused.
 */
export const serverListResponseSchema = z.looseObject({
  servers: z.array(z.unknown()),
});

export interface ServerList {
  servers: Server[];
  /** Items that are not a server (no string id): counted, since a name lookup can live without them. */
  invalid: number;
}

export function parseServerList(body: unknown): ServerList {
  const list = serverListResponseSchema.parse(body);
  const servers: Server[] = [];
  let invalid = 0;
  for (const item of list.servers) {
    const parsed = serverSchema.safeParse(item);
    if (parsed.success) servers.push(parsed.data);
    else invalid++;
  }
  return { servers, invalid };
}
