import { proxyError } from './errors.ts';
import type { CallRegion, RegionAnswer } from './merged-volumes.ts';
import { type FetchUpstream, StaleConnectionError } from './upstream-client.ts';
import { CLIENT_GONE, TIMED_OUT, unreachableReason, upstreamHeaders } from './upstream-request.ts';
import type { UpstreamTarget } from './upstream.ts';

export interface RegionCallerOptions {
  targets: ReadonlyMap<string, UpstreamTarget>;
  fetchUpstream: FetchUpstream;
  now: () => number;
  maxBodyBytes: number;
  service: string;
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
  const { targets, fetchUpstream, now, maxBodyBytes, service, acceptLanguage, requestId, clientGone } =
    options;
  return async (region, path) => {
    const target = targets.get(region);
    if (target === undefined) throw new Error(`No target for region ${region}`);
    const url = new URL(target.endpoint + path);
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(TIMED_OUT), target.timeoutMs);
    const onGone = (): void => controller.abort(CLIENT_GONE);
    clientGone.addEventListener('abort', onGone);
    const send = () =>
      fetchUpstream({
        url,
        headers: upstreamHeaders(target, service, url.href, acceptLanguage, now),
        signal: controller.signal,
        maxBodyBytes,
      });
    try {
      const answer = await send().catch((error: unknown) => {
        if (error instanceof StaleConnectionError) return send();
        throw error;
      });
      if (answer.body === null) {
        const message = `The answer from ${target.host} is larger than ${maxBodyBytes} bytes, more than the proxy relays.`;
        return proxyAnswer(proxyError('UpstreamResponseTooLarge', message, requestId, target.host));
      }
      return { status: answer.status, body: answer.body, contentType: answer.contentType };
    } catch (error) {
      const reason: unknown = controller.signal.reason;
      if (controller.signal.aborted && reason === CLIENT_GONE) throw new ClientGoneError();
      return proxyAnswer(
        controller.signal.aborted && reason === TIMED_OUT
          ? proxyError(
              'UpstreamTimeout',
              `${target.host} did not answer within ${target.timeoutMs} ms.`,
              requestId,
              target.host,
            )
          : proxyError(
              'UpstreamUnreachable',
              `Could not reach ${target.host} (${unreachableReason(error)}).`,
              requestId,
              target.host,
            ),
      );
    } finally {
      clearTimeout(timer);
      clientGone.removeEventListener('abort', onGone);
    }
  };
}
