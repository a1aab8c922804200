/**
 * The paths of the reads around a volume: its snapshots, the account's quota and the volume
 * types. Apart from api-paths.ts, which the first bundle carries: only lazy code calls these.
 */
export const SNAPSHOTS_PATH = '/v1/snapshots';
export const SNAPSHOT_PATH = '/v1/snapshots/{id}';
export const VOLUME_QUOTA_SET_PATH = '/v1/volumes/quota-sets';
export const VOLUME_TYPES_PATH = '/v1/volume-types';
export const DEFAULT_VOLUME_TYPE_PATH = '/v1/volume-types/default';
export const VOLUME_TYPE_PATH = '/v1/volume-types/{id}';
