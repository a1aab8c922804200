import type { AddressInfo } from 'node:net';

/** 127.0.0.0/8, ::1 and their IPv4-mapped forms. */
export function isLoopbackAddress(address: string): boolean {
  const v4 = address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
  return v4.startsWith('127.') || address === '::1';
}

/**
 * The proxy answers with the account's data to anyone who reaches it, with the owner's keys:
 * listening beyond loopback (`--host`) deserves a line in the terminal. null when it is fine.
 */
export function exposureWarning(address: AddressInfo | string | null): string | null {
  if (address === null || typeof address === 'string' || isLoopbackAddress(address.address)) return null;
  return (
    `[scp-proxy] the server listens on ${address.address}, beyond this machine: anyone who can reach it ` +
    "can read this account's volumes through /api. Drop --host unless you mean it."
  );
}
