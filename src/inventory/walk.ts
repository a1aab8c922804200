import * as z from 'zod/mini';
import { describeErrorBody } from '../scp/error-body.ts';
import { encodeQuery, MAX_LIMIT } from '../scp/list-query.ts';
import { serverListResponseSchema } from '../scp/server-list.ts';
import { type Snapshot, snapshotSchema } from '../scp/snapshot-schema.ts';
import { SNAPSHOTS_PATH } from '../scp/storage-paths.ts';
import { type Volume, volumeListResponseSchema, volumeSchema, serverSchema } from '../scp/volume-schema.ts';
import type { FetchUpstream, UpstreamAnswer } from '../proxy/upstream-client.ts';
import { redactedAnswer } from '../proxy/redact.ts';
import { sendSigned } from '../proxy/upstream-request.ts';
import type { UpstreamTarget } from '../proxy/upstream.ts';
import type { SnapshotRecord } from './model.ts';

/** Why a region's walk stopped: what SCP (or the network) answered last. */
export interface WalkFailure {
  /** SCP's HTTP status; 502 could not connect, 504 no answer in time (as the proxy says them). */
  status: number | null;
  code: string | null;
  requestId: string | null;
  message: string;
}

export interface WalkDeps {
  fetchUpstream: FetchUpstream;
  now: () => number;
  /** Resolves after `ms`, or early when `signal` aborts. */
  sleep: (ms: number, signal: AbortSignal) => Promise<void>;
  maxBodyBytes: number;
}

export interface WalkPolicy {
  /** Tries per page: the first and the retries after a 429, a 5xx, a timeout or a lost connection. */
  attempts: number;
  /** Backoff before retry n (0-based) without a Retry-After: base × 2^n, at most maxBackoffMs. */
  backoffMs: number;
  maxBackoffMs: number;
  /** A Retry-After longer than this is not waited out: the region fails, and the next run tries again. */
  maxRetryAfterMs: number;
  /** More pages than this means the paging does not end. */
  maxPages: number;
}

export const DEFAULT_WALK_POLICY: WalkPolicy = {
  attempts: 5,
  backoffMs: 1000,
  maxBackoffMs: 30_000,
  maxRetryAfterMs: 120_000,
  maxPages: 5000,
};

export interface WalkContext {
  target: UpstreamTarget;
  deps: WalkDeps;
  policy: WalkPolicy;
  /** Aborts the walk (the server is stopping). */
  signal: AbortSignal;
  /** Counts every request sent, retries included. */
  count: () => void;
}

export type WalkOutcome = { ok: true } | { ok: false; failure: WalkFailure };

class WalkStopped extends Error {
  constructor(readonly failure: WalkFailure) {
    super(failure.message);
  }
}

/** Delta-seconds or an HTTP date, in ms from now; null when absent or unreadable. */
export function retryAfterMs(header: string | undefined, now: number): number | null {
  if (header === undefined) return null;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

const RETRYABLE = new Set([429, 500, 502, 503, 504]);

function parseBody(answer: UpstreamAnswer): unknown {
  const text = answer.body?.toString('utf8') ?? '';
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function failureOf(answer: UpstreamAnswer): WalkFailure {
  const described = describeErrorBody(parseBody(answer));
  return {
    status: answer.status,
    code: described.code,
    requestId: described.requestId,
    message: described.message ?? `SCP answered HTTP ${answer.status}.`,
  };
}

/**
 * One page, signed afresh for every attempt (the same sendSigned the proxy uses). 429 and 503
 * wait as long as SCP's Retry-After asks, other 5xx, timeouts and lost connections back off
 * exponentially; anything else (a 4xx) fails at once. A hanging page is cut at the region's
 * timeout (SCP_PROXY_TIMEOUT_MS) and retried.
 */
async function getPage(path: string, context: WalkContext): Promise<unknown> {
  const { target, deps, policy, signal } = context;
  let last: WalkFailure = { status: null, code: null, requestId: null, message: 'No attempt was made.' };
  for (let attempt = 0; attempt < policy.attempts; attempt++) {
    if (signal.aborted)
      throw new WalkStopped({ ...last, message: 'The walk was stopped (the server is stopping).' });
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), target.timeoutMs);
    const onStop = () => timeout.abort();
    signal.addEventListener('abort', onStop, { once: true });
    let wait: number | null = null;
    context.count();
    try {
      // The keys cut out of the body first, as the proxy does: SCP's gateway may quote them back
      // in an error, and the message is stored, logged and served.
      const sent = await sendSigned(deps.fetchUpstream, {
        target,
        service: 'virtualserver',
        url: new URL(target.endpoint + path),
        acceptLanguage: 'en-US',
        now: deps.now,
        signal: timeout.signal,
        maxBodyBytes: deps.maxBodyBytes,
      });
      const answer = redactedAnswer(sent, target);
      if (answer.body === null) {
        throw new WalkStopped({
          status: 502,
          code: 'UpstreamResponseTooLarge',
          requestId: null,
          message: `A page from ${target.host} was larger than ${deps.maxBodyBytes} bytes.`,
        });
      }
      if (answer.status === 200) return parseBody(answer);
      last = failureOf(answer);
      if (!RETRYABLE.has(answer.status)) throw new WalkStopped(last);
      const asked =
        answer.status === 429 || answer.status === 503 ? retryAfterMs(answer.retryAfter, deps.now()) : null;
      if (asked !== null && asked > policy.maxRetryAfterMs) {
        throw new WalkStopped({
          ...last,
          message: `${last.message} (SCP asked to wait ${Math.round(asked / 1000)} s, longer than the collector waits.)`,
        });
      }
      wait = asked;
    } catch (error) {
      if (error instanceof WalkStopped) throw error;
      const timedOut = timeout.signal.aborted && !signal.aborted;
      last = timedOut
        ? {
            status: 504,
            code: 'UpstreamTimeout',
            requestId: null,
            message: `${target.host} did not answer within ${target.timeoutMs} ms.`,
          }
        : {
            status: 502,
            code: 'UpstreamUnreachable',
            requestId: null,
            message: `Could not reach ${target.host} (${reason(error)}).`,
          };
    } finally {
      clearTimeout(timer);
      signal.removeEventListener('abort', onStop);
    }
    if (attempt + 1 < policy.attempts) {
      await deps.sleep(wait ?? Math.min(policy.maxBackoffMs, policy.backoffMs * 2 ** attempt), signal);
    }
  }
  throw new WalkStopped({ ...last, message: `${last.message} (gave up after ${policy.attempts} tries)` });
}

function reason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string') return code;
  return error instanceof Error ? error.message : String(error);
}

/** A failure in what SCP answered (HTTP 200) rather than in the request: a body the walk cannot use. */
const badAnswer = (message: string): WalkFailure => ({ status: 200, code: null, requestId: null, message });

/**
 * Marker paging to the end: `path(marker)` for each page, the items of each handed on, until a
 * page is shorter than the limit. Refuses a page that does not advance (the same last id twice).
 */
async function walkPages(
  context: WalkContext,
  path: (marker: string | null) => string,
  items: (body: unknown) => { ids: (string | null)[]; items: unknown[] },
  onPage: (items: unknown[]) => Promise<void>,
): Promise<WalkOutcome> {
  let marker: string | null = null;
  try {
    for (let page = 0; page < context.policy.maxPages; page++) {
      const body = await getPage(path(marker), context);
      const read = items(body);
      await onPage(read.items);
      if (read.items.length < MAX_LIMIT) return { ok: true };
      const last = read.ids.at(-1) ?? null;
      if (last === null || last === marker) {
        return {
          ok: false,
          failure: badAnswer('The list’s paging did not advance.'),
        };
      }
      marker = last;
    }
    return {
      ok: false,
      failure: badAnswer(`More than ${context.policy.maxPages} pages.`),
    };
  } catch (error) {
    if (error instanceof WalkStopped) return { ok: false, failure: error.failure };
    throw error;
  }
}

const idOf = (item: unknown): string | null =>
  typeof item === 'object' && item !== null && 'id' in item && typeof item.id === 'string' ? item.id : null;

const snapshotListResponseSchema = z.looseObject({ snapshots: z.array(z.unknown()) });

const LIST_SCHEMAS = {
  volumes: volumeListResponseSchema,
  servers: serverListResponseSchema,
  snapshots: snapshotListResponseSchema,
};

/** A body that is not the list it should be fails the walk: SCP answered something else. */
function listItems(body: unknown, key: keyof typeof LIST_SCHEMAS) {
  const parsed = LIST_SCHEMAS[key].safeParse(body);
  if (!parsed.success) {
    throw new WalkStopped(badAnswer(`A page of ${key} was not a ${key} list.`));
  }
  const list = (parsed.data as Record<string, unknown[]>)[key] ?? [];
  return { ids: list.map(idOf), items: list };
}

/** Every server of the region (ListServers, 1,000 a page), by id: their names label attachments. */
export async function walkServers(
  context: WalkContext,
): Promise<WalkOutcome & { names: Map<string, string | null> }> {
  const names = new Map<string, string | null>();
  const outcome = await walkPages(
    context,
    (marker) =>
      `/v1/servers?${encodeQuery([['limit', String(MAX_LIMIT)], ...(marker ? [['marker', marker] as const] : [])])}`,
    (body) => listItems(body, 'servers'),
    async (items) => {
      for (const item of items) {
        const server = serverSchema.safeParse(item);
        if (server.success) names.set(server.data.id, server.data.name ?? null);
      }
    },
  );
  return { ...outcome, names };
}

/** Every snapshot of a region by its volume, and how many there were. */
export interface RegionSnapshots {
  byVolume: Map<string, SnapshotRecord[]>;
  count: number;
}

/**
 * Every snapshot of the region (ListSnapshots, 1,000 a page, newest first by marker), grouped
 * by volume: what each volume's observation counts. A snapshot that cannot be read fails the
 * walk: leaving it out would record it as deleted.
 */
export async function walkSnapshots(
  context: WalkContext,
  /** Each snapshot as listed (the simulated past needs their times). */
  each?: (snapshot: Snapshot) => void,
): Promise<WalkOutcome & RegionSnapshots> {
  const byVolume = new Map<string, SnapshotRecord[]>();
  let count = 0;
  const outcome = await walkPages(
    context,
    (marker) =>
      `${SNAPSHOTS_PATH}?${encodeQuery([['limit', String(MAX_LIMIT)], ...(marker ? [['marker', marker] as const] : [])])}`,
    (body) => listItems(body, 'snapshots'),
    async (items) => {
      for (const item of items) {
        const snapshot = snapshotSchema.safeParse(item);
        if (!snapshot.success) {
          throw new WalkStopped(
            badAnswer(`SCP listed a snapshot that could not be read (${idOf(item) ?? 'no id'}).`),
          );
        }
        const { id, volume_id: volumeId, name, size } = snapshot.data;
        let list = byVolume.get(volumeId);
        if (!list) byVolume.set(volumeId, (list = []));
        // A snapshot listed twice (it moved between pages) counts once.
        if (list.some((each) => each.id === id)) continue;
        list.push({ id, name: name ?? null, sizeGb: size });
        count++;
        each?.(snapshot.data);
      }
    },
  );
  return { ...outcome, byVolume, count };
}

/** A page of volumes: those that read as volumes, and the ids of those that did not. */
export interface VolumePage {
  volumes: Volume[];
  /** Listed, but not readable as a volume: kept as they were, never taken for deleted. */
  unreadable: string[];
}

/**
 * Every volume of the region (ListVolumes, 1,000 a page, oldest first so volumes created during
 * the walk come last rather than shifting the pages). An item without an id fails the walk:
 * what it stands for cannot be told apart from a deletion.
 */
export async function walkVolumes(
  context: WalkContext,
  onPage: (page: VolumePage) => Promise<void>,
): Promise<WalkOutcome> {
  return walkPages(
    context,
    (marker) =>
      `/v1/volumes?${encodeQuery([
        ['with_count', 'false'],
        ['limit', String(MAX_LIMIT)],
        ...(marker ? [['marker', marker] as const] : []),
        ['sort', 'created_at:asc'],
      ])}`,
    (body) => listItems(body, 'volumes'),
    async (items) => {
      const page: VolumePage = { volumes: [], unreadable: [] };
      for (const item of items) {
        const id = idOf(item);
        if (id === null) {
          throw new WalkStopped(badAnswer('SCP listed a volume without an id.'));
        }
        const volume = volumeSchema.safeParse(item);
        if (volume.success) page.volumes.push(volume.data);
        else page.unreadable.push(id);
      }
      await onPage(page);
    },
  );
}
