import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';

/**
 * Who holds the collector lease: host, process id and a nonce (a restarted process may get the
 * same pid, in a container pid 1 every time). Short enough to be a PostgreSQL application_name
 * (63 bytes), which is how PostgreSQL tells whether the holder is still connected.
 */
export function newOwner(): string {
  return `${hostname().slice(0, 40)}:${process.pid}:${randomBytes(4).toString('hex')}`;
}

/**
 * Whether a lease holder is certainly gone, by what this machine can see: a process of this host
 * that no longer runs, or an earlier incarnation of this very pid. Another host's holder is never
 * taken for gone here (its lease expires, or PostgreSQL sees its sessions end).
 */
export function gonePerThisHost(owner: string, me: string): boolean {
  const [host, pid, nonce] = owner.split(':');
  const [myHost, myPid, myNonce] = me.split(':');
  if (host !== myHost || pid === undefined || !/^\d+$/.test(pid)) return false;
  if (pid === myPid) return nonce !== myNonce;
  try {
    process.kill(Number(pid), 0);
    return false;
  } catch (error) {
    return (error as { code?: string }).code === 'ESRCH';
  }
}
