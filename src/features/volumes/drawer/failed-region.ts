import type { ApiError } from '../../../lib/api-error.ts';
import { REGION_HEADER } from '../../../scp/region-header.ts';

/**
 * The region a failed lookup by id names (REGION_HEADER), when it does. Read from the answer
 * the error came from (its cause: ky's HTTPError) rather than kept on every ApiError.
 */
export function failedRegion(error: ApiError): string | null {
  const cause = error.cause as { response?: Response } | undefined;
  return cause?.response?.headers.get(REGION_HEADER) ?? null;
}
