import type { Snapshot } from '../scp/snapshot-schema.ts';
import type { Server, Volume } from '../scp/volume-schema.ts';

/** What changed in a region at one time of a made-up past. */
export interface PastTick {
  /** Volumes that appeared or changed then, as ListVolumes would have listed them. */
  volumes: readonly Volume[];
  /** Ids of volumes that were gone from then on. */
  gone: readonly string[];
  /** Snapshots taken then, as ListSnapshots would have listed them. */
  snapshots: readonly Snapshot[];
  /** Ids of snapshots that were gone from then on. */
  snapshotsGone: readonly string[];
}

/**
 * A made-up past for an account that has none yet: the host passes one in when the upstream is
 * the built-in simulator (src/simulator/history.ts), never for real SCP. The inventory records
 * what it yields through the same diff as live runs, labelled simulated.
 */
export interface HistorySource {
  /**
   * One region's past, one tick per time of `times` (oldest first; the last is the present):
   * the first tick holds every volume and snapshot there was at the first time, each later one
   * what changed since, and after the last the region must be exactly `present` and
   * `snapshots`, so that the first live run finds nothing new. Ticks of times with no change
   * are empty.
   */
  past(input: {
    region: string;
    present: readonly Volume[];
    servers: readonly Server[];
    snapshots: readonly Snapshot[];
    times: readonly number[];
  }): Iterable<PastTick>;
}
