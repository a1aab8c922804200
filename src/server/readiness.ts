import { connect } from 'node:net';
import type { UpstreamState } from '../proxy/upstream.ts';

/**
 * `/readyz`: the simulator started, or SCP's host accepts a TCP connection. A connection, not
 * an API call: probes every few seconds from every replica must not spend the account's quota.
 * The answer is kept for a few seconds so a burst of probes opens one connection.
 */
const CONNECT_TIMEOUT_MS = 3_000;
const REMEMBER_MS = 5_000;

export function canConnect(endpoint: string, timeoutMs = CONNECT_TIMEOUT_MS): Promise<boolean> {
  const url = new URL(endpoint);
  const port = Number(url.port) || (url.protocol === 'https:' ? 443 : 80);
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: timeoutMs });
    const done = (ok: boolean): void => {
      socket.destroy();
      resolve(ok);
    };
    socket.once('connect', () => done(true));
    socket.once('timeout', () => done(false));
    socket.once('error', () => done(false));
  });
}

export function createReadiness(
  state: Promise<UpstreamState>,
  isDraining: () => boolean,
  probe: (endpoint: string) => Promise<boolean> = canConnect,
  now: () => number = Date.now,
): () => Promise<boolean> {
  let last: { at: number; ok: Promise<boolean> } | undefined;
  return async () => {
    if (isDraining()) return false;
    const current = await state;
    if (!current.ready) return false;
    if (current.target.status.mode === 'simulator') return true;
    if (!last || now() - last.at > REMEMBER_MS) last = { at: now(), ok: probe(current.target.endpoint) };
    return last.ok;
  };
}
