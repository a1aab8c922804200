import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { isValidId, MAX_ID_LENGTH } from '../../scp/endpoints.ts';
import { type ParamsResult, parseInventoryParams } from '../../scp/inventory-params.ts';
import {
  describeInventoryRoutes,
  INVENTORY_PREFIX,
  INVENTORY_ROUTES,
  matchInventoryRoute,
  SEARCH_FILTER_PARAMS,
} from '../../scp/inventory-routes.ts';
import { REQUEST_ID_HEADER } from '../../scp/proxy-error.ts';
import { SAFETY_HEADERS } from '../../proxy/handler.ts';
import { crossSiteRefusal } from '../../proxy/route.ts';
import type { Collector } from '../collector.ts';
import type { InventoryConfig } from '../config.ts';
import type { InventoryLogger } from '../logger.ts';
import { changes, decodeCursor } from '../store/changes.ts';
import type { Engine } from '../store/engine.ts';
import { volumeHistory } from '../store/history.ts';
import { probeWrite } from '../store/probe.ts';
import { lastLiveRunStart, LeaseLostError } from '../store/runs.ts';
import { search } from '../store/search.ts';
import { summary } from '../store/summary.ts';
import { MAX_POINTS, STEP_MS, trends } from '../store/trends.ts';
import { type InventoryErrorCode, sendError, sendJson } from './respond.ts';
import { disabledStatus, inventoryStatus } from './status.ts';

/** What the handler needs to know about the inventory right now. */
export type InventoryState =
  | { kind: 'disabled' }
  /** The database is not open (yet): why. */
  | { kind: 'unavailable'; reason: string }
  /** `problem`: the last write failed (why); cleared once a write works again. */
  | { kind: 'ready'; engine: Engine; collector: Collector; problem: string | null };

export interface HandlerOptions {
  config: InventoryConfig;
  state: () => InventoryState;
  /** A write failed (its reason) or worked (null): what the 503 below follows. */
  reportProblem: (reason: string | null) => void;
  manualRunGapMs: number;
  now: () => number;
  requestId: () => string;
  logger: InventoryLogger;
}

const PROBE_EVERY_MS = 2000;

/** One manual run a minute, across replicas (counted from the runs table). */
export const MANUAL_RUN_GAP_MS = 60_000;
const DAY_MS = 86_400_000;

const ROUTES = describeInventoryRoutes();

/** A search's or a summary's parameters: the filters they share, and a size range that is not crossed. */
function parseFilters<M extends typeof SEARCH_FILTER_PARAMS>(specs: M, query: string): ParamsResult<M> {
  const parsed = parseInventoryParams(specs, query);
  if (!parsed.ok) return parsed;
  const { size_gb_gte: gte, size_gb_lte: lte } = parsed.params;
  if (gte !== undefined && lte !== undefined && gte > lte) {
    return { ok: false, parameter: 'size_gb_gte', message: 'size_gb_gte must not be more than size_gb_lte.' };
  }
  return parsed;
}

/**
 * `/api/inventory/*`: validates the route, method and every parameter (a 400 names the bad
 * one), then answers from the store. The answers carry the proxy's safety headers; a database
 * that is down is a 503 with the reason, never a crash.
 */
export function createInventoryHandler(options: HandlerOptions) {
  const { config, now, logger } = options;

  let lastProbe = -Infinity;

  return async function inventoryHandler(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = now();
    const id = options.requestId();
    const method = req.method ?? 'GET';
    const rawUrl = req.url ?? '/';
    const headers: OutgoingHttpHeaders = { ...SAFETY_HEADERS, [REQUEST_ID_HEADER]: id };
    for (const name of res.getHeaderNames()) if (name.startsWith('access-control-')) res.removeHeader(name);
    res.once('close', () => {
      const status = res.writableFinished ? res.statusCode : 'aborted';
      const line = `[inventory] ${method} ${rawUrl.slice(0, 300)} ${status} ${now() - started}ms ${id}`;
      if (status === 'aborted' || status >= 500) logger.warn(line);
      else logger.info(line);
    });
    const fail = (
      code: InventoryErrorCode,
      message: string,
      extra: { parameter?: string; run_id?: number } = {},
    ) => sendError(res, code, message, headers, extra);

    const refusal = crossSiteRefusal(req.headers['sec-fetch-site']);
    if (refusal?.kind === 'reject') return fail('BadRequest', refusal.message);
    const queryStart = rawUrl.indexOf('?');
    const path = (queryStart === -1 ? rawUrl : rawUrl.slice(0, queryStart)).slice(INVENTORY_PREFIX.length);
    const query = queryStart === -1 ? '' : rawUrl.slice(queryStart + 1);
    const match = matchInventoryRoute(path);
    if (match === null) {
      return fail('NotFound', `No such inventory route. It serves ${ROUTES.join(', ')}.`);
    }
    const route = INVENTORY_ROUTES[match.name];
    if (method !== route.method) {
      res.setHeader('Allow', route.method);
      return fail('MethodNotAllowed', `${INVENTORY_PREFIX}${route.path} answers ${route.method} only.`);
    }
    if (match.id !== undefined && !isValidId(match.id)) {
      return fail('BadRequest', `A volume id is 1 to ${MAX_ID_LENGTH} letters, digits or "-".`, {
        parameter: 'id',
      });
    }

    const state = options.state();
    if (state.kind === 'disabled') {
      // The status says so itself (200, enabled false): a browser asks it first, and an answer
      // that is a plain fact of the configuration is not an error to log in every console.
      if (match.name === 'status') {
        const parsed = parseInventoryParams(route.params, query);
        if (!parsed.ok) return fail('BadRequest', parsed.message, { parameter: parsed.parameter });
        return sendJson(res, 200, disabledStatus(config), headers);
      }
      return fail('InventoryDisabled', 'The inventory is off on this server (SCP_INVENTORY=off).');
    }
    if (state.kind === 'unavailable') {
      return fail('InventoryUnavailable', `The inventory's database is not available: ${state.reason}`);
    }
    const db = state.engine.db;
    const at = now();
    if (state.problem !== null) {
      // Tried again at most every few seconds: a database that is back answers at once.
      let problem: string | null = state.problem;
      if (at - lastProbe >= PROBE_EVERY_MS) {
        lastProbe = at;
        problem = await probeWrite(db);
        options.reportProblem(problem);
      }
      if (problem !== null)
        return fail('InventoryUnavailable', `The inventory's database failed: ${problem}`);
    }

    try {
      switch (match.name) {
        case 'status': {
          const parsed = parseInventoryParams(route.params, query);
          if (!parsed.ok) return fail('BadRequest', parsed.message, { parameter: parsed.parameter });
          return sendJson(
            res,
            200,
            await inventoryStatus(state.engine, state.collector, config, at),
            headers,
          );
        }
        case 'changes': {
          const parsed = parseInventoryParams(INVENTORY_ROUTES.changes.params, query);
          if (!parsed.ok) return fail('BadRequest', parsed.message, { parameter: parsed.parameter });
          const { cursor, ...rest } = parsed.params;
          const after = cursor === undefined ? undefined : decodeCursor(cursor);
          if (after === null) {
            return fail('BadRequest', 'cursor is not one this server gave: pass next_cursor as it came.', {
              parameter: 'cursor',
            });
          }
          return sendJson(res, 200, await changes(db, { ...rest, ...(after ? { after } : {}) }), headers);
        }
        case 'volumeHistory': {
          const parsed = parseInventoryParams(route.params, query);
          if (!parsed.ok) return fail('BadRequest', parsed.message, { parameter: parsed.parameter });
          const volumeId = decodeURIComponent(match.id ?? '');
          const history = await volumeHistory(db, volumeId);
          if (history === null) return fail('NotFound', `The inventory has never seen volume ${volumeId}.`);
          return sendJson(res, 200, history, headers);
        }
        case 'trends': {
          const parsed = parseInventoryParams(INVENTORY_ROUTES.trends.params, query);
          if (!parsed.ok) return fail('BadRequest', parsed.message, { parameter: parsed.parameter });
          const to = parsed.params.to ?? at;
          const from = parsed.params.from ?? to - config.retentionDays * DAY_MS;
          if (from > to) return fail('BadRequest', 'from must not be after to.', { parameter: 'from' });
          if ((to - from) / STEP_MS[parsed.params.step] + 1 > MAX_POINTS) {
            return fail(
              'BadRequest',
              `from–to holds more than ${MAX_POINTS} points of one ${parsed.params.step}: narrow it or use step=day.`,
              { parameter: 'step' },
            );
          }
          return sendJson(res, 200, await trends(db, { ...parsed.params, from, to }), headers);
        }
        case 'search': {
          const parsed = parseFilters(INVENTORY_ROUTES.search.params, query);
          if (!parsed.ok) return fail('BadRequest', parsed.message, { parameter: parsed.parameter });
          return sendJson(res, 200, await search(db, parsed.params, at), headers);
        }
        case 'summary': {
          const parsed = parseFilters(INVENTORY_ROUTES.summary.params, query);
          if (!parsed.ok) return fail('BadRequest', parsed.message, { parameter: parsed.parameter });
          return sendJson(res, 200, await summary(db, parsed.params, at), headers);
        }
        case 'startRun': {
          const parsed = parseInventoryParams(route.params, query);
          if (!parsed.ok) return fail('BadRequest', parsed.message, { parameter: parsed.parameter });
          const lastManual = await lastLiveRunStart(db, 'manual');
          if (lastManual !== null && at - lastManual < options.manualRunGapMs) {
            const seconds = Math.ceil((lastManual + options.manualRunGapMs - at) / 1000);
            res.setHeader('Retry-After', String(seconds));
            return fail('TooManyRuns', `One run a minute can be asked for: try again in ${seconds} s.`);
          }
          const result = await state.collector.start('manual');
          if (result.kind !== 'started') {
            const running = state.collector.state().running;
            return fail(
              'RunInProgress',
              'A run is in progress (on this server or another replica): wait for it to finish.',
              running === null ? {} : { run_id: running },
            );
          }
          result.finished.then(
            () => options.reportProblem(null),
            (error: unknown) => {
              const reason = error instanceof Error ? error.message : String(error);
              logger.warn(`[inventory] run ${result.runId}: ${reason}`);
              if (!(error instanceof LeaseLostError)) options.reportProblem(reason);
            },
          );
          return sendJson(res, 202, { run_id: result.runId, status: 'running' }, headers);
        }
      }
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      logger.warn(`[inventory] ${method} ${path}: ${reason}`);
      if (!res.headersSent) return fail('InventoryUnavailable', `The inventory's database failed: ${reason}`);
      res.destroy();
    }
  };
}
