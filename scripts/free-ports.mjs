// Free TCP ports for the test servers. Each candidate comes from the OS (port 0) on 127.0.0.1
// and must also be free on ::1, because Vite's `localhost` may bind either.
import { createServer } from 'node:net';

function bind(port, host) {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen({ port, host, exclusive: true }, () => {
      const { port: bound } = server.address();
      server.close(() => resolve(bound));
    });
  });
}

async function freeOnBoth() {
  const port = await bind(0, '127.0.0.1');
  try {
    await bind(port, '::1');
  } catch (error) {
    // No IPv6 loopback on this machine: 127.0.0.1 is all Vite can use.
    if (error.code !== 'EADDRNOTAVAIL' && error.code !== 'EAFNOSUPPORT') return null;
  }
  return port;
}

/** `count` distinct ports that were free a moment ago (servers bind them with --strictPort). */
export async function freePorts(count) {
  const ports = new Set();
  for (let attempt = 0; ports.size < count && attempt < count * 20; attempt++) {
    const port = await freeOnBoth();
    if (port) ports.add(port);
  }
  if (ports.size < count) throw new Error(`Found only ${ports.size} of ${count} free ports.`);
  return [...ports];
}
