import * as z from 'zod/mini';
import { EVENT_KINDS, type SearchFacet } from './inventory-routes.ts';

/**
 * The inventory API's answers (routes: inventory-routes.ts). The Node side builds them typed by
 * these schemas and its tests parse every answer with them; the browser validates with them.
 * Times are ISO 8601 strings in UTC.
 */

const time = z.string();
const serverRef = z.object({ id: z.string(), name: z.nullable(z.string()) });
/*
 * Scalars of either type, checked only as present. The browser validates these answers in a
 * lazy chunk, but zod's core sits in the initial bundle (the volume list's schema), and a
 * z.union or z.custom here would pull its code in with it: about 0.3 kB gzip that the first
 * table never uses, over the bundle budget. The Node side builds these values typed; the
 * browser's readers check the type of each before use (features/changes/change-text.tsx).
 */
const stringOrNumber = z.unknown() as z.ZodMiniType<string | number>;
const snapshotRef = z.object({ id: z.string(), name: z.nullable(z.string()), size_gb: z.number() });

export const regionOutcomeSchema = z.object({
  region: z.string(),
  outcome: z.enum(['complete', 'failed']),
  observed_at: time,
  finished_at: time,
  /** What failed it: SCP's HTTP status (or the proxy's 502/504), its code and request id. */
  status: z.nullable(z.number()),
  code: z.nullable(z.string()),
  request_id: z.nullable(z.string()),
  error: z.nullable(z.string()),
  volumes: z.number(),
  servers: z.number(),
  requests: z.number(),
  changes: z.number(),
});

export const runSchema = z.object({
  id: z.number(),
  started_at: time,
  finished_at: z.nullable(time),
  /** complete: every region; partial: some; failed: none; interrupted: the collector stopped mid-run. */
  status: z.enum(['running', 'complete', 'partial', 'failed', 'interrupted']),
  trigger: z.enum(['schedule', 'manual', 'simulated']),
  simulated: z.boolean(),
  requests: z.number(),
  error: z.nullable(z.string()),
  regions: z.array(regionOutcomeSchema),
});

export const inventoryStatusSchema = z.object({
  /** false: SCP_INVENTORY=off. Then nothing else here is about a database (engine null, no runs). */
  enabled: z.boolean(),
  engine: z.nullable(z.enum(['sqlite', 'postgres'])),
  interval_seconds: z.number(),
  retention_days: z.number(),
  collector: z.object({
    /** running: a run is under way (here or on another replica); backfilling: the simulated past. */
    state: z.enum(['idle', 'running', 'backfilling', 'disabled']),
    run_id: z.nullable(z.number()),
  }),
  next_run_at: z.nullable(time),
  history: z.object({
    /** The earliest observation kept; null before the first complete run. */
    start: z.nullable(time),
    /** Some of it is made up (no keys: the simulator's past), up to `simulated_until`. */
    simulated: z.boolean(),
    simulated_until: z.nullable(time),
  }),
  /** Per region, the latest complete observation: what search answers from. */
  regions: z.array(z.object({ region: z.string(), as_of: time, finished_at: time })),
  last_runs: z.array(runSchema),
});

export const changeSchema = z.object({
  id: z.number(),
  at: time,
  run_id: z.number(),
  region: z.string(),
  volume_id: z.string(),
  volume_name: z.nullable(z.string()),
  kind: z.enum(EVENT_KINDS),
  /** state, size in GB, name or type before and after; null for the other kinds. */
  from: z.nullable(stringOrNumber),
  to: z.nullable(stringOrNumber),
  /** The server attached or detached. */
  server: z.nullable(serverRef),
  /** The snapshot taken or deleted (snapshot_created, snapshot_deleted). */
  snapshot: z.nullable(snapshotRef),
  simulated: z.boolean(),
});

export const changesPageSchema = z.object({
  changes: z.array(changeSchema),
  /** Pass as `cursor` for the next (older) page; null on the last. */
  next_cursor: z.nullable(z.string()),
});

/** A volume's queried columns at one point in its history (and in search results). */
const volumeColumns = {
  name: z.nullable(z.string()),
  state: z.string(),
  size_gb: z.number(),
  volume_type: z.nullable(z.string()),
  encrypted: z.boolean(),
  multiattach: z.boolean(),
  bootable: z.boolean(),
  attached: z.boolean(),
  servers: z.array(serverRef),
  created_at: z.nullable(time),
  /** The first complete observation without a server; null while attached. */
  unattached_since: z.nullable(time),
  /** false: already unattached when the history began, so "at least since". */
  unattached_since_exact: z.boolean(),
  /** Its snapshots (ListSnapshots) at that observation; null where they were not recorded (before #24). */
  snapshot_count: z.nullable(z.number()),
  snapshot_gb: z.nullable(z.number()),
};

export const versionSchema = z.object({
  ...volumeColumns,
  valid_from: time,
  /** null while current. */
  valid_to: z.nullable(time),
  /** The whole object SCP sent (a loose object: z.record's code would join the initial bundle, see above). */
  volume: z.looseObject({}),
});

export const volumeHistorySchema = z.object({
  volume_id: z.string(),
  region: z.string(),
  /** false once a complete observation of its region no longer listed it. */
  exists: z.boolean(),
  /** When its oldest kept version began. */
  first_seen: time,
  /** That was its region's first complete observation: it existed before the history began. */
  first_seen_at_start: z.boolean(),
  /**
   * The latest complete observation of its region that listed it: the latest one while it
   * exists, the one before its deletion was found once it is gone.
   */
  last_seen: time,
  /** Newest first. */
  versions: z.array(versionSchema),
  events: z.array(changeSchema),
});

export const trendsSchema = z.object({
  metric: z.string(),
  by: z.string(),
  step: z.string(),
  from: time,
  to: time,
  history_start: z.nullable(time),
  /** The points: each series has one value per time. Before history_start the values are 0. */
  times: z.array(time),
  series: z.array(z.object({ key: z.nullable(z.string()), values: z.array(z.number()) })),
});

export const searchVolumeSchema = z.object({
  id: z.string(),
  region: z.string(),
  ...volumeColumns,
  /** Whole days since unattached_since; null while attached. */
  idle_days: z.nullable(z.number()),
  /** The whole object SCP sent at the latest complete observation (its region not added). */
  volume: z.looseObject({}),
});

/*
 * A facet of words (type, state, region: null when SCP sent none) or of flags. Two shapes rather
 * than one union: zod's union (and record, literal) would be new to the browser's first bundle,
 * which holds zod for the first page (+0.3 kB gzip there for z.union alone, measured).
 */
const wordFacet = z.array(z.object({ value: z.nullable(z.string()), count: z.number() }));
const flagFacet = z.array(z.object({ value: z.boolean(), count: z.number() }));

const count = z.number();

/**
 * Counts of the ranges a filter takes (IDLE_DAYS, SIZE_RANGES), each with every other filter
 * applied but its own range, as the facets are: what choosing that range would give.
 */
const rangeCounts = z.object({
  /** Unattached for at least `days` (each includes the longer ones). */
  idle_days: z.array(z.object({ days: z.number(), count })),
  size_gb: z.array(z.object({ min: z.number(), max: z.nullable(z.number()), count })),
});

export const searchResultSchema = z.object({
  /** The most recent complete observation the answer includes (each region's is in `regions`). */
  as_of: z.nullable(time),
  regions: z.array(z.object({ region: z.string(), as_of: time })),
  total: z.number(),
  offset: z.number(),
  limit: z.number(),
  volumes: z.array(searchVolumeSchema),
  facets: z.object({
    volume_type: wordFacet,
    state: wordFacet,
    region: wordFacet,
    encrypted: flagFacet,
    multiattach: flagFacet,
    attached: flagFacet,
  } satisfies Record<SearchFacet, unknown>),
  ranges: rangeCounts,
});

const tally = z.object({ count, size_gb: z.number() });
const wordGroups = z.array(z.object({ value: z.nullable(z.string()), count, size_gb: z.number() }));
const flagGroups = z.array(z.object({ value: z.boolean(), count, size_gb: z.number() }));

/** `GET /api/inventory/summary`: the matching volumes added up, largest groups first. */
export const summarySchema = z.object({
  as_of: z.nullable(time),
  regions: z.array(z.object({ region: z.string(), as_of: time })),
  total: tally,
  /** Attached to no server, whatever their state. */
  unattached: tally,
  by: z.object({
    volume_type: wordGroups,
    state: wordGroups,
    region: wordGroups,
    bootable: flagGroups,
    encrypted: flagGroups,
  }),
  /** Unattached for at least `days` (IDLE_DAYS; each includes the longer ones). */
  idle: z.array(z.object({ days: z.number(), count, size_gb: z.number() })),
  /** The largest matching volumes, largest first (ties by region, then id). */
  largest: z.array(searchVolumeSchema),
});

// z.enum of one rather than z.literal: the same check, with code the browser already has.
export const runAcceptedSchema = z.object({ run_id: z.number(), status: z.enum(['running']) });

/** The inventory's own error body: `{ "inventory_error": { … } }`. */
export const inventoryErrorSchema = z.object({
  inventory_error: z.object({
    status: z.number(),
    code: z.string(),
    message: z.string(),
    /** The query parameter a 400 is about. */
    parameter: z.optional(z.string()),
    /** The run in progress (409). */
    run_id: z.optional(z.number()),
  }),
});

export type InventoryStatus = z.infer<typeof inventoryStatusSchema>;
export type RunJson = z.infer<typeof runSchema>;
export type ChangeJson = z.infer<typeof changeSchema>;
export type ChangesPage = z.infer<typeof changesPageSchema>;
export type VersionJson = z.infer<typeof versionSchema>;
export type VolumeHistory = z.infer<typeof volumeHistorySchema>;
export type Trends = z.infer<typeof trendsSchema>;
export type SearchVolume = z.infer<typeof searchVolumeSchema>;
export type SearchResult = z.infer<typeof searchResultSchema>;
export type InventorySummary = z.infer<typeof summarySchema>;
export type InventoryError = z.infer<typeof inventoryErrorSchema>['inventory_error'];
