import { itemPath, VOLUMES_PATH } from './api-paths.ts';

/**
 * The paths of the reads around a volume: its snapshots, the account's quota and the volume
 * types. Apart from api-paths.ts, which the first bundle carries: only lazy code calls these.
 */
export const SNAPSHOTS_PATH = '/v1/snapshots';
export const SNAPSHOT_PATH = itemPath(SNAPSHOTS_PATH);
export const VOLUME_QUOTA_SET_PATH = `${VOLUMES_PATH}/quota-sets` as const;
export const VOLUME_TYPES_PATH = '/v1/volume-types';
export const DEFAULT_VOLUME_TYPE_PATH = `${VOLUME_TYPES_PATH}/default` as const;
export const VOLUME_TYPE_PATH = itemPath(VOLUME_TYPES_PATH);
