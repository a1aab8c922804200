export type Route =
  | { kind: 'versions' }
  | { kind: 'list-volumes' }
  | { kind: 'show-volume'; id: string }
  | { kind: 'show-server'; id: string };

const VOLUME = /^\/v1\/volumes\/([^/]+)$/;
const SERVER = /^\/v1\/servers\/([^/]+)$/;

/** Matches the raw path (no query). Strict like Spring 6: no trailing-slash variants. */
export function matchRoute(path: string): Route | null {
  if (path === '/') return { kind: 'versions' };
  if (path === '/v1/volumes') return { kind: 'list-volumes' };
  const volume = VOLUME.exec(path);
  if (volume?.[1]) return { kind: 'show-volume', id: decodeSegment(volume[1]) };
  const server = SERVER.exec(path);
  if (server?.[1]) return { kind: 'show-server', id: decodeSegment(server[1]) };
  return null;
}

/** A malformed escape cannot name a volume: keep it raw and let the lookup answer 404. */
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
