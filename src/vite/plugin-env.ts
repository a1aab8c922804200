import { loadEnv, type Connect, type HttpServer, type ResolvedConfig } from 'vite';

/** What the plugins use of Vite's dev and preview servers alike. */
export interface ServerLike {
  middlewares: Connect.Server;
  httpServer: HttpServer | null;
  config: ResolvedConfig;
}

/** ProxyEnv and MetricsEnv alike. */
export type PluginEnv = Readonly<Record<string, string | undefined>>;

/**
 * The variables a plugin reads, secrets included (which is why they stay on the Node side): the
 * mode's .env files under Vite's envDir, every variable and not only VITE_*, with the process
 * environment over them; or `override` where a test gives its own.
 */
export function pluginEnv(resolved: ResolvedConfig, override: PluginEnv | undefined): PluginEnv {
  return (
    override ?? {
      ...(resolved.envDir === false ? {} : loadEnv(resolved.mode, resolved.envDir, '')),
      ...process.env,
    }
  );
}
