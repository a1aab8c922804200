import * as z from 'zod/mini';

/**
 * A region that did not answer a multi-region list: the list still carries the other regions'
 * volumes, and these say what went wrong where, for a banner with Retry.
 */
export const regionFailureSchema = z.object({
  region: z.string(),
  /** The HTTP status the region answered, or the proxy's (502 unreachable, 504 timeout). */
  status: z.number(),
  /** SCP's error code (`ContactAdminForAssistance`) or the proxy's; null when none was given. */
  code: z.nullable(z.string()),
  message: z.string(),
  requestId: z.nullable(z.string()),
});

export type RegionFailure = z.infer<typeof regionFailureSchema>;
