import type { EndpointName } from '../scp/endpoints.ts';
import { proxyError } from './errors.ts';
import type { CallRegion, RegionAnswer } from './merged-volumes.ts';
import type { ProxyObserver } from './observer.ts';
import type { FetchUpstream } from './upstream-client.ts';
import { CLIENT_GONE, noAnswerError, sendSigned, TIMED_OUT, tooLargeError } from './upstream-request.ts';
import type { UpstreamTarget } from './upstream.ts';

export interface RegionCallerOptions {
  targets: ReadonlyMap<string, UpstreamTarget>;
  fetchUpstream: FetchUpstream;
  now: () => number;
  maxBodyBytes: number;
  service: string;
  endpoint: EndpointName;
  observer: ProxyObserver;
  acceptLanguage: string | undefined;
  requestId: string;
  /** Aborts every call when the browser goes away. */
  clientGone: AbortSignal;
}

export class ClientGoneError extends Error {
  override name = 'ClientGoneError';
}

function proxyAnswer(error: ReturnType<typeof proxyError>): RegionAnswer {
  return {
    status: error.status,
    body: Buffer.from(JSON.stringify({ proxy_error: error })),
    contentType: 'application/json; charset=utf-8',
  };
}

/**
 * One signed GET per call, each with its own timeout: a slow or unreachable region becomes
 * that region's failure (the proxy's 504 or 502 body), not the whole list's.
 */
export function createRegionCaller(options: RegionCallerOptions): CallRegion {
  const { targets, fetchUpstream, now, maxBodyBytes, service, endpoint, observer } = options;
  const { acceptLanguage, requestId, clientGone } = options;
  return async (region, path) => {
    const target = targets.get(region);
    if (target === undefined) throw new Error(`No target for region ${region}`);
    const url = new URL(target.endpoint + path);
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(TIMED_OUT), target.timeoutMs);
    const onGone = (): void => controller.abort(CLIENT_GONE);
    clientGone.addEventListener('abort', onGone);
    const signal = controller.signal;
    const report = { observer, region, endpoint };
    const get = { target, report, service, url, acceptLanguage, now, signal, maxBodyBytes };
    try {
      const answer = await sendSigned(fetchUpstream, get);
      if (answer.body === null) return proxyAnswer(tooLargeError(target, maxBodyBytes, requestId));
      return { status: answer.status, body: answer.body, contentType: answer.contentType };
    } catch (error) {
      const reason: unknown = controller.signal.reason;
      if (controller.signal.aborted && reason === CLIENT_GONE) throw new ClientGoneError();
      const timedOut = controller.signal.aborted && reason === TIMED_OUT;
      return proxyAnswer(noAnswerError(target, timedOut, error, requestId));
    } finally {
      clearTimeout(timer);
      clientGone.removeEventListener('abort', onGone);
    }
  };
}
