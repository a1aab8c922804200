import type { ApiError } from '../lib/api-error.ts';
import type { Messages } from './messages.ts';

/**
 * The message to show for a failed request. SCP and the proxy word theirs in the language
 * asked for (Accept-Language follows <html lang>), so they are shown as received; a timeout
 * has no answer to quote, and its sentence is ours.
 */
export function errorMessage(m: Messages, error: Pick<ApiError, 'kind' | 'message'>): string {
  return error.kind === 'timeout' ? m.common.timedOut : error.message;
}
