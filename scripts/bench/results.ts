import type { CompositionEntry } from './bundle-composition.ts';
import type { BundleReport } from './bundle-size.mjs';
import type { FirstTable } from './browser/first-table.ts';
import type { InventoryBench } from './inventory.ts';
import type { Interactions } from './browser/interactions.ts';
import type { Memory } from './browser/memory.ts';
import type { Machine } from './machine.ts';
import type { ObserverCost } from './observer-cost.ts';
import type { ProxyOverhead } from './proxy-overhead.ts';
import type { QueryTiming } from './simulator-scale.ts';

export interface Goal {
  id: string;
  what: string;
  target: string;
  figure: string;
  met: boolean;
  /** Where the target comes from: the issue, or a threshold this bench adopts. */
  source: 'issue' | 'bench';
  /** When missed: what would close the gap. */
  closeIt?: string;
}

export interface BenchSettings {
  volumeCount: number;
  simulatorLatencyMs: number;
  firstTableRuns: number;
  interactionIterations: number;
  proxyConnections: number;
  proxySeconds: number;
}

export interface BenchResults {
  machine: Machine;
  durationSeconds: number;
  settings: BenchSettings;
  bundle: Omit<BundleReport, 'total'> & {
    total: Omit<BundleReport['total'], 'files'> & { fileCount: number };
    composition: CompositionEntry[];
    /** JS/CSS the browser actually fetched before the first row, in any of the cold loads. */
    beforeFirstRow: { files: { file: string; gzip: number }[]; gzip: number };
  };
  firstTable: FirstTable;
  interactions: Interactions;
  /** With what the metrics observer costs per upstream request (observer-cost.ts). */
  proxy: ProxyOverhead & { observer: ObserverCost };
  simulator: { volumeCount: number; startSeconds: number; queries: QueryTiming[] };
  memory: Memory;
  inventory: InventoryBench;
  goals: Goal[];
}
