/**
 * `npm run serve`: the built dashboard (dist/) and the signing proxy under /api, for a team.
 * Plain Node; no Vite at run time. Configuration: the same SCP_* variables as `npm start`,
 * plus the server's own (docs/DEPLOY.md).
 */
import { InventoryConfigError } from '../inventory/config.ts';
import { MetricsConfigError } from '../metrics/metrics-config.ts';
import { ProxyConfigError } from '../proxy/config.ts';
import { createServerLogger, readLogFormat } from './log.ts';
import { ServerConfigError } from './server-config-error.ts';
import { loadEnv, readServerConfig } from './server-config.ts';
import { startDashboard } from './start-dashboard.ts';

const env = loadEnv(process.cwd(), process.env);
const logger = createServerLogger(readLogFormat(env.LOG_FORMAT));

try {
  const config = readServerConfig(process.argv.slice(2), env);
  const running = await startDashboard({ config, env, logger });
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      void running.lifecycle.shutdown(signal).then(() => process.exit(0));
    });
  }
} catch (error) {
  const known =
    error instanceof ServerConfigError ||
    error instanceof ProxyConfigError ||
    error instanceof InventoryConfigError ||
    error instanceof MetricsConfigError ||
    (error instanceof Error && 'code' in error && (error.code === 'EADDRINUSE' || error.code === 'EACCES'));
  logger.error(`[scp-dashboard] not started: ${error instanceof Error ? error.message : String(error)}`);
  if (!known) logger.error(error instanceof Error ? (error.stack ?? '') : '');
  process.exit(1);
}
