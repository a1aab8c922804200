/**
 * What the page says about the inventory (issue #26): where a view's figures come from and as of
 * when, a run asked for now, the filters only the inventory has, and idle volumes. A lazily
 * loaded section (../lazy-section.ts); ko/inventory.ts must match its shape.
 */
export const inventory = {
  /** `time` a short local time, `ago` an elapsed time ("3 min. ago"). */
  asOf: (time: string, ago: string) => `From the inventory as of ${time} (${ago})`,
  asOfHint:
    'The server reads every region on a schedule and keeps what it saw: this view is its latest complete reading, not a live request to SCP.',
  neverRead: 'From the inventory, which has not completed a reading yet',
  live: 'Live from SCP',
  refreshNow: 'Refresh now',
  refreshNowHint: 'Ask the server to read every region again now (one run; at most one a minute)',
  running: (done: number, total: number) =>
    total > 0 ? `Reading the account: ${done} of ${total} regions done…` : 'Reading the account…',
  backfilling: 'Writing the simulated history…',
  runDone: 'Reading finished: the view shows it.',
  runPartial: (regions: string) => `Reading finished without ${regions}.`,
  runFailed: (reason: string) => `The reading failed: ${reason}`,
  runInterrupted: 'The reading was interrupted.',
  inProgress: 'A reading is already under way.',
  tooMany: (seconds: string) => `One reading a minute can be asked for: try again in ${seconds} s.`,
  startFailed: (reason: string) => `Could not start a reading: ${reason}`,
  regionFailed: (region: string, status: number | null, code: string | null, reason: string) =>
    `${region}: its latest reading failed (${status ?? 'no answer'}${code ? ` ${code}` : ''}${reason ? ` · ${reason}` : ''}), so what it shows of ${region} is older.`,
  regionUnseen: (regions: string) =>
    `Partial: ${regions} has not been read yet, so its volumes are not included.`,
  sortDropped: (columns: string) => `The inventory keeps no ${columns}: that sort is left out.`,
  off: 'The inventory is off on this server (SCP_INVENTORY=off).',
  unavailable: (reason: string) => `The inventory is not available: ${reason}`,
  checking: 'Asking the server about its inventory…',
  walkInstead: 'This search reads every volume in the browser instead.',
  needsInventory:
    'Filters by type, encryption, multi-attach, attachment, idle time or size need the inventory: the SCP API has no such filters.',
  removeFilters: 'Remove those filters',
  simulated: 'Simulated history',
  simulatedUntil: (date: string) => `The history before ${date} is simulated (no SCP keys on this server).`,
  facets: {
    button: 'More filters',
    buttonActive: (count: string) => `More filters (${count})`,
    heading: 'Filters from the inventory',
    hint: 'Each value shows how many volumes it would give with the other filters. Counted by the inventory.',
    volumeType: 'Volume type',
    encrypted: 'Encrypted',
    multiattach: 'Multi-attach',
    attached: 'Attached',
    idle: 'Unattached for',
    size: 'Size (GB)',
    any: 'Any',
    yes: 'Yes',
    no: 'No',
    attachedYes: 'Attached',
    attachedNo: 'Unattached',
    noType: 'No type',
    idleDays: (days: string) => `${days}+ days`,
    range: (min: string, max: string | null) => (max === null ? `${min} GB and more` : `${min}–${max} GB`),
    custom: 'Custom range',
    min: 'Minimum GB',
    max: 'Maximum GB',
    apply: 'Apply',
    /** The value and its count for a screen reader: "SSD, 120 volumes". */
    counted: (label: string, count: string) => `${label}, ${count}`,
    loading: 'Counting…',
    failed: (reason: string) => `Could not count: ${reason}`,
    clear: 'Clear these filters',
  },
  idle: {
    heading: 'Idle volumes',
    hint: 'Attached to no server for at least this long, as the inventory observed it (SCP keeps no detach time).',
    period: 'Unattached for',
    count: 'Volumes',
    size: 'Size',
    list: 'List them',
    listLabel: (days: string) => `List the volumes unattached for ${days}+ days`,
    days: (days: string) => `${days}+ days`,
    atLeast:
      'The history is shorter than this period: volumes unattached since it began count from its start.',
  },
  trends: {
    heading: 'Capacity over time',
    period: 'Period',
    days: (days: string) => `${days} days`,
    scope: 'Whole account (or the region filter); the other filters do not apply to history.',
    totalGb: 'Total size (GB)',
    unattachedGb: 'Unattached size (GB)',
    snapshotGb: 'Snapshot size (GB)',
    countByState: 'Volumes by state',
    table: (chart: string) => `${chart}: the values`,
    date: 'Date',
    total: 'Total',
    loading: 'Reading the history…',
    failed: (reason: string) => `Could not read the history: ${reason}`,
    empty: 'No history yet.',
    simulatedPart: 'The shaded part is simulated.',
  },
  capacity: {
    scope: (count: number, formatted: string, which: string) =>
      count === 1 ? `The 1 volume ${which}` : `All ${formatted} volumes ${which}`,
    from: 'Figures from the inventory.',
    walked: 'Figures from reading every volume in the browser.',
    needsInventory: 'These filters need the inventory: the panel has no figures without it.',
    loading: 'Adding up the inventory…',
    failed: (reason: string) => `Could not read the inventory's figures: ${reason}`,
    retry: 'Retry',
  },
};

export type InventoryMessages = typeof inventory;
