/**
 * SCP's ListSnapshots (`GET /v1/snapshots`, virtualserver's OpenAPI `listSnapshot`): its
 * documented query parameters, in the order the proxy forwards them. No `sort`: the API lists
 * newest first. Apart from the schema (snapshot-schema.ts), so the route table stays free of zod.
 */
export const SNAPSHOT_LIST_PARAM_NAMES = [
  'volume_id',
  'limit',
  'offset',
  'marker',
  'with_count',
  'name',
] as const;

/** ListVolumeTypes (`GET /v1/volume-types`, `listVolumeTypes`): its documented parameters. */
export const VOLUME_TYPE_LIST_PARAM_NAMES = ['limit', 'offset', 'marker', 'sort'] as const;
