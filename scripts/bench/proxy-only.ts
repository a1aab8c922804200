// `npm run bench:proxy`: only the proxy-overhead section of `npm run bench` (same pieces:
// simulator child, `npm run serve`'s server as a child, measureProxyOverhead), on an existing
// build, for the inner loop of proxy work. Prints the figures as JSON; writes nothing.
//   npm run bench:proxy -- [--dist dist] [--seconds 10] [--light 1000] [--profile dir] [--via preview]
// --profile writes a V8 CPU profile of the server (proxy) process into dir on exit.
// --via preview hosts the proxy on `vite preview` instead (Vite's middleware stack around it).
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startChild } from './child-process.ts';
import { loadAverageNow } from './machine.ts';
import type { PreviewInfo } from './preview-child.ts';
import { measureProxyOverhead } from './proxy-overhead.ts';
import type { ServeInfo } from './serve-child.ts';
import type { SimulatorInfo } from './simulator-child.ts';

const { values: args } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    seconds: { type: 'string', default: '10' },
    light: { type: 'string', default: '1000' },
    profile: { type: 'string' },
    via: { type: 'string', default: 'serve' },
  },
});
if (args.via !== 'serve' && args.via !== 'preview') throw new Error('--via is serve or preview');

const load = loadAverageNow();
const sim = await startChild<SimulatorInfo>(new URL('./simulator-child.ts', import.meta.url), {});
const server = await startChild<ServeInfo | PreviewInfo>(
  new URL(args.via === 'serve' ? './serve-child.ts' : './preview-child.ts', import.meta.url),
  { outDir: resolve(args.dist), upstream: sim.info },
  {
    nodeOptions: args.profile ? ['--cpu-prof', `--cpu-prof-dir=${resolve(args.profile)}`] : [],
    output: 'ignore',
  },
);
try {
  const figures = await measureProxyOverhead(
    sim.info,
    server.info.url,
    { simulator: sim.usage, proxy: server.usage },
    {
      host: args.via === 'serve' ? 'npm run serve' : 'vite preview',
      seconds: Number(args.seconds),
      lightRequests: Number(args.light),
    },
  );
  const { direct, distinct, identical } = figures.load;
  console.log(
    JSON.stringify(
      {
        host: figures.host,
        loadAverage: { start: load, end: loadAverageNow() },
        direct,
        distinct,
        identical,
        light: figures.light,
      },
      null,
      2,
    ),
  );
} finally {
  await server.stop();
  await sim.stop();
}
