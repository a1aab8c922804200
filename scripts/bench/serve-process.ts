// `npm run serve`'s server exactly as a team runs it: the compiled dist-server/main.js under
// plain Node (no tsx), signing for the bench's simulator, on a loopback port. Its per-request
// log lines are written as in production, to /dev/null (`output: 'ignore'`), so they cost what
// writing them costs, not a terminal. serve-preload.mjs speaks the bench's child protocol.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { freePorts } from '../free-ports.mjs';
import { type Child, startChild } from './child-process.ts';

export interface ServeInfo {
  url: string;
}

export async function startServe(options: {
  distDir: string;
  serverDir: string;
  upstream: { url: string; accessKey: string; secretKey: string };
  nodeOptions?: string[];
}): Promise<Child<ServeInfo>> {
  const [port] = await freePorts(1);
  return startChild<ServeInfo>(pathToFileURL(join(options.serverDir, 'main.js')), null, {
    built: {
      args: ['--host', '127.0.0.1', '--port', String(port), '--dist', options.distDir],
      preload: new URL('./serve-preload.mjs', import.meta.url),
    },
    env: {
      ...process.env,
      SCP_ENDPOINT: options.upstream.url,
      SCP_ACCESS_KEY: options.upstream.accessKey,
      SCP_SECRET_KEY: options.upstream.secretKey,
      // A developer's .env may list regions; the bench signs for one simulator.
      SCP_REGIONS: '',
    },
    nodeOptions: options.nodeOptions,
    output: 'ignore',
  });
}
