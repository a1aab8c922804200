import type { EventKind } from '../scp/inventory-routes.ts';

export { EVENT_KINDS, type EventKind } from '../scp/inventory-routes.ts';

/**
 * The inventory's own records. Times are epoch milliseconds throughout: they sort and subtract
 * as numbers in both engines, and the API turns them into ISO strings at the edge.
 */

/** A snapshot as the inventory keeps it: enough to name it in a change and to sum it. */
export interface SnapshotRecord {
  id: string;
  name: string | null;
  sizeGb: number;
}

/** One volume as one complete observation of its region saw it: the columns queried, and the object. */
export interface ObservedVolume {
  id: string;
  region: string;
  name: string | null;
  state: string;
  sizeGb: number;
  volumeType: string | null;
  encrypted: boolean;
  multiattach: boolean;
  bootable: boolean;
  serverIds: string[];
  /** Parallel to serverIds; null where the region's server list did not name that server. */
  serverNames: (string | null)[];
  createdAt: number | null;
  /**
   * Its snapshots as ListSnapshots listed them in the same walk, oldest id first; null where
   * they are not known (a current record written before snapshots were recorded).
   */
  snapshots: SnapshotRecord[] | null;
  /** The API object as received (JSON). Empty when it is known to be unchanged and not needed. */
  raw: string;
  /** Of the object and the server names: equal hashes are the same version. */
  hash: string;
}

/** What the latest complete observation holds for a volume: the diff's "before". */
export interface CurrentVolume extends Omit<ObservedVolume, 'raw'> {
  /** When it was first seen without a server in this unattached stretch; null while attached. */
  unattachedSince: number | null;
  /** false: it was already unattached when the history began ("at least since"). */
  unattachedSinceExact: boolean;
  /** When this version began. */
  validFrom: number;
}

/** A version about to be stored: valid from `validFrom` until a later observation ends it. */
export interface NewVersion extends ObservedVolume {
  unattachedSince: number | null;
  unattachedSinceExact: boolean;
  validFrom: number;
  validFromRun: number;
}

export interface ChangeEvent {
  kind: EventKind;
  at: number;
  runId: number;
  region: string;
  volumeId: string;
  /** The volume's name at the time (after the change; before it for a deletion). */
  volumeName: string | null;
  /** state, size (GB), name or type before and after; null for the other kinds. */
  from: string | null;
  to: string | null;
  /** The server attached or detached. */
  serverId: string | null;
  serverName: string | null;
  /** The snapshot taken or deleted. */
  snapshot: SnapshotRecord | null;
}

export const RUN_STATUSES = ['running', 'complete', 'partial', 'failed', 'interrupted'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

export const RUN_TRIGGERS = ['schedule', 'manual', 'simulated'] as const;
export type RunTrigger = (typeof RUN_TRIGGERS)[number];
