// Free TCP ports for the test servers. Each must be free on 127.0.0.1 and also on ::1, because
// Vite's `localhost` may bind either.
//
// The candidates come from below the operating systems' ephemeral ranges (Linux 32768–60999,
// macOS and Windows 49152–65535), not from the OS's own pick (port 0), which is an ephemeral
// port: the servers start side by side and open outgoing connections while the others are
// still binding, and one of those connections took a picked port before its server could.
import { randomInt } from 'node:crypto';
import { createServer } from 'node:net';

const LOWEST = 20_000;
const BELOW_EPHEMERAL = 32_768;

function bind(port, host) {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(port)));
  });
}

async function freeOnBoth(port) {
  try {
    await bind(port, '127.0.0.1');
  } catch {
    return false;
  }
  try {
    await bind(port, '::1');
  } catch (error) {
    // No IPv6 loopback on this machine: 127.0.0.1 is all Vite can use.
    return error.code === 'EADDRNOTAVAIL' || error.code === 'EAFNOSUPPORT';
  }
  return true;
}

/** `count` distinct ports that were free a moment ago (servers bind them with --strictPort). */
export async function freePorts(count) {
  const ports = new Set();
  for (let attempt = 0; ports.size < count && attempt < count * 20; attempt++) {
    const port = randomInt(LOWEST, BELOW_EPHEMERAL);
    if (!ports.has(port) && (await freeOnBoth(port))) ports.add(port);
  }
  if (ports.size < count) throw new Error(`Found only ${ports.size} of ${count} free ports.`);
  return [...ports];
}
