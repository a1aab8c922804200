import type { ApiError } from '../../../lib/api-error.ts';

export type ErrorExplanation =
  'unauthorized' | 'forbidden' | 'unreachable' | 'notConfigured' | 'network' | 'timeout' | 'invalidResponse';

/** Which advice fits an error: what the user can do about it, beyond SCP's own message. */
export function explainError(error: ApiError): ErrorExplanation | null {
  switch (error.kind) {
    case 'network':
      return 'network';
    case 'timeout':
      return 'timeout';
    case 'invalid-response':
      return 'invalidResponse';
    default:
      break;
  }
  if (error.code === 'NotConfigured') return 'notConfigured';
  if (error.status === 401) return 'unauthorized';
  if (error.status === 403) return 'forbidden';
  if (error.status === 502 || error.status === 504) return 'unreachable';
  if (error.code === 'UpstreamUnreachable' || error.code === 'UpstreamTimeout') return 'unreachable';
  return null;
}
