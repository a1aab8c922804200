/**
 * Cinder's snapshot states (its `SnapshotStatus`), which SCP's block storage reports, but
 * `deleted`, which no list shows. Apart from the volume states: a snapshot has its own life.
 */
export const SNAPSHOT_STATES = [
  'available',
  'creating',
  'deleting',
  'error',
  'error_deleting',
  'backing-up',
  'restoring',
  'unmanaging',
] as const;

/**
 * States a snapshot leaves by itself, and how long that takes under churn (min, max seconds).
 * `deleting` and `unmanaging` end with the snapshot gone; the others end `available`.
 */
export const SNAPSHOT_OPERATION_SECONDS: Readonly<Record<string, readonly [number, number]>> = {
  creating: [15, 90],
  deleting: [20, 60],
  'backing-up': [60, 240],
  restoring: [60, 240],
  unmanaging: [20, 60],
};

export function snapshotLeaves(status: string): boolean {
  return status === 'deleting' || status === 'unmanaging';
}
