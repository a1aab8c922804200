// `npm run serve`'s server (src/server, the code dist-server/ is compiled from) in its own
// process, signing for the bench's simulator: what a team deploys, so the proxy's figures are
// measured there. Its per-request log lines are written as in production; the bench sends them
// to /dev/null (startChild's `output: 'ignore'`) so they cost what formatting them costs, not a
// terminal.
import { createServerLogger } from '../../src/server/log.ts';
import { readServerConfig } from '../../src/server/server-config.ts';
import { startDashboard } from '../../src/server/start-dashboard.ts';
import { runChild } from './child-process.ts';

export interface ServeInput {
  outDir: string;
  upstream: { url: string; accessKey: string; secretKey: string };
}

export interface ServeInfo {
  url: string;
}

await runChild<ServeInput, ServeInfo>(async ({ outDir, upstream }) => {
  const env = {
    SCP_ENDPOINT: upstream.url,
    SCP_ACCESS_KEY: upstream.accessKey,
    SCP_SECRET_KEY: upstream.secretKey,
  };
  const config = readServerConfig(['--host', '127.0.0.1', '--port', '0', '--dist', outDir], env);
  const running = await startDashboard({ config, env, logger: createServerLogger(config.logFormat) });
  return { info: { url: running.url }, close: () => running.lifecycle.shutdown('bench over') };
});
