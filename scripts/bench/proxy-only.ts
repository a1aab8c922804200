// `npm run bench:proxy`: only the proxy-overhead section of `npm run bench` (same pieces:
// simulator child, `npm run serve`'s compiled server, measureProxyOverhead), on an existing
// build (`npm run build`), for the inner loop of proxy work. Prints the figures as JSON.
//   npm run bench:proxy -- [--dist dist] [--server dist-server] [--seconds 10] [--light 1000]
//                          [--profile dir] [--via preview]
// --profile writes a V8 CPU profile of the server (proxy) process into dir on exit.
// --via preview hosts the proxy on `vite preview` instead (Vite's middleware stack around it).
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startChild } from './child-process.ts';
import type { FloorProxyInfo } from './floor-proxy-child.ts';
import { loadAverageNow } from './machine.ts';
import type { PreviewInfo } from './preview-child.ts';
import { measureObserverCost } from './observer-cost.ts';
import { measureProxyOverhead } from './proxy-overhead.ts';
import { startServe } from './serve-process.ts';
import type { SimulatorInfo } from './simulator-child.ts';

const { values: args } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    server: { type: 'string', default: 'dist-server' },
    seconds: { type: 'string', default: '10' },
    light: { type: 'string', default: '1000' },
    profile: { type: 'string' },
    via: { type: 'string', default: 'serve' },
  },
});
if (args.via !== 'serve' && args.via !== 'preview') throw new Error('--via is serve or preview');

const load = loadAverageNow();
const sim = await startChild<SimulatorInfo>(new URL('./simulator-child.ts', import.meta.url), {});
const nodeOptions = args.profile ? ['--cpu-prof', `--cpu-prof-dir=${resolve(args.profile)}`] : [];
const server =
  args.via === 'serve'
    ? await startServe({
        distDir: resolve(args.dist),
        serverDir: resolve(args.server),
        upstream: sim.info,
        nodeOptions,
      })
    : await startChild<PreviewInfo>(
        new URL('./preview-child.ts', import.meta.url),
        { outDir: resolve(args.dist), upstream: sim.info },
        { nodeOptions, output: 'ignore' },
      );
const floor = await startChild<FloorProxyInfo>(new URL('./floor-proxy-child.ts', import.meta.url), {
  upstream: sim.info,
});
try {
  const figures = await measureProxyOverhead(
    { ...sim.info, usage: sim.usage },
    { url: server.info.url, usage: server.usage },
    { url: floor.info.url, usage: floor.usage },
    {
      host: args.via === 'serve' ? 'npm run serve' : 'vite preview',
      seconds: Number(args.seconds),
      lightRequests: Number(args.light),
    },
  );
  const { direct, floor: floorFigures, distinct, identical } = figures.load;
  console.log(
    JSON.stringify(
      {
        host: figures.host,
        loadAverage: { start: load, end: loadAverageNow() },
        direct,
        floor: floorFigures,
        distinct,
        identical,
        light: figures.light,
        observer: measureObserverCost(),
      },
      null,
      2,
    ),
  );
} finally {
  await floor.stop();
  await server.stop();
  await sim.stop();
}
