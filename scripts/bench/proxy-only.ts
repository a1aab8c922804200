// `npm run bench:proxy`: only the proxy-overhead section of `npm run bench` (same pieces:
// simulator child, vite preview child, measureProxyOverhead), on an existing build, for the
// inner loop of proxy work. Prints the figures as JSON; writes nothing.
//   npm run bench:proxy -- [--dist dist] [--seconds 10] [--light 1000] [--profile dir]
// --profile writes a V8 CPU profile of the preview (proxy) process into dir on exit.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startChild } from './child-process.ts';
import { loadAverageNow } from './machine.ts';
import type { PreviewInfo } from './preview-child.ts';
import { measureProxyOverhead } from './proxy-overhead.ts';
import type { SimulatorInfo } from './simulator-child.ts';

const { values: args } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    seconds: { type: 'string', default: '10' },
    light: { type: 'string', default: '1000' },
    profile: { type: 'string' },
  },
});

const load = loadAverageNow();
const sim = await startChild<SimulatorInfo>(new URL('./simulator-child.ts', import.meta.url), {});
const preview = await startChild<PreviewInfo>(
  new URL('./preview-child.ts', import.meta.url),
  { outDir: resolve(args.dist), upstream: sim.info },
  { nodeOptions: args.profile ? ['--cpu-prof', `--cpu-prof-dir=${resolve(args.profile)}`] : [] },
);
try {
  const figures = await measureProxyOverhead(
    sim.info,
    preview.info.url,
    { simulator: sim.usage, proxy: preview.usage },
    { seconds: Number(args.seconds), lightRequests: Number(args.light) },
  );
  const { direct, proxied, throughputRatio, p50AddedMs } = figures.load;
  console.log(
    JSON.stringify(
      {
        loadAverage: { start: load, end: loadAverageNow() },
        direct,
        proxied,
        throughputRatio,
        p50AddedMs,
        light: figures.light,
      },
      null,
      2,
    ),
  );
} finally {
  await preview.stop();
  await sim.stop();
}
