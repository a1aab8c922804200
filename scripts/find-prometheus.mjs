// Finds Prometheus and promtool for the tests that use the real thing (the alert rules' unit
// tests, the dashboard's queries, a real scrape of the server), installing Debian's package if
// it must, so `npm test` needs no manual step on a fresh machine. Order: PROMETHEUS_PATH and
// PROMTOOL_PATH, then the PATH, then (as root with apt) `apt-get install prometheus`, else a
// clear message. `node scripts/find-prometheus.mjs` finds or installs and prints the paths.
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { aptInstall, canApt } from './apt-install.mjs';

const TOOLS = /** @type {const} */ ({ prometheus: 'PROMETHEUS_PATH', promtool: 'PROMTOOL_PATH' });

function onPath(name, env) {
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (dir && existsSync(join(dir, name))) return join(dir, name);
  }
  return null;
}

function locate(name, env) {
  const variable = TOOLS[name];
  const given = env[variable];
  if (given) {
    if (existsSync(given)) return given;
    console.warn(`${variable}=${given} does not exist; looking elsewhere.`);
  }
  return onPath(name, env) ?? (existsSync(`/usr/bin/${name}`) ? `/usr/bin/${name}` : null);
}

/** Looks without installing anything: both paths, or null if either is missing. */
export function locatePrometheus(env = process.env) {
  const prometheus = locate('prometheus', env);
  const promtool = locate('promtool', env);
  return prometheus && promtool ? { prometheus, promtool } : null;
}

export const MISSING_PROMETHEUS = [
  'Prometheus and promtool are needed by the metrics tests (alert rules, dashboard queries, a real scrape),',
  'and could not be found or installed. Fix one of these, then run `npm test` again:',
  '  • sudo apt-get install -y prometheus        (Debian/Ubuntu: both tools)',
  '  • export PROMETHEUS_PATH=/path/to/prometheus PROMTOOL_PATH=/path/to/promtool   (any 2.x release)',
].join('\n');

/** Looks, then installs Debian's package (which brings both); throws with what to do otherwise. */
export function ensurePrometheus(env = process.env) {
  const found = locatePrometheus(env);
  if (found) return found;
  if (canApt()) {
    console.log("Prometheus not found; installing Debian's prometheus package with apt-get…");
    if (aptInstall('prometheus')) {
      const installed = locatePrometheus(env);
      if (installed) return installed;
    }
  }
  throw new Error(MISSING_PROMETHEUS);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const { prometheus, promtool } = ensurePrometheus();
    console.log(`prometheus: ${prometheus}\npromtool: ${promtool}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
