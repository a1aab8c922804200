import { type EndpointName, matchEndpoint, type Resource } from '../scp/endpoints.ts';

/** The endpoints of the route table (src/scp/endpoints.ts), plus SCP's unsigned version list. */
export type Route =
  { kind: 'versions' } | { kind: 'endpoint'; name: EndpointName; resource: Resource | null; id: string };

/** Matches the raw path (no query). Strict like Spring 6: no trailing-slash variants. */
export function matchRoute(path: string): Route | null {
  if (path === '/') return { kind: 'versions' };
  const match = matchEndpoint(path);
  if (match === null) return null;
  return {
    kind: 'endpoint',
    name: match.name,
    resource: match.endpoint.resource,
    id: match.id === undefined ? '' : decodeSegment(match.id),
  };
}

/** A malformed escape cannot name a volume: keep it raw and let the lookup answer 404. */
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
