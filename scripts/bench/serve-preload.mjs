// Loaded with `--import` into the compiled production server (dist-server/main.js) when the
// bench runs it: speaks the bench's child protocol (child-process.ts) from inside a process that
// knows nothing of it. Reports 'ready' once /healthz answers, CPU and event-loop usage when
// asked, and stops the server (SIGTERM: its own graceful shutdown) when the bench goes away.
// Plain JavaScript: the server runs as built, without tsx.
import { request } from 'node:http';
import { parseArgs } from 'node:util';
import { replyToUsageRequests } from './usage-reply.mjs';

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: { host: { type: 'string' }, port: { type: 'string' }, dist: { type: 'string' } },
  strict: false,
});
const url = `http://${values.host}:${values.port}`;

const healthy = () =>
  new Promise((resolve) => {
    const req = request(`${url}/healthz`, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('error', () => resolve(false));
    req.end();
  });

replyToUsageRequests();
process.once('disconnect', () => process.kill(process.pid, 'SIGTERM'));

// Polled from inside the server's own process: each probe waits for the server to answer or
// refuse, and the bench's start timeout bounds the whole.
void (async () => {
  while (!(await healthy())) await new Promise((resolve) => setTimeout(resolve, 20));
  process.send?.({ type: 'ready', info: { url } });
})();
