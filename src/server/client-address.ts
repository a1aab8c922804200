import type { IncomingMessage } from 'node:http';
import type { BlockList } from 'node:net';

/** IPv4-mapped IPv6 (`::ffff:10.0.0.5`, how a dual-stack socket reports IPv4) as plain IPv4. */
export function plainAddress(address: string): { address: string; type: 'ipv4' | 'ipv6' } {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped?.[1]) return { address: mapped[1], type: 'ipv4' };
  return { address, type: address.includes(':') ? 'ipv6' : 'ipv4' };
}

const isTrusted = (trusted: BlockList, address: string): boolean => {
  const plain = plainAddress(address);
  return trusted.check(plain.address, plain.type);
};

/**
 * Who is asking, for the sign-in brake and the log. The connection's address, unless it is a
 * trusted load balancer: then the nearest X-Forwarded-For entry no trusted hop added (the ones
 * further left are the client's own word, and anyone can write them).
 */
export function clientAddress(req: IncomingMessage, trusted: BlockList | null): string {
  const socket = plainAddress(req.socket.remoteAddress ?? '').address;
  if (trusted === null || !isTrusted(trusted, socket)) return socket;
  const header = req.headers['x-forwarded-for'];
  const hops = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((hop) => hop.trim())
    .filter((hop) => hop !== '');
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i] as string;
    if (!isTrusted(trusted, hop)) return plainAddress(hop).address;
  }
  return socket;
}
