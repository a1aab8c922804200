import { setMaxListeners } from 'node:events';
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import type { EndpointName } from '../scp/endpoints.ts';
import { REQUEST_ID_HEADER } from '../scp/proxy-error.ts';
import { REGION_HEADER } from '../scp/region-header.ts';
import { createCoalescer } from './coalesce.ts';
import { proxyError, sendProxyError } from './errors.ts';
import { logRequest, type ProxyLogger, requestLogLine } from './logger.ts';
import { findInRegions } from './find-in-regions.ts';
import { NO_OBSERVER, type ProxyObserver, type RejectReason } from './observer.ts';
import { type CallRegion, mergedListAnswer, type RegionAnswer } from './merged-volumes.ts';
import { ClientGoneError, createRegionCaller } from './region-call.ts';
import { planRegions } from './region-plan.ts';
import { redactedAnswer, redactSecrets } from './redact.ts';
import { crossSiteRefusal, routeRequest } from './route.ts';
import type { FetchUpstream, UpstreamAnswer } from './upstream-client.ts';
import type { UpstreamState, UpstreamTarget } from './upstream.ts';
import {
  CLIENT_GONE,
  noAnswerError,
  sendSigned,
  TIMED_OUT,
  tooLargeError,
  upstreamLanguage,
} from './upstream-request.ts';

export interface ProxyHandlerOptions {
  upstream: Promise<UpstreamState>;
  fetchUpstream: FetchUpstream;
  /** Epoch milliseconds: the signing timestamp and the logged duration. */
  now: () => number;
  logger: ProxyLogger;
  requestId: () => string;
  /** Larger upstream bodies are refused with UpstreamResponseTooLarge. */
  maxBodyBytes?: number;
  /** Told of every upstream request, coalesced request and refusal (src/metrics counts them). */
  observer?: ProxyObserver;
}

export type ProxyHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

export const DEFAULT_MAX_BODY_BYTES = 20 * 1024 * 1024;

/**
 * On every /api answer. The bytes are data for the app's fetch, never a page: an upstream HTML
 * error page opened directly must not run script on the dashboard's origin (CSP sandbox), and
 * no other origin may pull the account's data in without CORS, as a <script> or no-cors fetch
 * (CORP), nor may a browser guess another type (nosniff).
 */
export const SAFETY_HEADERS: Readonly<OutgoingHttpHeaders> = {
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'; sandbox",
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** Delta-seconds or an HTTP date: anything else from upstream is not passed on. */
const RETRY_AFTER = /^[0-9A-Za-z ,:]{1,40}$/;

const REJECT_REASONS = {
  NotFound: 'not_found',
  MethodNotAllowed: 'method_not_allowed',
  BadRequest: 'bad_request',
} as const satisfies Record<string, RejectReason>;

export function createProxyHandler(options: ProxyHandlerOptions): ProxyHandler {
  const { fetchUpstream, now, logger, requestId, maxBodyBytes = DEFAULT_MAX_BODY_BYTES } = options;
  const observer = options.observer ?? NO_OBSERVER;
  // The upstream settles once: read it synchronously from then on (an await per request is a
  // promise and a microtask for a value that never changes), with its region list made once.
  let settled: { state: UpstreamState; regionNames: string[] } | undefined;
  void options.upstream.then((state) => {
    settled = { state, regionNames: state.ready ? [...state.regions.keys()] : [] };
  });
  const inFlight = createCoalescer<UpstreamAnswer>();

  /**
   * An answer built from several regions' (merged-volumes.ts, find-in-regions.ts): sends it and
   * returns the status, or 'aborted' when the browser left first.
   */
  async function sendFromRegions(
    answerFrom: (call: CallRegion) => Promise<RegionAnswer>,
    targets: ReadonlyMap<string, UpstreamTarget>,
    route: { service: string; endpoint: EndpointName },
    req: IncomingMessage,
    res: ServerResponse,
    common: OutgoingHttpHeaders,
    id: string,
  ): Promise<number | 'aborted'> {
    const gone = new AbortController();
    // Every upstream call of the merge listens to it.
    setMaxListeners(0, gone.signal);
    const onClose = (): void => {
      if (!res.writableFinished) gone.abort();
    };
    res.once('close', onClose);
    const call = createRegionCaller({
      targets,
      fetchUpstream,
      now,
      maxBodyBytes,
      service: route.service,
      endpoint: route.endpoint,
      observer,
      acceptLanguage: req.headers['accept-language'],
      requestId: id,
      clientGone: gone.signal,
    });
    try {
      const answer = await answerFrom(call);
      const keys = [...targets.values()].flatMap((target) => [target.accessKey, target.secretKey]);
      const body = redactSecrets(answer.body, keys);
      res.writeHead(answer.status, {
        ...common,
        ...(answer.contentType === undefined ? {} : { 'Content-Type': answer.contentType }),
        ...(answer.failedRegion === undefined ? {} : { [REGION_HEADER]: answer.failedRegion }),
        'Content-Length': body.byteLength,
      });
      res.end(body);
      return answer.status;
    } catch (error) {
      if (error instanceof ClientGoneError) return 'aborted';
      throw error;
    } finally {
      res.off('close', onClose);
    }
  }

  return async function scpProxyHandler(req, res) {
    const started = now();
    const id = requestId();
    const method = req.method ?? 'GET';
    const rawUrl = req.url ?? '/';
    const common: OutgoingHttpHeaders = { ...SAFETY_HEADERS, [REQUEST_ID_HEADER]: id };
    // Vite's CORS middleware runs first and may already have allowed the caller's origin.
    for (const name of res.getHeaderNames()) if (name.startsWith('access-control-')) res.removeHeader(name);

    const finish = (status: number | 'aborted'): void => {
      const line = requestLogLine(method, rawUrl, status, now() - started, id);
      logRequest(logger, line, req, status === 'aborted' || status >= 500);
    };

    const crossSite = crossSiteRefusal(req.headers['sec-fetch-site']);
    const route = crossSite ?? routeRequest(method, rawUrl);
    if (route.kind === 'reject') {
      observer.rejected(crossSite ? 'cross_site' : REJECT_REASONS[route.code]);
      sendProxyError(res, proxyError(route.code, route.message, id), common);
      return finish(res.statusCode);
    }
    if (settled === undefined) {
      await options.upstream;
      // Gone while the simulator was starting: its 'close' event fired before anyone listened.
      if (res.destroyed) return finish('aborted');
    }
    const { state, regionNames } = settled as NonNullable<typeof settled>;
    if (!state.ready) {
      observer.rejected('not_configured');
      sendProxyError(res, proxyError('NotConfigured', state.message, id), common);
      return finish(res.statusCode);
    }
    if (route.kind === 'status') {
      const body = JSON.stringify(state.target.status);
      res.writeHead(200, { ...common, 'Content-Type': 'application/json; charset=utf-8' }).end(body);
      return finish(200);
    }
    const plan = planRegions({ ...route, regions: regionNames });
    if (plan.kind === 'reject') {
      observer.rejected('bad_request');
      sendProxyError(res, proxyError('BadRequest', plan.message, id), common);
      return finish(res.statusCode);
    }
    if (plan.kind !== 'forward') {
      const answerFrom =
        plan.kind === 'merge'
          ? (call: CallRegion) => mergedListAnswer(plan.request, call)
          : (call: CallRegion) => findInRegions(plan.regions, plan.upstreamPath, call);
      const status = await sendFromRegions(answerFrom, state.regions, route, req, res, common, id);
      return finish(status);
    }
    const target = state.regions.get(plan.region) ?? state.target;
    const language = upstreamLanguage(req.headers['accept-language']);
    const href = target.endpoint + plan.upstreamPath;
    // Identical = same upstream URL, language and API version (coalesce.ts). The URL object,
    // the signature and the redaction are made once per upstream request, not per waiter.
    const waiter = inFlight.join(`${href}\n${language}\n${target.apiVersion}`, (shared) => {
      // The signature covers the URL as it goes on the wire, so sign the WHATWG-serialised form
      // (it escapes ' in a query, which encodeURIComponent leaves alone) and send that object.
      const url = new URL(href);
      const get = {
        target,
        report: { observer, region: plan.region, endpoint: route.endpoint },
        service: route.service,
        url,
        acceptLanguage: language,
        now,
        signal: shared,
        maxBodyBytes,
      };
      return sendSigned(fetchUpstream, get).then((answer) => redactedAnswer(answer, target));
    });
    if (waiter.joined) observer.coalesced();
    const timer = setTimeout(() => waiter.leave(TIMED_OUT), target.timeoutMs);
    const onClose = (): void => {
      if (!res.writableFinished) waiter.leave(CLIENT_GONE);
    };
    res.once('close', onClose);
    try {
      const answer = await waiter.answer;
      if (answer.body === null) {
        sendProxyError(res, tooLargeError(target, maxBodyBytes, id), common);
        return finish(res.statusCode);
      }
      const body = answer.body;
      res.writeHead(answer.status, {
        ...common,
        ...(answer.contentType === undefined ? {} : { 'Content-Type': answer.contentType }),
        ...(answer.contentEncoding === undefined ? {} : { 'Content-Encoding': answer.contentEncoding }),
        ...(answer.retryAfter !== undefined && RETRY_AFTER.test(answer.retryAfter)
          ? { 'Retry-After': answer.retryAfter }
          : {}),
        'Content-Length': body.byteLength,
      });
      res.end(body);
      return finish(answer.status);
    } catch (error) {
      if (error === CLIENT_GONE) return finish('aborted');
      const failure = noAnswerError(target, error === TIMED_OUT, error, id);
      if (!res.headersSent) sendProxyError(res, failure, common);
      return finish(failure.status);
    } finally {
      clearTimeout(timer);
      res.off('close', onClose);
    }
  };
}
