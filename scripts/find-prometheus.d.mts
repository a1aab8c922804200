// Types for find-prometheus.mjs, which stays plain JS so `npm test` runs it with bare `node`.
export interface PrometheusTools {
  prometheus: string;
  promtool: string;
}
export const MISSING_PROMETHEUS: string;
export function locatePrometheus(env?: NodeJS.ProcessEnv): PrometheusTools | null;
export function ensurePrometheus(env?: NodeJS.ProcessEnv): PrometheusTools;
