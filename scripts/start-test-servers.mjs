// Starts the browser tests' servers side by side and says so once every one answers. Playwright
// starts its `webServer` entries one after another, polling each with growing pauses: eight
// servers took about 18 s that way, most of it spent waiting. playwright.config.ts declares the
// servers and passes the ones the selected projects need in E2E_SERVERS; this is its one
// `webServer` command. The servers stay in this process's group, which Playwright stops at the end.
import { spawn } from 'node:child_process';

/** @typedef {{ name: string, url: string, command: string, env: Record<string, string>, timeout: number }} TestServer */

/** @type {TestServer[]} */
const servers = JSON.parse(process.env.E2E_SERVERS ?? '[]');
const POLL_MS = 100;

/** What Playwright itself accepts as "up" for a webServer url. */
async function answers(url) {
  try {
    const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(2_000) });
    return response.status >= 200 && response.status < 404;
  } catch {
    return false;
  }
}

/** Resolves when `server` answers; rejects when it exits first or takes longer than its timeout. */
function start(server) {
  const child = spawn(server.command, {
    shell: true,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, ...server.env },
  });
  const started = Date.now();
  return new Promise((resolve, reject) => {
    let exited = false;
    child.on('exit', (code, signal) => {
      exited = true;
      reject(
        new Error(
          `the ${server.name} server (${server.command}) exited with ${signal ?? code} before it answered`,
        ),
      );
    });
    const poll = async () => {
      if (exited) return;
      if (await answers(server.url)) return resolve(Date.now() - started);
      if (Date.now() - started > server.timeout) {
        return reject(
          new Error(
            `the ${server.name} server did not answer at ${server.url} within ${server.timeout / 1000} s`,
          ),
        );
      }
      setTimeout(poll, POLL_MS);
    };
    void poll();
  });
}

try {
  const times = await Promise.all(servers.map(start));
  const summary = servers.map((server, i) => `${server.name} ${(times[i] / 1000).toFixed(1)} s`).join(', ');
  console.log(`test servers ready: ${summary}`);
} catch (error) {
  console.error(`Browser test servers: ${error instanceof Error ? error.message : error}`);
  // The servers that did start share this process group (Playwright starts the webServer
  // command in a group of its own, led by the shell that runs this script): stop the whole
  // group, this process included, so Playwright sees the failure at once instead of waiting out
  // its timeout, and no server is left holding its port. Pid 0 is "my process group".
  process.kill(0, 'SIGTERM');
}
