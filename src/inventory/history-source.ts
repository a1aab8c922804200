import type { Server, Volume } from '../scp/volume-schema.ts';

/**
 * A made-up past for an account that has none yet: the host passes one in when the upstream is
 * the built-in simulator (src/simulator/history.ts), never for real SCP. The inventory records
 * what it yields exactly as it records live runs, labelled simulated.
 */
export interface HistorySource {
  /**
   * One region's volumes at each of `times` (oldest first; the last is the present), as
   * ListVolumes would have listed them then, ending with `present` itself so that the first live
   * run finds nothing new. A time at which nothing changed may repeat the previous array (the
   * same object): it is then not compared again, which keeps a month of ticks to milliseconds.
   */
  past(input: {
    region: string;
    present: readonly Volume[];
    servers: readonly Server[];
    times: readonly number[];
  }): Iterable<readonly Volume[]>;
}
