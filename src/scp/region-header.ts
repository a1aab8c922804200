/**
 * Response header naming the region whose failure the proxy relays for a lookup by id asked
 * of several regions: the item may be in the region that failed. (A found item names its
 * region in its body, as list entries do.) Its own module: the first bundle has no use for it.
 */
export const REGION_HEADER = 'X-SCP-Region';
