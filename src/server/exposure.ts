import { lookup } from 'node:dns/promises';
import { isLoopbackAddress } from '../proxy/exposure.ts';
import type { AuthConfig } from './auth-config.ts';
import { ServerConfigError } from './server-config-error.ts';

/** Whether every address the host name stands for is this machine's loopback. */
export async function isLoopbackHost(host: string): Promise<boolean> {
  const bare = host.replace(/^\[(.*)\]$/, '$1');
  if (bare === 'localhost') return true;
  try {
    const addresses = await lookup(bare, { all: true });
    return addresses.length > 0 && addresses.every(({ address }) => isLoopbackAddress(address));
  } catch {
    // Unresolvable: listen() will fail with its own message; do not call it safe.
    return false;
  }
}

/**
 * A dashboard reachable from other machines spends the account's keys for whoever reaches it:
 * with no authentication configured that is refused, unless SCP_DASHBOARD_AUTH=none says it
 * is meant (say, a network only trusted people reach).
 */
export async function checkExposure(host: string, auth: AuthConfig): Promise<{ loopback: boolean }> {
  const loopback = await isLoopbackHost(host);
  if (!loopback && auth.mode === 'none' && !auth.explicit) {
    throw new ServerConfigError(
      `Refusing to listen on ${host} without authentication: anyone who reaches it could read this ` +
        "account's volumes with its keys. Set SCP_DASHBOARD_USERS (npm run --silent hash-password -- <password>), " +
        'or SCP_DASHBOARD_AUTH=proxy with SCP_DASHBOARD_TRUSTED_PROXIES behind a sign-in proxy, ' +
        'or SCP_DASHBOARD_AUTH=none if this network is trusted. See docs/DEPLOY.md.',
    );
  }
  return { loopback };
}
