/**
 * A quota `limit` of -1 means unlimited, as everywhere in the OpenStack family SCP's block
 * storage follows (Cinder's quota sets). Apart from the schemas: no zod for a constant.
 */
export const UNLIMITED = -1;
