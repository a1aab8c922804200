import type { EndpointName } from '../scp/endpoints.ts';
import type { ProxyError } from '../scp/proxy-error.ts';
import { SCP_HEADERS, signedHeaders } from '../signing/signature.ts';
import { proxyError } from './errors.ts';
import type { ProxyObserver, UpstreamOutcome } from './observer.ts';
import { type FetchUpstream, StaleConnectionError, type UpstreamAnswer } from './upstream-client.ts';
import type { UpstreamTarget } from './upstream.ts';

export const TIMED_OUT = 'timeout';
export const CLIENT_GONE = 'client-gone';

/** SCP answers error messages in Korean or English; anything not Korean gets English. */
export function upstreamLanguage(acceptLanguage: string | undefined): 'ko-KR' | 'en-US' {
  return acceptLanguage?.trim().toLowerCase().startsWith('ko') ? 'ko-KR' : 'en-US';
}

/**
 * Built from scratch: nothing the browser sent (cookies, Authorization, its own Scp-* headers)
 * can reach SCP. Called for every attempt, so no signature is ever sent twice.
 */
export function upstreamHeaders(
  target: Pick<UpstreamTarget, 'accessKey' | 'secretKey' | 'apiVersion'>,
  service: string,
  url: string,
  acceptLanguage: string | undefined,
  now: () => number,
): Record<string, string> {
  return {
    ...signedHeaders({ method: 'GET', url, accessKey: target.accessKey, secretKey: target.secretKey }, now),
    [SCP_HEADERS.apiVersion]: `${service} ${target.apiVersion}`,
    Accept: 'application/json',
    // Plain bytes, so redactSecrets can see every answer it relays.
    'Accept-Encoding': 'identity',
    'Accept-Language': upstreamLanguage(acceptLanguage),
  };
}

/** Where a request is reported when it ends: the observer, with its region and endpoint. */
export interface ReportTo {
  observer: ProxyObserver;
  region: string;
  endpoint: EndpointName;
}

export interface SignedGet {
  target: UpstreamTarget;
  /** The proxy's requests are reported (src/metrics counts them); a caller may pass none. */
  report?: ReportTo;
  service: string;
  /** As it goes on the wire: the signature covers its WHATWG serialisation. */
  url: URL;
  acceptLanguage: string | undefined;
  now: () => number;
  signal: AbortSignal;
  maxBodyBytes: number;
}

/** Why a request got no answer: its signal's reason when it was cancelled, else the network. */
function failedOutcome(signal: AbortSignal): UpstreamOutcome {
  if (!signal.aborted) return 'unreachable';
  return signal.reason === CLIENT_GONE
    ? 'client_gone'
    : signal.reason === TIMED_OUT
      ? 'timeout'
      : 'unreachable';
}

/**
 * One signed GET upstream, reported to the observer once it ends. A request that met a
 * keep-alive connection the server had just closed is sent once more, signed afresh, on a new
 * connection: when the server closes its idle connections together, the next one in the pool
 * is likely just as stale.
 */
export function sendSigned(fetchUpstream: FetchUpstream, get: SignedGet): Promise<UpstreamAnswer> {
  const started = get.now();
  const to = get.report;
  const report = (outcome: UpstreamOutcome): void =>
    to?.observer.upstreamRequest(to.region, to.endpoint, outcome, (get.now() - started) / 1000);
  const send = (freshConnection: boolean): Promise<UpstreamAnswer> =>
    fetchUpstream({
      url: get.url,
      headers: upstreamHeaders(get.target, get.service, get.url.href, get.acceptLanguage, get.now),
      signal: get.signal,
      maxBodyBytes: get.maxBodyBytes,
      freshConnection,
    });
  const answered = (answer: UpstreamAnswer): UpstreamAnswer => {
    report(answer.status);
    return answer;
  };
  const failed = (error: unknown): never => {
    report(failedOutcome(get.signal));
    throw error;
  };
  return send(false).then(answered, (error: unknown) =>
    error instanceof StaleConnectionError ? send(true).then(answered, failed) : failed(error),
  );
}

/** The proxy's own error for an upstream that did not answer in time, or could not be reached. */
export function noAnswerError(
  target: UpstreamTarget,
  timedOut: boolean,
  error: unknown,
  requestId: string,
): ProxyError {
  return timedOut
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
      );
}

/** The proxy's own error for an answer larger than it relays. */
export function tooLargeError(target: UpstreamTarget, maxBodyBytes: number, requestId: string): ProxyError {
  const message = `The answer from ${target.host} is larger than ${maxBodyBytes} bytes, more than the proxy relays.`;
  return proxyError('UpstreamResponseTooLarge', message, requestId, target.host);
}

function unreachableReason(error: unknown): string {
  for (const candidate of [error, error instanceof Error ? error.cause : undefined]) {
    if (
      candidate &&
      typeof candidate === 'object' &&
      'code' in candidate &&
      typeof candidate.code === 'string'
    ) {
      return candidate.code;
    }
  }
  return error instanceof Error ? error.message : String(error);
}
